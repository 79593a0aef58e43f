import {archiveIndex} from '../../templates/archive-index.ts'
import {article as articleTemplate} from '../../templates/article.ts'
import {siteFeeds} from '../../templates/layout.ts'
import {list, type ListProps} from '../../templates/list.ts'
import {notFound} from '../../templates/not-found.ts'
import {search} from '../../templates/search.ts'
import {termIndex} from '../../templates/term-index.ts'
import {paginate} from '../collect/paginate.ts'
import type {SiteModel} from '../collect/site.ts'
import {toRecord, type ArticleSummary} from '../collect/summaries.ts'
import type {Term} from '../collect/terms.ts'
import type {Output, SiteConfig} from '../types.ts'
import {pageContext, rootedContext} from './context.ts'
import {FEED_SIZE, renderFeeds} from './feeds.ts'
import {formatMonth, formatYear} from './format.ts'
import {toHtml} from './html.ts'
import {renderSitemap, type SitemapEntry} from './sitemap.ts'
import {outputPath} from './urls.ts'

/** Input of `renderSite`. */
export interface RenderOptions {
  site: SiteModel
  config: SiteConfig
}

/** The newest day an article of `articles` was published or updated: a list page's `lastmod`. */
function lastModified(articles: readonly ArticleSummary[]): string | undefined {
  let newest: string | undefined
  for (const article of articles) {
    const day = article.updated ?? article.date
    if (newest === undefined || day > newest) newest = day
  }
  return newest
}

/**
 * Renders every page, feed and record of the site, one at a time as the
 * writer asks, so a large site is never held in memory as HTML all at once.
 * The sitemap comes last, listing every HTML page yielded before it.
 */
export function* renderSite(options: RenderOptions): Generator<Output> {
  const {site, config} = options
  const sitemap: SitemapEntry[] = []
  const page = (url: string, html: string, lastmod: string | undefined): Output => {
    sitemap.push({url, ...(lastmod ? {lastmod} : {})})
    return {path: outputPath(url), contents: html}
  }
  for (const [index, article] of site.articles.entries()) {
    const html = toHtml(articleTemplate(pageContext(config, article.url), article, site.linksOf(index)))
    yield page(article.url, html, article.updated ?? article.date)
    yield {path: `api/articles/${article.slug}.json`, contents: json({...toRecord(article), html: article.html, paragraphs: article.paragraphs})}
  }
  yield* lists(site.summaries, '/', {heading: 'أحدث الأخبار', description: config.description, isHome: true}, config, page)
  yield* renderFeeds({articles: site.articles, config, title: config.title, page: '/', paths: siteFeeds})
  yield* termPages(site, 'tags', config, page)
  yield* termPages(site, 'authors', config, page)
  yield page('/archive/', toHtml(archiveIndex(pageContext(config, '/archive/'), site.archive)), lastModified(site.summaries))
  for (const year of site.archive) {
    const yearName = formatYear(year.year, config)
    yield* lists(year.articles, year.url, {heading: `أخبار ${yearName}`, description: `أخبار ${config.title} في ${yearName}`}, config, page)
    for (const month of year.months) {
      const monthName = formatMonth(`${month.year}-${month.month}`, config)
      yield* lists(month.articles, month.url, {heading: `أخبار ${monthName}`, description: `أخبار ${config.title} في ${monthName}`}, config, page)
    }
  }
  yield page('/search/', toHtml(search(pageContext(config, '/search/'))), undefined)
  yield {path: '404.html', contents: toHtml(notFound(rootedContext(config, '/404.html')))}
  yield {path: 'api/articles.json', contents: json(site.articles.map(toRecord))}
  yield* renderSitemap(sitemap, config)
}

type PageMaker = (url: string, html: string, lastmod: string | undefined) => Output

function* lists(articles: readonly ArticleSummary[], base: string, props: ListProps, config: SiteConfig, page: PageMaker): Generator<Output> {
  for (const current of paginate(articles, config.pageSize, base)) {
    const url = current.urls[current.number - 1]!
    yield page(url, toHtml(list(pageContext(config, url), current, props)), lastModified(current.items))
  }
}

function* termPages(site: SiteModel, kind: 'tags' | 'authors', config: SiteConfig, page: PageMaker): Generator<Output> {
  const terms: Term[] = kind === 'tags' ? site.tags : site.authors
  const words = kind === 'tags' ? {heading: 'الوسوم', empty: 'لا توجد وسوم بعد.', one: 'وسم'} : {heading: 'الكتّاب', empty: 'لا يوجد كتّاب بعد.', one: 'أخبار بقلم'}
  const index = `/${kind}/`
  const description = kind === 'tags' ? `وسوم ${config.title} وعدد أخبار كل منها` : `كتّاب ${config.title} وعدد أخبار كل منهم`
  yield page(index, toHtml(termIndex(pageContext(config, index), terms, {heading: words.heading, description, empty: words.empty})), lastModified(site.summaries))
  for (const term of terms) {
    const heading = kind === 'tags' ? `${words.one}: ${term.name}` : `${words.one} ${term.name}`
    const feed = kind === 'tags' ? {rss: `${term.url}feed.xml`, atom: `${term.url}atom.xml`} : undefined
    yield* lists(term.articles, term.url, {heading, description: `${heading} — ${config.title}`, ...(feed ? {feed} : {})}, config, page)
    if (feed) {
      const articles = term.articles.slice(0, FEED_SIZE).map(site.articleOf)
      yield* renderFeeds({articles, config, title: `${heading} — ${config.title}`, page: term.url, paths: feed})
    }
  }
}

function json(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n'
}
