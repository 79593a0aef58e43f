import {parseArgs} from 'node:util'
import {internalErrorReport} from './cli/internal-error.ts'
import {processIo, type Io} from './cli/io.ts'
import {exitCodes, UsageError} from './errors.ts'

export type {Io} from './cli/io.ts'
export {internalErrorReport} from './cli/internal-error.ts'

/** The help text: every command and flag. */
export const usage = `Usage: warraq <command> [flags]

Builds a right-to-left static news archive from Arabic article files.

Commands:
  new "<title>"  Create a draft article in the articles folder with front matter (title, today's
                 date, a slug no other article has, empty tags, draft: true) and print its path;
                 never overwrites a file. The slug is the title's Latin words, else its Arabic
                 ones. --txt makes a plain-text file instead of Markdown.
  serve          Build, serve the site on http://127.0.0.1:8080/, rebuild when articles,
                 templates, public files or the configuration change, and reload open pages.
                 A failed build shows its problems over the page; the last good site stays.
  check [FILE…]  Report every problem a build would, without writing anything.
                 Exit code 1 if any article has an error. With article files named, also
                 show what will be published of each (headline, date, author, paragraphs
                 with their lines) and every line taken out, with the reason.
  build          Read every article, and write the site and its records to the output folder.
                 Nothing is written if any article has an error; the previous output stays as it was.
                 Unchanged articles and pages are taken from the cache instead of being redone.
  cache [clean]  Show how big the cache (.warraq-cache) is, or remove it: the next build is then
                 a clean one. Builds remove cached pictures no build has used for 30 days.
  help           Show this help.

Flags (every command):
  --articles DIR  Folder of article files (*.txt, *.md, *.markdown, *.html, *.htm). Default: articles
  --pages DIR     Folder of pages that are not news (about, contact), in Markdown.
                  Default: the folder \`pages\` beside the articles folder, if there is one
  --out DIR       Output folder, replaced whole on success. Default: dist
  --config FILE   Site configuration (JSON). Default: warraq.config.json, if it exists
  --base-url URL  Absolute URL the site is served from, for feeds, sitemap and canonical links;
                  overrides \`baseUrl\` in the configuration
  -h, --help      Show this help
  -v, --version   Print the version

Flags of build and serve:
  --force         Replace an output folder that Warraq did not create
  --no-cache      Build everything from scratch, without reading or updating the cache (.warraq-cache)
  --quiet         Print only problems: errors and warnings, no notes, progress or summary
  --future        Also publish articles dated after today; without it they wait for their day
                  (serve shows them, marked as not yet published)
  --drafts        Also publish drafts (\`draft: true\`), marked as drafts; serve does unless --no-drafts

Flags of other commands:
  --threads N     build: threads that parse and index articles. Default: every core when there is
                  enough to do (parsing 2,000 articles, indexing 1,000), else 1
  --txt           new: write a plain-text article (.txt) instead of Markdown (.md)
  --format FMT    check: \`text\` (default) or \`json\`, one object with every message, for editors' tools
  --no-drafts     serve: leave drafts out, as a build does
  --port N        serve: port to listen on. Default: 8080 (0 picks a free one)
  --host ADDR     serve: address to listen on. Default: 127.0.0.1, this machine only

Messages read path:line:column: severity: reason [rule-id].
Exit codes: 0 done; 1 an article has an error; 2 a wrong command, flag,
configuration or folder; 3 a bug in Warraq (please report it); 130 interrupted by Ctrl-C, 143 by kill.`

const options = {
  articles: {type: 'string', default: 'articles'},
  pages: {type: 'string'},
  out: {type: 'string', default: 'dist'},
  config: {type: 'string'},
  'base-url': {type: 'string'},
  force: {type: 'boolean', default: false},
  'no-cache': {type: 'boolean', default: false},
  future: {type: 'boolean', default: false},
  drafts: {type: 'boolean', default: false},
  'no-drafts': {type: 'boolean', default: false},
  quiet: {type: 'boolean', default: false},
  threads: {type: 'string'},
  txt: {type: 'boolean', default: false},
  format: {type: 'string', default: 'text'},
  port: {type: 'string', default: '8080'},
  host: {type: 'string', default: '127.0.0.1'},
  help: {type: 'boolean', short: 'h', default: false},
  version: {type: 'boolean', short: 'v', default: false}
} as const

const commands = ['new', 'serve', 'check', 'build', 'cache', 'help']

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let parsed: ReturnType<
    typeof parseArgs<{args: string[]; options: typeof options; allowPositionals: true; strict: true}>
  >
  try {
    parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true})
  } catch (error) {
    io.stderr(`${(error as Error).message}\nRun \`warraq --help\` to see every command and flag.`)
    return exitCodes.usage
  }
  const {values, positionals} = parsed
  const [command = 'help', ...rest] = positionals
  if (values.version) {
    io.stdout((await import('../package.json', {with: {type: 'json'}})).default.version)
    return exitCodes.done
  }
  if (values.help || command === 'help') {
    io.stdout(usage)
    return exitCodes.done
  }
  const takesFiles = command === 'check'
  if (
    !commands.includes(command) ||
    (command !== 'new' && command !== 'cache' && !takesFiles && rest.length > 0) ||
    ((command === 'new' || command === 'cache') && rest.length > 1)
  ) {
    io.stderr(
      `Unexpected command \`${positionals.join(' ')}\`, expected one of ${commands.map((name) => `\`${name}\``).join(', ')}.\nRun \`warraq --help\` to see every command and flag.`
    )
    return exitCodes.usage
  }
  try {
    // Each command loads only its own modules: a build that finds nothing changed must not wait for parsers and indexers it never runs.
    if (command === 'new') return await (await import('./cli/new-command.ts')).newCommand(rest[0], values, io)
    if (command === 'check')
      return await (await import('./cli/check-command.ts')).checkCommand({...values, files: rest}, io)
    if (command === 'serve') return await (await import('./cli/serve-command.ts')).serveCommand(values, io)
    if (command === 'cache') return await (await import('./cli/cache-command.ts')).cacheCommand(rest[0], io)
    return await (await import('./cli/build-command.ts')).buildCommand(values, io)
  } catch (error) {
    if (error instanceof UsageError || isSystemError(error)) {
      io.stderr((error as Error).message)
      return exitCodes.usage
    }
    io.stderr(internalErrorReport(error))
    return exitCodes.internal
  }
}

/** Whether `error` is the system refusing a file operation (permissions, a full disk): the machine's problem, not Warraq's. */
function isSystemError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string'
}
