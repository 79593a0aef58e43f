import path from 'node:path'
import pMap from 'p-map'
import {VFile} from 'vfile'
import {checkDuplicateSlugs} from './collect/duplicates.ts'
import {sortNewestFirst} from './collect/sort.ts'
import {defaultFurniture} from './config.ts'
import {gitDays} from './load/file-days.ts'
import {listArticleFiles, type ListResult} from './load/list-files.ts'
import {readArticleFile, readArticleFileSync} from './load/read-file.ts'
import {parseArticle} from './parse/article.ts'
import {stampFiles} from './load/stamp.ts'
import {furnitureSet} from './parse/furniture.ts'
import {parseFiles, parseWorkers} from './parse/pool.ts'
import {restoreMessages} from './cache/messages.ts'
import {openPack, savePack} from './cache/pack.ts'
import {cachedParse, parseKey, storeParse} from './cache/parsed.ts'
import {fingerprint} from './render/fingerprint.ts'
import type {Cache, Manifest} from './cache/store.ts'
import type {Article, SiteConfig} from './types.ts'
import {UsageError} from './errors.ts'

/** Files read at once: enough to keep the disk busy, far below the limit of open files. */
const READ_CONCURRENCY = 64

/** Input of `loadArticles`. */
export interface LoadOptions {
  /** Folder holding the article files. */
  articles: string
  /** Site settings (see `resolveConfig`). */
  config: SiteConfig
  /** Where parsed articles are kept between builds; none parses every file. */
  cache?: Cache
  /** Identifies the parsing code (see `generatorKeys`); needed with `cache`. */
  generator?: string
  /** The article files, when the caller has listed them already. */
  listing?: ListResult
  /**
   * The files as the last build saw them (with `cache`): one whose stamp
   * (size, times to the nanosecond, inode) is the same is not read again;
   * its record comes from the cache and its messages from `known`.
   */
  known?: Manifest['files']
  /** Called as files are read and parsed, with the count so far and the total. */
  onRead?: (done: number, total: number) => void
  /** Threads at work, this one included: 1 parses here alone; by default every core when there are enough files to pay for it (see `parseWorkers`). */
  threads?: number
}

/**
 * Output of `loadArticles`: every record, newest first, drafts and future
 * articles included (`selectPublished` picks what a build publishes), and
 * every file with its messages (its text dropped).
 */
export interface LoadResult {
  articles: Article[]
  files: VFile[]
  /** How many files were parsed afresh rather than taken from the cache. */
  parsed: number
  /** How many files were read from disk rather than known unchanged by their stamps. */
  read: number
}

/**
 * Reads and parses every article under `options.articles`. Content problems
 * are messages on `files`, never exceptions; only a missing articles folder throws.
 */
export async function loadArticles(options: LoadOptions): Promise<LoadResult> {
  const listing = options.listing ?? (await listArticleFiles(options.articles))
  const known = new Map(options.cache ? (options.known ?? []).map((file) => [file.path, file]) : [])
  const stamps = known.size > 0 ? (listing.stamps ?? stampFiles(options.articles, listing.paths)) : []
  const trusted = new Set<VFile>()
  const [days, files] = await Promise.all([
    listing.days ?? gitDays(options.articles, options.cache),
    pMap(
      listing.paths,
      (relative, index) => {
        const seen = known.get(relative)
        if (seen === undefined || stamps[index] !== seen.stamp) return readArticleFile(options.articles, relative)
        const file = new VFile({path: relative, cwd: options.articles, value: ''})
        Object.assign(file.data, {
          stamp: seen.stamp,
          contentHash: seen.hash,
          ...(seen.modifiedDay ? {modifiedDay: seen.modifiedDay} : {})
        })
        trusted.add(file)
        return file
      },
      {concurrency: READ_CONCURRENCY}
    )
  ])
  const furniture = furnitureSet([...defaultFurniture, ...options.config.furniture])
  const {cache, generator = ''} = options
  if (cache) await openPack(cache, fingerprint('pack', generator, path.resolve(options.articles)))
  /** Parses `relative` again, for a body the cache cannot give back; the record and messages came from the cache already. */
  const reparse = (relative: string) => () => {
    const file = readArticleFileSync(options.articles, relative)
    const gitDay = days.get(relative)
    if (gitDay) file.data.gitDay = gitDay
    const article = parseArticle(file, {furniture})
    if (!article) throw new UsageError(`Cannot read \`${relative}\` again: it changed while the build ran; build again`)
    return {html: article.html, paragraphs: article.paragraphs}
  }
  let done = 0
  const progress = (count: number) => {
    done += count
    options.onRead?.(done, files.length)
  }
  // The cache first; what it lacks is parsed in one go, on worker threads when there is enough of it.
  const parsed: Array<Article | undefined> = new Array(files.length)
  const pending: Array<{index: number; key: string; from: number}> = []
  await pMap(
    files.entries(),
    async ([index, file]) => {
      const gitDay = days.get(file.path)
      if (trusted.has(file)) {
        if (gitDay) file.data.gitDay = gitDay
        const cached = await cachedParse(
          cache!,
          parseKey(file, options.config, generator),
          file,
          reparse(file.path),
          false
        )
        if (cached) {
          restoreMessages(file, known.get(file.path)!.messages)
          parsed[index] = cached.record
          return progress(1)
        }
        // Not in the cache (any more), or its date fell back to a day that changed: read it after all.
        trusted.delete(file)
        files[index] = file = await readArticleFile(options.articles, file.path)
      }
      if (file.data.skipped) return progress(1)
      if (gitDay) file.data.gitDay = gitDay
      const key = parseKey(file, options.config, generator)
      const cached = cache ? await cachedParse(cache, key, file, reparse(file.path)) : undefined
      if (cached) {
        parsed[index] = cached.record
        return progress(1)
      }
      pending.push({index, key, from: file.messages.length})
    },
    {concurrency: READ_CONCURRENCY}
  )
  pending.sort((a, b) => a.index - b.index)
  const toParse = pending.map((item) => files[item.index]!)
  // Each record is stored as soon as it is parsed: it then keeps its body in the cache rather than in memory until a page needs it.
  const keep = async (position: number, article: Article | undefined) => {
    const item = pending[position]!
    const file = files[item.index]!
    file.value = ''
    parsed[item.index] = cache
      ? await storeParse(cache, item.key, file, article, item.from, reparse(file.path))
      : article
  }
  await parseFiles(toParse, furniture, parseWorkers(toParse.length, options.threads), keep, progress)
  if (cache) await savePack(cache)
  // Each record holds its body now; dropping the files' text keeps a large archive's memory to one copy.
  for (const file of files) file.value = ''
  const byPath = new Map(files.map((file) => [file.path, file]))
  const unique = checkDuplicateSlugs(
    parsed.filter((article) => article !== undefined),
    byPath
  )
  return {
    articles: sortNewestFirst(unique),
    files: [...listing.problems, ...files],
    parsed: pending.length,
    read: files.length - trusted.size
  }
}
