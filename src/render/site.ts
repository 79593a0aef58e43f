import {article as articleTemplate} from '../../templates/article.ts'
import {home} from '../../templates/home.ts'
import {paginate} from '../collect/paginate.ts'
import {summarize, toRecord} from '../collect/summaries.ts'
import type {Article, Output, SiteConfig} from '../types.ts'
import {pageContext} from './context.ts'
import {toHtml} from './html.ts'
import {outputPath} from './urls.ts'

/** Input of `renderSite`. */
export interface RenderOptions {
  /** Articles newest first (see `sortNewestFirst`). */
  articles: readonly Article[]
  config: SiteConfig
}

/**
 * Renders every page and record of the site, one at a time as the writer
 * asks, so a large site is never held in memory as HTML all at once.
 * `articles` must be sorted newest first.
 */
export function* renderSite(options: RenderOptions): Generator<Output> {
  const {articles, config} = options
  for (const article of articles) {
    yield {path: outputPath(article.url), contents: toHtml(articleTemplate(pageContext(config, article.url), article))}
    yield {path: `api/articles/${article.slug}.json`, contents: json({...toRecord(article), html: toHtml(article.body), paragraphs: article.paragraphs})}
  }
  for (const page of paginate(articles.map(summarize), config.pageSize, '/')) {
    const url = page.urls[page.number - 1]!
    yield {path: outputPath(url), contents: toHtml(home(pageContext(config, url), page))}
  }
  yield {path: 'api/articles.json', contents: json(articles.map(toRecord))}
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n'
}
