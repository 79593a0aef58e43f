import {build, openDiskWriter} from '../build.ts'
import {defaultConfig} from '../config.ts'
import {report, summaryLine, tally} from '../report.ts'
import type {Io} from './io.ts'
import {progressLine} from './progress.ts'
import {withCleanup} from './signals.ts'
import {configFromFlags, type SiteFlags} from './site-options.ts'
import {exitCodes, UsageError} from '../errors.ts'

/** Set to `1` in the environment of the builds `serve` runs: their site is served from this machine. */
export const FOR_SERVE = 'WARRAQ_FOR_SERVE'

/** Where builds keep parsed articles and what they wrote, between runs. */
export const CACHE_FOLDER = '.warraq-cache'

/** Flags of `warraq build`. */
export interface BuildFlags extends SiteFlags {
  force: boolean
  quiet: boolean
  'no-cache': boolean
  threads?: string | undefined
}

/** `warraq build`: builds the site, prints its problems and one summary line; returns the exit code. */
export async function buildCommand(flags: BuildFlags, io: Io): Promise<number> {
  const started = performance.now()
  const config = await configFromFlags(flags)
  const threads = flags.threads === undefined ? undefined : Number(flags.threads)
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1))
    throw new UsageError(`Unexpected \`--threads ${flags.threads}\`, expected a whole number of threads, 1 or more`)
  const pages = flags.pages === undefined ? {} : {pages: flags.pages}
  const writer = await openDiskWriter({articles: flags.articles, ...pages, out: flags.out, force: flags.force})
  const progress = progressLine((text) => process.stderr.write(text), io.isTerminal === true && !flags.quiet)
  const result = await withCleanup(writer, () =>
    build({
      articles: flags.articles,
      ...pages,
      out: flags.out,
      config,
      writer,
      ...(flags['no-cache'] ? {} : {cache: CACHE_FOLDER, quick: true}),
      ...(threads ? {threads} : {}),
      preview: process.env[FOR_SERVE] === '1',
      onProgress: progress.update
    })
  )
  progress.clear()
  const text = report(result.files, {root: flags.articles, quiet: flags.quiet})
  if (text) io.stderr(text)
  // `serve` builds for this machine, where the default address is the right one; it says so through the environment.
  if (config.baseUrl === defaultConfig.baseUrl && process.env[FOR_SERVE] !== '1') {
    io.stderr(
      `warning: Unexpected base URL \`${config.baseUrl}\` (the default) in canonical links, feeds and the sitemap, ` +
        'expected the address the site will be served from; set `baseUrl` in warraq.config.json, pass ' +
        '`--base-url https://…` or set WARRAQ_BASE_URL [default-base-url]'
    )
  }
  for (const problem of result.cacheProblems) io.stderr(`warning: ${problem} [cache]`)
  const counts = tally(result.files)
  if (!result.ok) {
    io.stderr(
      `${summaryLine(result.articleCount, counts)}: nothing written; \`${flags.out}\` is unchanged. Fix the errors above and build again.`
    )
    return exitCodes.content
  }
  if (!flags.quiet) {
    const pages = result.written.filter((path) => path.endsWith('.html')).length
    const seconds = ((performance.now() - started) / 1000).toFixed(2)
    const unchanged = result.reused === result.written.length ? 'all unchanged' : `${result.reused} unchanged`
    const encoded =
      result.encoded > 0 ? `, ${result.encoded} ${result.encoded === 1 ? 'picture' : 'pictures'} encoded` : ''
    io.stdout(
      `${summaryLine(result.articleCount, counts)}: ${pages} pages, ${result.written.length} files in \`${flags.out}\` (${unchanged}${encoded}), ${seconds} s`
    )
  }
  return exitCodes.done
}
