import path from 'node:path'
import {collectSite} from '../collect/site.ts'
import {loadArticles} from '../load-articles.ts'
import {report, severity, summaryLine, tally} from '../report.ts'
import type {Io} from './io.ts'
import {configFromFlags, type SiteFlags} from './site-options.ts'

/** Flags of `warraq check`. */
export interface CheckFlags extends SiteFlags {
  format: string
}

/**
 * `warraq check`: every message a build would give, without writing
 * anything (neither the site nor the cache). Exit code 1 on any error.
 * `--format json` prints one JSON object for editors' tools.
 */
export async function checkCommand(flags: CheckFlags, io: Io): Promise<number> {
  if (flags.format !== 'text' && flags.format !== 'json') {
    io.stderr(`Unexpected --format \`${flags.format}\`, expected \`text\` or \`json\``)
    return 2
  }
  const config = await configFromFlags(flags)
  const {articles, files} = await loadArticles({articles: flags.articles, config})
  collectSite(articles, new Map(files.map((file) => [file.path, file])))
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
    const text = report(files, {root: flags.articles})
    if (text) io.stderr(text)
    io.stdout(summaryLine(articles.length, counts))
  }
  return counts.errors > 0 ? 1 : 0
}
