import {archiveIndex} from '../../templates/archive-index.ts'
import {article as articleTemplate} from '../../templates/article.ts'
import {siteFeeds} from '../../templates/layout.ts'
import {list, type ListProps} from '../../templates/list.ts'
import {notFound} from '../../templates/not-found.ts'
import {search} from '../../templates/search.ts'
import {termIndex} from '../../templates/term-index.ts'
import {paginate, type Page} from '../collect/paginate.ts'
import type {ArticleLinks, SiteModel, TermLink} from '../collect/site.ts'
import {toRecord, type ArticleSummary} from '../collect/summaries.ts'
import type {Term} from '../collect/terms.ts'
import type {Article, Output, OutputJob, SiteConfig} from '../types.ts'
import {type PageContext, pageContext, rootedContext} from './context.ts'
import {FEED_SIZE, renderFeeds, type FeedOptions} from './feeds.ts'
import {fingerprint, recordFingerprint} from './fingerprint.ts'
import {formatMonth, formatYear} from './format.ts'
import {toHtml} from './html.ts'
import {renderSitemap, type SitemapEntry} from './sitemap.ts'
import {outputPath} from './urls.ts'
import {constantJob} from '../write/writer.ts'

/** Input of `renderSite`. */
export interface RenderOptions {
  site: SiteModel
  config: SiteConfig
  /** Identifies the templates and generator: part of every fingerprint, so changing them renders everything anew. */
  generator?: string
  /** Identifies the generator without the templates, for the files no template shapes (records, feeds); `generator` by default. */
  dataGenerator?: string
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

/** What an article page shows of its links: names and URLs, not the terms' whole lists. */
function linkData(links: ArticleLinks) {
  const term = (value: TermLink): TermLink => ({name: value.name, url: value.url})
  const {author, ...rest} = links
  return {...rest, tags: links.tags.map(term), ...(author ? {author: term(author)} : {})}
}

/** The links of an article page for its fingerprint: each neighbouring or related article by the fingerprint of its summary. */
function linkPrint(links: ReturnType<typeof linkData>) {
  const print = (summary: ArticleSummary | undefined) => (summary ? recordFingerprint(summary) : null)
  return {...links, newer: print(links.newer), older: print(links.older), related: links.related.map(print)}
}

/**
 * Every page, feed, record and the sitemap of the site, as jobs the writer
 * renders only when their fingerprint changed since the last build, one at a
 * time, so a large site is never held in memory as HTML all at once.
 */
export function* renderSite(options: RenderOptions): Generator<OutputJob> {
  const {site, config} = options
  const has = {tags: site.tags.length > 0, authors: site.authors.length > 0}
  const context: ContextOf = (url) => pageContext(config, url, has)
  const jobOf = (generator: string): Job => {
    // What the header links to is on every page, so it is part of every page's fingerprint.
    const key = fingerprint(generator, config, has)
    return (path, data, render) => ({path, fingerprint: fingerprint(key, path, data), render})
  }
  const job = jobOf(options.generator ?? '')
  // Records and feeds are written by src/ alone: editing a template leaves them be.
  const dataJob = jobOf(options.dataGenerator ?? options.generator ?? '')
  const sitemap: SitemapEntry[] = []
  const page = (url: string, data: unknown, lastmod: string | undefined, render: () => string): OutputJob => {
    sitemap.push({url, ...(lastmod ? {lastmod} : {})})
    return job(outputPath(url), data, render)
  }
  for (const [index, article] of site.articles.entries()) {
    const links = linkData(site.linksOf(index))
    yield page(article.url, [recordFingerprint(article), linkPrint(links)], article.updated ?? article.date, () =>
      toHtml(articleTemplate(context(article.url), article, links))
    )
    yield dataJob(`api/articles/${article.slug}.json`, recordFingerprint(article), () =>
      json({...toRecord(article), html: article.html, paragraphs: article.paragraphs})
    )
  }
  yield* lists(
    site.summaries,
    '/',
    {heading: 'أحدث الأخبار', description: config.description, isHome: true},
    config,
    page,
    context
  )
  yield* feeds({articles: site.articles, config, title: config.title, page: '/', paths: siteFeeds}, dataJob)
  yield* termPages(site, 'tags', config, page, dataJob, context)
  yield* termPages(site, 'authors', config, page, dataJob, context)
  const counts = site.archive.map((year) => [
    year.year,
    year.articles.length,
    year.months.map((month) => [month.month, month.articles.length])
  ])
  yield page('/archive/', counts, lastModified(site.summaries), () =>
    toHtml(archiveIndex(context('/archive/'), site.archive))
  )
  for (const year of site.archive) {
    const yearName = formatYear(year.year, config)
    yield* lists(
      year.articles,
      year.url,
      {heading: `أخبار ${yearName}`, description: `أخبار ${config.title} في ${yearName}`},
      config,
      page,
      context
    )
    for (const month of year.months) {
      const monthName = formatMonth(`${month.year}-${month.month}`, config)
      yield* lists(
        month.articles,
        month.url,
        {heading: `أخبار ${monthName}`, description: `أخبار ${config.title} في ${monthName}`},
        config,
        page,
        context
      )
    }
  }
  yield page('/search/', null, undefined, () => toHtml(search(context('/search/'))))
  yield job('404.html', null, () => toHtml(notFound(rootedContext(config, '/404.html', has))))
  const records = site.articles.map(toRecord)
  yield dataJob('api/articles.json', records, () => json(records))
  yield* renderSitemap(sitemap, config).map(constantJob)
}

/** The context of the page at a URL, for the site being rendered. */
type ContextOf = (url: string) => PageContext
type PageJob = (url: string, data: unknown, lastmod: string | undefined, render: () => string) => OutputJob
type Job = (path: string, data: unknown, render: () => string) => OutputJob

function* lists(
  articles: readonly ArticleSummary[],
  base: string,
  props: ListProps,
  config: SiteConfig,
  page: PageJob,
  context: ContextOf
): Generator<OutputJob> {
  for (const current of paginate(articles, config.pageSize, base)) {
    const url = current.urls[current.number - 1]!
    // What the page shows: its number, the list's length and base (which give every page's URL), and its items.
    const data = [current.number, current.urls.length, current.urls[0], current.items.map(recordFingerprint), props]
    yield page(url, data, lastModified(current.items), () =>
      toHtml(list(context(url), current as Page<ArticleSummary>, props))
    )
  }
}

/** RSS, Atom and JSON feeds of `options.articles`, rendered together when any of them is needed. */
function* feeds(options: FeedOptions, job: Job): Generator<OutputJob> {
  const articles = options.articles.slice(0, FEED_SIZE)
  const data = {...options, articles: articles.map(recordFingerprint), config: undefined}
  let rendered: Output[] | undefined
  const render = (path: string) => () => {
    rendered ??= renderFeeds({...options, articles})
    return String(rendered.find((output) => output.path === path)!.contents)
  }
  for (const path of Object.values(options.paths)) yield job(path.slice(1), data, render(path.slice(1)))
}

function* termPages(
  site: SiteModel,
  kind: 'tags' | 'authors',
  config: SiteConfig,
  page: PageJob,
  job: Job,
  context: ContextOf
): Generator<OutputJob> {
  const terms: Term[] = kind === 'tags' ? site.tags : site.authors
  const words =
    kind === 'tags'
      ? {heading: 'الوسوم', empty: 'لا توجد وسوم بعد.', one: 'وسم'}
      : {heading: 'الكتّاب', empty: 'لا يوجد كتّاب بعد.', one: 'أخبار بقلم'}
  const index = `/${kind}/`
  const description =
    kind === 'tags' ? `وسوم ${config.title} وعدد أخبار كل منها` : `كتّاب ${config.title} وعدد أخبار كل منهم`
  const props = {heading: words.heading, description, empty: words.empty}
  yield page(
    index,
    [terms.map((term) => [term.name, term.url, term.articles.length]), props],
    lastModified(site.summaries),
    () => toHtml(termIndex(context(index), terms, props))
  )
  for (const term of terms) {
    const heading = kind === 'tags' ? `${words.one}: ${term.name}` : `${words.one} ${term.name}`
    const feed = kind === 'tags' ? {rss: `${term.url}feed.xml`, atom: `${term.url}atom.xml`} : undefined
    yield* lists(
      term.articles,
      term.url,
      {heading, description: `${heading} — ${config.title}`, ...(feed ? {feed} : {})},
      config,
      page,
      context
    )
    if (feed) {
      const articles: Article[] = term.articles.slice(0, FEED_SIZE).map(site.articleOf)
      yield* feeds({articles, config, title: `${heading} — ${config.title}`, page: term.url, paths: feed}, job)
    }
  }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
