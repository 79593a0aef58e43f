import {readFileSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {publishRules, selectPublished} from '../collect/publish.ts'
import {collectSite} from '../collect/site.ts'
import {pagesFolder} from '../pages/folder.ts'
import {loadPages} from '../pages/load-pages.ts'
import {checkPictures} from '../pictures/check.ts'
import {publicFolder} from '../write/assets.ts'
import {loadArticles} from '../load-articles.ts'
import {report, severity, summaryLine, tally} from '../report.ts'
import type {Article} from '../types.ts'
import type {Io} from './io.ts'
import {previewArticle} from './preview.ts'
import {configFromFlags, type SiteFlags} from './site-options.ts'
import {exitCodes} from '../errors.ts'

/** Flags of `warraq check`. */
export interface CheckFlags extends SiteFlags {
  format: string
  /** Article files to preview: what will be published of each, and what was taken out. */
  files?: readonly string[]
}

/**
 * `warraq check`: every message a build would give, without writing
 * anything (neither the site nor the cache). Exit code 1 on any error.
 * `--format json` prints one JSON object for editors' tools.
 */
export async function checkCommand(flags: CheckFlags, io: Io): Promise<number> {
  if (flags.format !== 'text' && flags.format !== 'json') {
    io.stderr(`Unexpected --format \`${flags.format}\`, expected \`text\` or \`json\``)
    return exitCodes.usage
  }
  const config = await configFromFlags(flags)
  const loaded = await loadArticles({articles: flags.articles, config})
  const byPath = new Map(loaded.files.map((file) => [file.path, file]))
  // The same selection as a build, so `check` gives the same notes on articles waiting for their day.
  const {articles} = selectPublished(loaded.articles, byPath, config, publishRules({}))
  checkPictures(loaded.articles, byPath, {articles: flags.articles, public: publicFolder})
  const pages = await loadPages(pagesFolder(flags.articles, flags.pages), flags.articles)
  collectSite(articles, byPath, {config})
  const files = [...loaded.files, ...pages.files]
  const counts = tally(files)
  if (flags.format === 'json') {
    const messages = files.flatMap((file) =>
      file.messages.map((message) => ({
        file: path.relative(process.cwd(), path.resolve(flags.articles, file.path)),
        line: message.line ?? 1,
        column: message.column ?? 1,
        severity: severity(message),
        reason: message.reason,
        ruleId: message.ruleId ?? null
      }))
    )
    io.stdout(
      JSON.stringify({articles: articles.length, errors: counts.errors, warnings: counts.warnings, messages}, null, 2)
    )
  } else {
    // Previews list what was taken out, so the notes would only say it twice.
    const text = report(files, {root: flags.articles, quiet: (flags.files ?? []).length > 0})
    if (text) io.stderr(text)
    const previews = previewFiles(flags, files, loaded.articles)
    if (typeof previews === 'string') {
      io.stderr(previews)
      return exitCodes.usage
    }
    for (const preview of previews) io.stdout(preview)
    io.stdout(summaryLine(articles.length, counts))
  }
  return counts.errors > 0 ? exitCodes.content : exitCodes.done
}

/** The preview of each file named on the command line, or why one cannot be previewed. */
function previewFiles(flags: CheckFlags, files: readonly VFile[], articles: readonly Article[]): string[] | string {
  const bySource = new Map(articles.map((article) => [article.source, article]))
  const previews: string[] = []
  for (const name of flags.files ?? []) {
    const file = files.find((candidate) => path.resolve(flags.articles, candidate.path) === path.resolve(name))
    if (!file) {
      return `Unexpected file \`${name}\`, expected an article file inside the articles folder \`${flags.articles}\``
    }
    const source = readFileSync(path.resolve(name), 'utf8')
    previews.push(
      previewArticle(path.relative(process.cwd(), path.resolve(name)), source, file, bySource.get(file.path))
    )
  }
  return previews
}
