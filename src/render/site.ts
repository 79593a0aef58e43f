import {archiveIndex} from '../../templates/archive-index.ts'
import {frontPage} from '../../templates/front-page.ts'
import {article as articleTemplate} from '../../templates/article.ts'
import {siteFeeds} from '../../templates/layout.ts'
import {list, type ListProps} from '../../templates/list.ts'
import {notFound} from '../../templates/not-found.ts'
import {sitePage} from '../../templates/page.ts'
import {search} from '../../templates/search.ts'
import {termIndex} from '../../templates/term-index.ts'
import {paginate, type Page} from '../collect/paginate.ts'
import type {ArticleLinks, SiteModel, TermLink} from '../collect/site.ts'
import {toRecord, type ArticleSummary} from '../collect/summaries.ts'
import type {Term} from '../collect/terms.ts'
import type {SitePage} from '../pages/parse-page.ts'
import {type SitePictures, unprocessedPictures} from '../pictures/view.ts'
import type {Article, Output, OutputJob, SiteConfig} from '../types.ts'
import {bodyHtml} from './body.ts'
import {type PageContext, pageContext, rootedContext} from './context.ts'
import {FEED_SIZE, renderFeeds, type FeedOptions, type Presented} from './feeds.ts'
import {fingerprint, recordFingerprint} from './fingerprint.ts'
import {formatMonth, formatYear} from './format.ts'
import {toHtml} from './html.ts'
import {renderSitemap, type SitemapEntry} from './sitemap.ts'
import {absoluteUrl, outputPath} from './urls.ts'
import {constantJob} from '../write/writer.ts'

/** Input of `renderSite`. */
export interface RenderOptions {
  site: SiteModel
  config: SiteConfig
  /** Identifies the templates and generator: part of every fingerprint, so changing them renders everything anew. */
  generator?: string
  /** Identifies the generator without the templates, for the files no template shapes (records, feeds); `generator` by default. */
  dataGenerator?: string
  /** How pages show each article's pictures; by default as their addresses, unprocessed. */
  pictures?: SitePictures
  /** The pages that are not news, in footer order. */
  pages?: readonly SitePage[]
}

/** Where the whole list of articles, newest first and page by page, lives now that the home page is a front page. */
export const ALL_ARTICLES = '/latest/'

/** Articles each section shows on the front page. */
const FRONT_SECTION_SIZE = 3

/** Articles in the front page's newest list, after the lead. */
const FRONT_LATEST_SIZE = 10

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
  const pictures = options.pictures ?? unprocessedPictures
  const has = {
    tags: site.tags.length > 0,
    authors: site.authors.length > 0,
    sections: site.sections.map((section) => ({name: section.name, url: section.url})),
    pages: (options.pages ?? []).map((item) => ({title: item.title, url: item.url}))
  }
  const context: ContextOf = (url) => pageContext(config, url, has)
  const jobOf = (generator: string): Job => {
    // What the header links to is on every page, so it is part of every page's fingerprint.
    const key = fingerprint(generator, config, has)
    return (path, data, render) => ({path, fingerprint: fingerprint(key, path, data), render})
  }
  const job = jobOf(options.generator ?? '')
  // Records and feeds are written by src/ alone: editing a template leaves them be.
  const dataJob = jobOf(options.dataGenerator ?? options.generator ?? '')
  const present = presenter(config, pictures, context)
  const pictured = (article: Article) => [pictures.lead(article) ?? null, pictures.body(article)]
  const sitemap: SitemapEntry[] = []
  const page = (url: string, data: unknown, lastmod: string | undefined, render: () => string): OutputJob => {
    sitemap.push({url, ...(lastmod ? {lastmod} : {})})
    return job(outputPath(url), data, render)
  }
  for (const [index, article] of site.articles.entries()) {
    const links = linkData(site.linksOf(index))
    const lead = pictures.lead(article)
    const body = pictures.body(article)
    const shown = [lead ?? null, body]
    yield page(
      article.url,
      [recordFingerprint(article), linkPrint(links), shown],
      article.updated ?? article.date,
      () => {
        const here = context(article.url)
        return toHtml(
          articleTemplate(here, article, links, {...(lead ? {lead} : {}), body: bodyHtml(here, article, body)})
        )
      }
    )
    yield dataJob(`api/articles/${article.slug}.json`, [recordFingerprint(article), shown], () => {
      const {html, image} = present(article)
      return json({...toRecord(article), ...(image ? {image} : {}), html, paragraphs: article.paragraphs})
    })
  }
  yield* frontPages(site, page, context)
  yield* lists(
    site.summaries,
    ALL_ARTICLES,
    {heading: 'أحدث الأخبار', description: `كل أخبار ${config.title}، الأحدث أولاً`},
    config,
    page,
    context
  )
  yield* feeds(
    {articles: site.articles, config, title: config.title, page: '/', paths: siteFeeds, present},
    dataJob,
    pictured
  )
  const tools: Tools = {site, config, page, job: dataJob, context, present, pictured}
  yield* sectionPages(tools)
  yield* termPages(tools, 'tags')
  yield* termPages(tools, 'authors')
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
  for (const item of options.pages ?? [])
    yield page(item.url, item, undefined, () => toHtml(sitePage(context(item.url), item)))
  yield page('/search/', null, undefined, () => toHtml(search(context('/search/'))))
  yield job('404.html', null, () => toHtml(notFound(rootedContext(config, '/404.html', has))))
  const records = site.articles.map(toRecord)
  yield dataJob('api/articles.json', records, () => json(records))
  yield* renderSitemap(sitemap, config).map(constantJob)
}

/** The home page: the lead story, the newest of each section, the newest of all. */
function* frontPages(site: SiteModel, page: PageJob, context: ContextOf): Generator<OutputJob> {
  const [lead, ...rest] = site.summaries
  const sections = site.sections.map((section) => ({
    section: {name: section.name, url: section.url},
    articles: section.articles.filter((item) => item !== lead).slice(0, FRONT_SECTION_SIZE)
  }))
  const props = {
    ...(lead ? {lead} : {}),
    sections: sections.filter((item) => item.articles.length > 0),
    latest: rest.slice(0, FRONT_LATEST_SIZE),
    allUrl: ALL_ARTICLES
  }
  const data = {
    ...props,
    lead: lead ? recordFingerprint(lead) : null,
    sections: props.sections.map((item) => [item.section, item.articles.map(recordFingerprint)]),
    latest: props.latest.map(recordFingerprint)
  }
  const shown = [lead, ...props.sections.flatMap((item) => item.articles), ...props.latest].filter(
    (item) => item !== undefined
  )
  yield page('/', data, lastModified(shown), () => toHtml(frontPage(context('/'), props)))
}

/** Each section's list, page by page, with its feeds. */
function* sectionPages(tools: Tools): Generator<OutputJob> {
  for (const section of tools.site.sections) {
    yield* termList(tools, section, section.name, `أخبار ${section.name} — ${tools.config.title}`, true)
  }
}

/** A term's list, page by page, and with `withFeeds` its RSS and Atom feeds of its newest articles. */
function* termList(
  tools: Tools,
  term: Term,
  heading: string,
  description: string,
  withFeeds: boolean
): Generator<OutputJob> {
  const {site, config, page, job, context, present, pictured} = tools
  const feed = withFeeds ? {rss: `${term.url}feed.xml`, atom: `${term.url}atom.xml`} : undefined
  yield* lists(term.articles, term.url, {heading, description, ...(feed ? {feed} : {})}, config, page, context)
  if (!feed) return
  const articles: Article[] = term.articles.slice(0, FEED_SIZE).map(site.articleOf)
  yield* feeds(
    {articles, config, title: `${heading} — ${config.title}`, page: term.url, paths: feed, present},
    job,
    pictured
  )
}

/** How feeds and records show an article: its pictures in place, every address absolute, as they are read away from the site. */
function presenter(config: SiteConfig, pictures: SitePictures, context: ContextOf): (article: Article) => Presented {
  return (article) => {
    const away = {...context(article.url), link: (to: string) => absoluteUrl(config.baseUrl, to)}
    const lead = pictures.lead(article)
    const image = lead ? (lead.src.startsWith('/') ? away.link(lead.src) : lead.src) : undefined
    return {html: bodyHtml(away, article, pictures.body(article)), ...(image ? {image} : {})}
  }
}

/** What the pages of lists and their feeds are made with. */
interface Tools {
  site: SiteModel
  config: SiteConfig
  page: PageJob
  /** Makes the job of a file no template shapes, such as a feed. */
  job: Job
  context: ContextOf
  /** How feeds show an article (see `presenter`). */
  present: (article: Article) => Presented
  /** What of an article's pictures its feeds print, for their fingerprints. */
  pictured: (article: Article) => unknown
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
function* feeds(options: FeedOptions, job: Job, pictured: (article: Article) => unknown): Generator<OutputJob> {
  const articles = options.articles.slice(0, FEED_SIZE)
  const data = {
    ...options,
    articles: articles.map((article) => [recordFingerprint(article), pictured(article)]),
    config: undefined,
    present: undefined
  }
  let rendered: Output[] | undefined
  const render = (path: string) => () => {
    rendered ??= renderFeeds({...options, articles})
    return String(rendered.find((output) => output.path === path)!.contents)
  }
  for (const path of Object.values(options.paths)) yield job(path.slice(1), data, render(path.slice(1)))
}

function* termPages(tools: Tools, kind: 'tags' | 'authors'): Generator<OutputJob> {
  const {site, config, page, context} = tools
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
    yield* termList(tools, term, heading, `${heading} — ${config.title}`, kind === 'tags')
  }
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
