import pMap from 'p-map'
import type {VFile} from 'vfile'
import {checkDuplicateSlugs} from './collect/duplicates.ts'
import {sortNewestFirst} from './collect/sort.ts'
import {defaultFurniture} from './config.ts'
import {gitDays} from './load/file-days.ts'
import {listArticleFiles} from './load/list-files.ts'
import {readArticleFile} from './load/read-file.ts'
import {parseArticle} from './parse/article.ts'
import {furnitureSet} from './parse/furniture.ts'
import type {Article, SiteConfig} from './types.ts'

/** Files read at once: enough to keep the disk busy, far below the limit of open files. */
const READ_CONCURRENCY = 64

/** Input of `loadArticles`. */
export interface LoadOptions {
  /** Folder holding the article files. */
  articles: string
  /** Site settings (see `resolveConfig`). */
  config: SiteConfig
}

/** Output of `loadArticles`: the records, newest first, and every file with its messages. */
export interface LoadResult {
  articles: Article[]
  files: VFile[]
}

/**
 * Reads and parses every article under `options.articles`. Content problems
 * are messages on `files`, never exceptions; only a missing articles folder throws.
 */
export async function loadArticles(options: LoadOptions): Promise<LoadResult> {
  const listing = await listArticleFiles(options.articles)
  const [days, files] = await Promise.all([
    gitDays(options.articles),
    pMap(listing.paths, (relative) => readArticleFile(options.articles, relative), {concurrency: READ_CONCURRENCY})
  ])
  const furniture = furnitureSet([...defaultFurniture, ...options.config.furniture])
  const articles: Article[] = []
  for (const file of files) {
    if (file.data.skipped) continue
    const gitDay = days.get(file.path)
    if (gitDay) file.data.gitDay = gitDay
    const article = parseArticle(file, {config: options.config, furniture})
    if (article) articles.push(article)
  }
  const byPath = new Map(files.map((file) => [file.path, file]))
  const unique = checkDuplicateSlugs(articles, byPath)
  return {articles: sortNewestFirst(unique), files: [...listing.problems, ...files]}
}
