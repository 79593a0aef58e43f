import {archiveIndex} from '../../templates/archive-index.ts'
import {article as articleTemplate} from '../../templates/article.ts'
import {siteFeeds} from '../../templates/layout.ts'
import {notFound} from '../../templates/not-found.ts'
import {sitePage} from '../../templates/page.ts'
import {search} from '../../templates/search.ts'
import type {ArticleLinks, SiteModel, TermLink} from '../collect/site.ts'
import {toRecord, type ArticleSummary} from '../collect/summaries.ts'
import type {SitePage} from '../pages/parse-page.ts'
import {type SitePictures, unprocessedPictures} from '../pictures/view.ts'
import type {Article, OutputJob, SiteConfig} from '../types.ts'
import {bodyHtml} from './body.ts'
import {pageContext, rootedContext} from './context.ts'
import type {Presented} from './feeds.ts'
import {fingerprint, recordFingerprint} from './fingerprint.ts'
import {formatMonth, formatYear} from './format.ts'
import {toHtml} from './html.ts'
import {
  ALL_ARTICLES,
  type ContextOf,
  feeds,
  frontPages,
  type Job,
  lastModified,
  lists,
  sectionPages,
  termPages,
  type Tools
} from './lists.ts'
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
    const shown = pictured(article)
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
  const records = site.articles.map((article) => {
    const image = imageAddress(config, pictures, article)
    return {...toRecord(article), ...(image ? {image} : {})}
  })
  yield dataJob('api/articles.json', records, () => json(records))
  yield* renderSitemap(sitemap, config).map(constantJob)
}

/** How feeds and records show an article: its pictures in place, every address absolute, as they are read away from the site. */
function presenter(config: SiteConfig, pictures: SitePictures, context: ContextOf): (article: Article) => Presented {
  return (article) => {
    const away = {...context(article.url), link: (to: string) => absoluteUrl(config.baseUrl, to)}
    const image = imageAddress(config, pictures, article)
    return {html: bodyHtml(away, article, pictures.body(article)), ...(image ? {image} : {})}
  }
}

/** The absolute address of an article's lead picture: its processed file's, or the remote one it gives. */
function imageAddress(config: SiteConfig, pictures: SitePictures, article: Article): string | undefined {
  const lead = pictures.lead(article)
  if (!lead) return undefined
  return lead.src.startsWith('/') ? absoluteUrl(config.baseUrl, lead.src) : lead.src
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}
