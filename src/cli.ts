import {parseArgs} from 'node:util'
import {build, openDiskWriter} from './build.ts'
import type {DiskWriter} from './write/disk-writer.ts'
import {loadConfig, resolveConfig} from './config.ts'
import {report, summaryLine, tally} from './report.ts'

/** The help text: every command and flag. */
export const usage = `Usage: warraq <command> [flags]

Builds a right-to-left static news archive from Arabic article files.

Commands:
  build          Read every article, and write the site and its records to the output folder.
                 Nothing is written if any article has an error; the previous output stays as it was.
  help           Show this help.

Flags (every command):
  --articles DIR  Folder of article files (*.md, *.markdown, *.txt). Default: articles
  --out DIR       Output folder, replaced whole on success. Default: dist
  --config FILE   Site configuration (JSON). Default: warraq.config.json, if it exists
  --base-url URL  Absolute URL the site is served from, for feeds, sitemap and canonical links;
                  overrides \`baseUrl\` in the configuration
  --force         Replace an output folder that Warraq did not create
  --quiet         Print only problems: errors and warnings, no notes or summary
  -h, --help      Show this help
  -v, --version   Print the version

Messages read path:line:column: severity: reason [rule-id].
Exit codes: 0 built, 1 an article has an error, 2 wrong command, flag or configuration.`

const options = {
  articles: {type: 'string', default: 'articles'},
  out: {type: 'string', default: 'dist'},
  config: {type: 'string'},
  'base-url': {type: 'string'},
  force: {type: 'boolean', default: false},
  quiet: {type: 'boolean', default: false},
  help: {type: 'boolean', short: 'h', default: false},
  version: {type: 'boolean', short: 'v', default: false}
} as const

/** Streams the CLI writes to, so tests can capture them. */
export interface Io {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const processIo: Io = {stdout: (text) => process.stdout.write(text + '\n'), stderr: (text) => process.stderr.write(text + '\n')}

/** Runs the command line `argv` (without `node` and the script) and returns the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({args: [...argv], options, allowPositionals: true, strict: true})
  } catch (error) {
    io.stderr(`${(error as Error).message}\nRun \`warraq --help\` to see every command and flag.`)
    return 2
  }
  const {values, positionals} = parsed
  const command = positionals[0] ?? 'help'
  if (values.version) {
    io.stdout((await import('../package.json', {with: {type: 'json'}})).default.version)
    return 0
  }
  if (values.help || command === 'help') {
    io.stdout(usage)
    return 0
  }
  if (command !== 'build' || positionals.length > 1) {
    io.stderr(`Unexpected command \`${positionals.join(' ')}\`, expected \`build\`.\nRun \`warraq --help\` to see every command and flag.`)
    return 2
  }
  try {
    const started = performance.now()
    const loaded = await loadConfig(values.config ?? 'warraq.config.json', values.config !== undefined)
    const baseUrl = values['base-url']
    const config = baseUrl === undefined ? loaded : resolveConfig({...loaded, baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}, '--base-url')
    const writer = await openDiskWriter({articles: values.articles, out: values.out, force: values.force})
    const result = await withCleanup(writer, () => build({articles: values.articles, config, writer}))
    const text = report(result.files, {root: values.articles, quiet: values.quiet})
    if (text) io.stderr(text)
    const counts = tally(result.files)
    if (!result.ok) {
      io.stderr(`${summaryLine(result.articles.length, counts)}: nothing written; \`${values.out}\` is unchanged. Fix the errors above and build again.`)
      return 1
    }
    if (!values.quiet) {
      const seconds = ((performance.now() - started) / 1000).toFixed(2)
      io.stdout(`${summaryLine(result.articles.length, counts)}: wrote ${result.written.length} files to \`${values.out}\` in ${seconds} s`)
    }
    return 0
  } catch (error) {
    io.stderr((error as Error).message)
    return 2
  }
}

/**
 * Runs `work` so that Ctrl-C or `kill` removes the staging folder and leaves
 * the previous output as it was, exiting with the shell's code for the signal.
 */
async function withCleanup<T>(writer: DiskWriter, work: () => Promise<T>): Promise<T> {
  const codes = {SIGINT: 130, SIGTERM: 143, SIGHUP: 129} as const
  const stop = (signal: keyof typeof codes) => {
    writer.abortSync()
    process.exit(codes[signal])
  }
  for (const signal of Object.keys(codes) as Array<keyof typeof codes>) process.once(signal, stop)
  try {
    return await work()
  } finally {
    for (const signal of Object.keys(codes) as Array<keyof typeof codes>) process.off(signal, stop)
  }
}
