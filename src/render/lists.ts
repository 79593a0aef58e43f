import {frontPage} from '../../templates/front-page.ts'
import {list, type ListProps} from '../../templates/list.ts'
import {termIndex} from '../../templates/term-index.ts'
import {paginate, type Page} from '../collect/paginate.ts'
import type {SiteModel} from '../collect/site.ts'
import type {ArticleSummary} from '../collect/summaries.ts'
import type {Term} from '../collect/terms.ts'
import type {Article, Output, OutputJob, SiteConfig} from '../types.ts'
import type {PageContext} from './context.ts'
import {FEED_SIZE, type FeedOptions, type Presented, renderFeeds} from './feeds.ts'
import {recordFingerprint} from './fingerprint.ts'
import {toHtml} from './html.ts'

/** Where the whole list of articles, newest first and page by page, lives now that the home page is a front page. */
export const ALL_ARTICLES = '/latest/'

/** Articles each section shows on the front page. */
const FRONT_SECTION_SIZE = 3

/** Articles in the front page's newest list, after the lead. */
const FRONT_LATEST_SIZE = 10

/** The newest day an article of `articles` was published or updated: a list page's `lastmod`. */
export function lastModified(articles: readonly ArticleSummary[]): string | undefined {
  let newest: string | undefined
  for (const article of articles) {
    const day = article.updated ?? article.date
    if (newest === undefined || day > newest) newest = day
  }
  return newest
}

/** The home page: the lead story, the newest of each section, the newest of all. */
export function* frontPages(site: SiteModel, page: PageJob, context: ContextOf): Generator<OutputJob> {
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
export function* sectionPages(tools: Tools): Generator<OutputJob> {
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

/** What the pages of lists and their feeds are made with. */
export interface Tools {
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
export type ContextOf = (url: string) => PageContext
export type PageJob = (url: string, data: unknown, lastmod: string | undefined, render: () => string) => OutputJob
export type Job = (path: string, data: unknown, render: () => string) => OutputJob

export function* lists(
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
export function* feeds(options: FeedOptions, job: Job, pictured: (article: Article) => unknown): Generator<OutputJob> {
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

export function* termPages(tools: Tools, kind: 'tags' | 'authors'): Generator<OutputJob> {
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
