import pMap from 'p-map'
import type {VFile} from 'vfile'
import {checkDuplicateSlugs} from './collect/duplicates.ts'
import {sortNewestFirst} from './collect/sort.ts'
import {defaultFurniture} from './config.ts'
import {gitDays} from './load/file-days.ts'
import {listArticleFiles, type ListResult} from './load/list-files.ts'
import {readArticleFile} from './load/read-file.ts'
import {parseArticle} from './parse/article.ts'
import {furnitureSet} from './parse/furniture.ts'
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
  /** Called after each file is read and parsed, with the count so far and the total. */
  onRead?: (done: number, total: number) => void
}

/** Output of `loadArticles`: the records, newest first, and every file with its messages. */
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
  let parsedCount = 0
  const parsed = await pMap(
    files,
    async (file) => {
      if (file.data.skipped) return undefined
      const gitDay = days.get(file.path)
      if (gitDay) file.data.gitDay = gitDay
      const key = parseKey(file, options.config, generator)
      const cached = cache ? await cachedParse(cache, key, file) : undefined
      options.onRead?.(++done, files.length)
      if (cached) return cached.record
      parsedCount++
      const from = file.messages.length
      const article = parseArticle(file, {furniture})
      if (cache) await storeParse(cache, key, file, article, from)
      return article
    },
    {concurrency: READ_CONCURRENCY}
  )
  const articles = parsed.filter((article) => article !== undefined)
  const byPath = new Map(files.map((file) => [file.path, file]))
  const unique = checkDuplicateSlugs(articles, byPath)
  return {articles: sortNewestFirst(unique), files: [...listing.problems, ...files], parsed: parsedCount}
}
