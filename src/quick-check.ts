import path from 'node:path'
import {VFile} from 'vfile'
import type {BuildOptions, BuildResult} from './build.ts'
import type {GeneratorKeys} from './cache/generator.ts'
import {restoreMessages, storeMessages, type StoredMessage} from './cache/messages.ts'
import {Cache} from './cache/store.ts'
import {publishRules, type Selection} from './collect/publish.ts'
import {gitDays} from './load/file-days.ts'
import type {ListResult} from './load/list-files.ts'
import {listArticleFiles} from './load/list-files.ts'
import {stampFiles} from './load/stamp.ts'
import {pagesFolder} from './pages/folder.ts'
import {fingerprint} from './render/fingerprint.ts'
import {assetStamps} from './write/assets.ts'
import type {DiskWriter} from './write/disk-writer.ts'

/**
 * What a build into an output folder leaves for the next build's quick
 * check: everything that check compares, as a few strings. It is stored
 * apart from the manifest, which at 10,000 articles is 5 MB of JSON that
 * took longer to parse than the rest of a build with nothing to do.
 */
export interface QuickRecord {
  /** The inputs fingerprint of the build, as the output folder's marker says. */
  inputs: string
  /** `GeneratorKeys.render` of the build: Warraq's sources and templates. */
  generator: string
  /** Fingerprint of the settings. */
  config: string
  /** Each article file's path and stamp, a line each, in listing order. */
  files: string
  /** Each article file's last commit day, a line each, empty when none. */
  days: string
  /** Stamps of the public files and fonts. */
  assets: string
  /** Each picture file the site shows, relative to the working folder, and its stamp, a line each. */
  pictures: string
  /** The pages folder and each page file's path and stamp, a line each. */
  pages: string
  /** The messages of the files that have any. */
  messages: Array<{path: string; messages: StoredMessage[]}>
  /** Paths of the output, a line each, in code-point order. */
  written: string
  /** How many articles were published. */
  articles: number
  /** The first day an article held back for its date becomes due: from that day on, the build must run again. */
  heldUntil?: string
  /** Whether the build was `serve`'s preview. */
  preview: boolean
}

/** The record of a build whose article files are `files` (in listing order) and output is `written` (sorted); none when a file has no stamp, such as after a link loop. */
export function quickRecord(
  inputs: string,
  keys: GeneratorKeys,
  options: BuildOptions,
  files: readonly VFile[],
  written: readonly string[],
  selection: Selection,
  pictures: ReadonlyArray<readonly [string, string]>,
  pageFiles: readonly VFile[]
): QuickRecord | undefined {
  const shown = pictureLines(pictures.map(([file]) => file))
  if (shown === undefined) return undefined
  if (files.some((file) => file.data.stamp === undefined)) return undefined
  return {
    inputs,
    generator: keys.render,
    config: fingerprint(options.config),
    files: fileLines(
      files.map((file) => file.path),
      files.map((file) => file.data.stamp)
    ),
    days: files.map((file) => file.data.gitDay ?? '').join('\n'),
    assets: assetStamps(),
    pictures: shown,
    pages: fileLines(
      pageFiles.map((file) => file.path),
      pageFiles.map((file) => file.data.stamp)
    ),
    messages: [...files, ...pageFiles]
      .filter((file) => file.messages.length > 0)
      .map((file) => ({path: file.path, messages: storeMessages(file)})),
    written: written.join('\n'),
    articles: selection.articles.length,
    ...(selection.heldUntil ? {heldUntil: selection.heldUntil} : {}),
    preview: options.preview === true
  }
}

/** The page files of the site as they are now, as `QuickRecord.pages` lists them. */
async function currentPages(options: BuildOptions): Promise<string> {
  const folder = pagesFolder(options.articles, options.pages)
  if (folder === undefined) return ''
  const listing = await listArticleFiles(folder)
  const prefix = path.relative(path.resolve(options.articles), path.resolve(folder)).split(path.sep).join('/')
  const paths = listing.paths
    .filter((name) => /\.(md|markdown)$/i.test(name))
    .map((name) => path.posix.join(prefix, name))
  return fileLines(paths, stampFiles(options.articles, paths))
}

/** Each picture file and its stamp, a line each; `undefined` when one cannot be read. */
function pictureLines(paths: readonly string[]): string | undefined {
  const stamps = stampFiles('.', paths)
  return stamps.includes(undefined) ? undefined : fileLines(paths, stamps)
}

function fileLines(paths: readonly string[], stamps: ReadonlyArray<string | undefined>): string {
  return paths.map((path, index) => `${path}\t${stamps[index]}`).join('\n')
}

/** Stores `record` for the next quick check of output folder `out`. */
export async function saveQuickRecord(cache: Cache, out: string, record: QuickRecord): Promise<void> {
  await cache.write('checks', Cache.manifestKey(out), record)
}

/**
 * The result of a build that found nothing changed without reading any
 * article: same file list and stamps, same git days, same generator,
 * settings and asset stamps as the last build into the writer's folder,
 * whose output is still in place. `undefined` whenever anything differs or
 * is unknown.
 */
export async function quickCheck(
  options: BuildOptions,
  listing: ListResult,
  keys: GeneratorKeys,
  cache: Cache,
  writer: DiskWriter
): Promise<BuildResult | undefined> {
  if (listing.problems.length > 0) return undefined
  const record = await cache.read<QuickRecord>('checks', Cache.manifestKey(writer.out))
  if (!record || record.generator !== keys.render || record.inputs !== (await writer.currentBuild())) return undefined
  const rules = publishRules(options)
  if (record.preview !== rules.preview || (record.heldUntil !== undefined && record.heldUntil <= rules.today))
    return undefined
  const stamps = stampFiles(options.articles, listing.paths)
  listing.stamps = stamps
  if (stamps.includes(undefined) || record.files !== fileLines(listing.paths, stamps)) return undefined
  const days = await gitDays(options.articles, cache)
  listing.days = days
  if (record.days !== listing.paths.map((path) => days.get(path) ?? '').join('\n')) return undefined
  if (record.config !== fingerprint(options.config) || record.assets !== assetStamps()) return undefined
  if (record.pages !== (await currentPages(options))) return undefined
  const pictures = record.pictures.split('\n').filter((line) => line !== '')
  if (pictureLines(pictures.map((line) => line.split('\t')[0]!)) !== record.pictures) return undefined
  const messages = new Map(record.messages.map((item) => [item.path, item.messages]))
  const files = listing.paths.map((path) => {
    const file = new VFile({path})
    restoreMessages(file, messages.get(path) ?? [])
    return file
  })
  const pageFiles = record.pages
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const file = new VFile({path: line.split('\t')[0]!})
      restoreMessages(file, messages.get(file.path) ?? [])
      return file
    })
  files.push(...pageFiles)
  const written = record.written.split('\n')
  return {
    ok: true,
    articles: [],
    articleCount: record.articles,
    files,
    written,
    reused: written.length,
    parsed: 0,
    read: 0,
    encoded: 0,
    cacheProblems: cache.problems
  }
}
