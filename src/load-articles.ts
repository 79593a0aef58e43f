import pMap from 'p-map'
import type {VFile} from 'vfile'
import {checkDuplicateSlugs} from './collect/duplicates.ts'
import {sortNewestFirst} from './collect/sort.ts'
import {defaultFurniture} from './config.ts'
import {gitDays} from './load/file-days.ts'
import {listArticleFiles, type ListResult} from './load/list-files.ts'
import {readArticleFile} from './load/read-file.ts'
import {furnitureSet} from './parse/furniture.ts'
import {parseFiles, parseThreads} from './parse/pool.ts'
import {cachedParse, parseKey, storeParse} from './cache/parsed.ts'
import type {Cache} from './cache/store.ts'
import type {Article, SiteConfig} from './types.ts'

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
  /** Called as files are read and parsed, with the count so far and the total. */
  onRead?: (done: number, total: number) => void
  /** Threads that parse: 1 for this one only; by default every core when there are enough files to pay for it (see `parseThreads`). */
  threads?: number
}

/** Output of `loadArticles`: the records, newest first, and every file with its messages (its text dropped). */
export interface LoadResult {
  articles: Article[]
  files: VFile[]
  /** How many files were parsed afresh rather than taken from the cache. */
  parsed: number
}

/**
 * Reads and parses every article under `options.articles`. Content problems
 * are messages on `files`, never exceptions; only a missing articles folder throws.
 */
export async function loadArticles(options: LoadOptions): Promise<LoadResult> {
  const listing = options.listing ?? (await listArticleFiles(options.articles))
  const [days, files] = await Promise.all([
    gitDays(options.articles),
    pMap(listing.paths, (relative) => readArticleFile(options.articles, relative), {concurrency: READ_CONCURRENCY})
  ])
  const furniture = furnitureSet([...defaultFurniture, ...options.config.furniture])
  const {cache, generator = ''} = options
  let done = 0
  const progress = (count: number) => options.onRead?.((done += count), files.length)
  // The cache first; what it lacks is parsed in one go, on worker threads when there is enough of it.
  const parsed: Array<Article | undefined> = new Array(files.length)
  const pending: Array<{index: number; key: string; from: number}> = []
  await pMap(
    files.entries(),
    async ([index, file]) => {
      if (file.data.skipped) return progress(1)
      const gitDay = days.get(file.path)
      if (gitDay) file.data.gitDay = gitDay
      const key = parseKey(file, options.config, generator)
      const cached = cache ? await cachedParse(cache, key, file) : undefined
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
  const articles = await parseFiles(toParse, furniture, parseThreads(toParse.length, options.threads), progress)
  await pMap(
    pending.entries(),
    async ([position, item]) => {
      parsed[item.index] = articles[position]
      if (cache) await storeParse(cache, item.key, files[item.index]!, articles[position], item.from)
    },
    {concurrency: READ_CONCURRENCY}
  )
  // Each record holds its body now; dropping the files' text keeps a large archive's memory to one copy.
  for (const file of files) file.value = ''
  const byPath = new Map(files.map((file) => [file.path, file]))
  const unique = checkDuplicateSlugs(parsed.filter((article) => article !== undefined), byPath)
  return {articles: sortNewestFirst(unique), files: [...listing.problems, ...files], parsed: pending.length}
}
