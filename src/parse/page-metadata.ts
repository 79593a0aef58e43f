import type {Place} from '../messages.ts'
import {parseDay} from './date.ts'
import {imageUrl, isArticleNode, type LdNode, ldNames, linkedData, text, typesOf} from './json-ld.ts'
import {articleTime, headlineElement, withoutSiteName} from './page-headline.ts'
import {type PageProblem, placeOf} from './source-place.ts'

/** A value `readPageMetadata` reads, and so may place. */
export type PageField = 'title' | 'date' | 'updated' | 'author' | 'summary' | 'image' | 'siteName'

export type {PageProblem} from './source-place.ts'

/** What a saved web page says about its article, with where each value stands in the page's source. */
export interface PageMetadata {
  title?: string
  /** The `YYYY-MM-DD` day the page gives, as written (no time-zone conversion). */
  date?: string
  /** The day of an update, only when later than `date`. */
  updated?: string
  /** One name, or several joined with `، `. */
  author?: string
  summary?: string
  /** An absolute http(s) URL. */
  image?: string
  siteName?: string
  /** The date values as the page writes them: one without a real day leaves `date` or `updated` unset. */
  raw: {date?: string; updated?: string}
  /** 1-based line and column of each value found. */
  places: Partial<Record<PageField, Place>>
  problems: PageProblem[]
}

type Page = {document: Document; source: string; nodes: LdNode[]; ld: LdNode; ldAt: number}
/** A possible value and the marker after which it stands in the source. */
type Candidate = {value: unknown; marker: RegExp; from?: number}
type Found = {value: string; place: Place | undefined}

/**
 * Reads the metadata of a saved page from its `document`, before Readability
 * changes it: JSON-LD first, then OpenGraph and `<meta>` tags, then the
 * markup. Values are cleaned text; a JSON-LD script that is not JSON is a problem.
 */
export function readPageMetadata(document: Document, source: string): PageMetadata {
  const problems: PageProblem[] = []
  const nodes = linkedData(document, source, problems)
  const ld = nodes.find(isArticleNode) ?? {}
  const page: Page = {document, source, nodes, ld, ldAt: source.search(/application\/ld\+json/i)}
  const publisher = ldNames(ld.publisher, nodes)[0]
  const website = nodes.find((node) => typesOf(node).includes('WebSite'))?.name
  const siteName = pick(page, [
    meta(page, 'og:site_name'),
    key(page, 'publisher', publisher),
    key(page, 'name', website)
  ])
  const names = [siteName?.value, publisher].filter((name) => name !== undefined)
  const headline = headlineElement(document, names)
  const {raw, ...dates} = readDates(page, articleTime(document, headline)?.getAttribute('datetime'))
  const found: Record<PageField, Found | undefined> = {
    title: readTitle(page, headline, names),
    ...dates,
    author: pick(page, [
      key(page, 'author', [...new Set(ldNames(ld.author, nodes))].join('، ')),
      meta(page, 'author'),
      meta(page, 'article:author', nameOnly(metaContent(document, 'article:author')))
    ]),
    summary: pick(page, [key(page, 'description'), meta(page, 'og:description'), meta(page, 'description')]),
    image: pick(page, [key(page, 'image', imageUrl(ld.image, nodes)), meta(page, 'og:image')], httpUrl),
    siteName
  }
  const metadata: PageMetadata = {raw, places: {}, problems}
  for (const field of Object.keys(found) as PageField[]) {
    if (found[field]) [metadata[field], metadata.places[field]] = [found[field].value, found[field].place]
  }
  return metadata
}

/** The headline: stated in JSON-LD or OpenGraph, or the article's `<h1>`, else `<title>`; without the site's name. */
function readTitle(page: Page, headline: Element | undefined, names: string[]): Found | undefined {
  const stated = [key(page, 'headline'), meta(page, 'og:title'), {value: headline?.textContent, marker: /<h1\b/gi}]
  const title = {value: page.document.querySelector('title')?.textContent, marker: /<title\b/gi}
  return (
    pick(page, stated, (value) => withoutSiteName(value, names, false)) ??
    pick(page, [title], (value) => withoutSiteName(value, names, true))
  )
}

/** The day published and the day updated (only when later), with both values as written. */
function readDates(page: Page, time: string | null | undefined) {
  const date = pick(page, [
    key(page, 'datePublished'),
    meta(page, 'article:published_time'),
    {value: time, marker: /\bdatetime\s*=/gi}
  ])
  const modified = pick(page, [key(page, 'dateModified'), meta(page, 'article:modified_time')])
  const [day, later] = [dayOf(date?.value), dayOf(modified?.value)]
  return {
    date: day ? {value: day, place: date!.place} : undefined,
    updated: day && later && later > day ? {value: later, place: modified!.place} : undefined,
    raw: {date: date?.value, updated: modified?.value}
  }
}

function key(page: Page, name: string, value = page.ld[name]): Candidate {
  return {value, marker: new RegExp(`"${name}"\\s*:`, 'g'), from: page.ldAt}
}

function meta(page: Page, name: string, value = metaContent(page.document, name)): Candidate {
  return {value, marker: new RegExp(`(?:property|name)\\s*=\\s*["']?${name}["'\\s/>]`, 'gi')}
}

function metaContent(document: Document, name: string): string | undefined {
  return document.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content') ?? undefined
}

/** The first candidate whose value is text that `accept` keeps, with its place in the source. */
function pick(page: Page, candidates: Candidate[], accept = (value: string): string | undefined => value) {
  for (const candidate of candidates) {
    const raw = text(candidate.value)
    const value = raw === undefined ? undefined : accept(raw)
    if (value !== undefined) return {value, place: placeOf(page.source, candidate, raw!)} satisfies Found
  }
  return undefined
}

function httpUrl(value: string): string | undefined {
  return /^https?:\/\/[^\s/]/i.test(value) && URL.canParse(value) ? value : undefined
}

/** `article:author` holds a profile URL as often as a name. */
function nameOnly(value: string | undefined): string | undefined {
  return value === undefined || /[/:]|^www\./i.test(value) ? undefined : value
}

/** The `YYYY-MM-DD` a date value starts with, when that day exists. */
function dayOf(value: string | undefined): string | undefined {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value ?? '')?.[0]
  return day && parseDay(day).ok ? day : undefined
}
