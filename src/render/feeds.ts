import type {Element} from 'xast'
import {x} from 'xastscript'
import type {Article, Output, SiteConfig} from '../types.ts'
import {toRfc3339, toRfc822} from './dates.ts'
import {absoluteUrl} from './urls.ts'
import {xmlDocument, xmlText} from './xml.ts'

/** What one set of feeds covers. */
export interface FeedOptions {
  /** Articles newest first; the feed takes the first `FEED_SIZE`. */
  articles: readonly Article[]
  config: SiteConfig
  /** Feed title, e.g. the site title, or `وسم: سياسة — <site title>` for a tag feed. */
  title: string
  /** Site-relative URL of the HTML page the feed mirrors, e.g. `/` or `/tags/سياسة/`. */
  page: string
  /** Site-relative URLs where the feeds are written, e.g. `{rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json'}`. */
  paths: {rss: string; atom?: string; json?: string}
  /** An article's body with its pictures in place and its lead picture's address, both absolute; by default its body as parsed. */
  present?: (article: Article) => Presented
}

/** An article as read away from the site, in a feed or a record: every address in it absolute. */
export interface Presented {
  html: string
  image?: string
}

/** How many articles, newest first, a feed carries. */
export const FEED_SIZE = 20

const atomNs = 'http://www.w3.org/2005/Atom'
// Atom requires `updated`; only a feed with no articles at all has no day to give it.
const epoch = '1970-01-01T00:00:00Z'

/** One article of a feed with what all three formats need, worked out once. */
interface Entry {
  article: Article
  url: string
  html: string
  /** The lead picture's absolute address. */
  image?: string
}

/** The options with absolute URLs, entries, and the day of the newest change, if any. */
interface Feed extends FeedOptions {
  entries: Entry[]
  pageUrl: string
  updated: string | undefined
}

/**
 * Renders RSS 2.0 always, and Atom 1.0 and JSON Feed 1.1 when `paths` names them,
 * in that order. Output depends only on the input: dates come from the articles,
 * never from the clock.
 */
export function renderFeeds(options: FeedOptions): Output[] {
  const {config, paths} = options
  for (const path of [options.page, paths.rss, paths.atom, paths.json]) {
    if (path !== undefined && !path.startsWith('/')) {
      throw new Error(
        `Cannot render feeds for \`${options.page}\`: \`${path}\` must be a site-relative URL starting with \`/\``
      )
    }
  }
  const entries = options.articles.slice(0, FEED_SIZE).map((article) => {
    const presented = options.present?.(article)
    const image = presented ? presented.image : article.image
    return {
      article,
      url: absoluteUrl(config.baseUrl, article.url),
      html: presented?.html ?? article.html,
      ...(image ? {image: image.startsWith('/') ? absoluteUrl(config.baseUrl, image) : image} : {})
    }
  })
  // The newest change, not the newest article: an older article updated later changes the feed too.
  const updated = entries
    .map(({article}) => article.updated ?? article.date)
    .sort()
    .at(-1)
  const feed: Feed = {...options, entries, pageUrl: absoluteUrl(config.baseUrl, options.page), updated}
  const outputs: Output[] = [{path: paths.rss.slice(1), contents: xmlDocument(rss(feed, paths.rss))}]
  if (paths.atom) outputs.push({path: paths.atom.slice(1), contents: xmlDocument(atom(feed, paths.atom))})
  if (paths.json)
    outputs.push({path: paths.json.slice(1), contents: `${JSON.stringify(jsonFeed(feed, paths.json), null, 2)}\n`})
  return outputs
}

// xastscript reads any object after the name as attributes, even an element:
// elements whose first child is an element get an explicit `{}` before it.
function rss(feed: Feed, self: string): Element {
  const namespaces = {
    'xmlns:atom': atomNs,
    'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
    'xmlns:dc': 'http://purl.org/dc/elements/1.1/'
  }
  return x(
    'rss',
    {version: '2.0', ...namespaces},
    x(
      'channel',
      {},
      x('title', xmlText(feed.title)),
      x('link', feed.pageUrl),
      x('description', xmlText(feed.config.description)),
      x('language', 'ar'),
      x('atom:link', {href: absoluteUrl(feed.config.baseUrl, self), rel: 'self', type: 'application/rss+xml'}),
      feed.updated ? x('lastBuildDate', toRfc822(feed.updated)) : undefined,
      feed.entries.map(({article, url, html}) =>
        x(
          'item',
          {},
          x('title', xmlText(article.title)),
          x('link', url),
          x('guid', {isPermaLink: 'true'}, url),
          x('pubDate', toRfc822(article.date)),
          x('description', xmlText(article.summary)),
          x('content:encoded', xmlText(html)),
          article.author ? x('dc:creator', xmlText(article.author)) : undefined,
          article.tags.map((tag) => x('category', xmlText(tag)))
        )
      )
    )
  )
}

function atom(feed: Feed, self: string): Element {
  return x(
    'feed',
    {xmlns: atomNs, 'xml:lang': 'ar'},
    x('id', feed.pageUrl),
    x('title', xmlText(feed.title)),
    x('updated', feed.updated ? toRfc3339(feed.updated) : epoch),
    x('link', {rel: 'alternate', type: 'text/html', href: feed.pageUrl}),
    x('link', {rel: 'self', type: 'application/atom+xml', href: absoluteUrl(feed.config.baseUrl, self)}),
    feed.entries.map(({article, url, html}) =>
      x(
        'entry',
        {},
        x('id', url),
        x('title', xmlText(article.title)),
        x('link', {rel: 'alternate', type: 'text/html', href: url}),
        x('published', toRfc3339(article.date)),
        x('updated', toRfc3339(article.updated ?? article.date)),
        // Atom wants an author on the feed or on every entry: the site stands in for a missing one.
        x('author', {}, x('name', xmlText(article.author ?? feed.config.title))),
        x('summary', {type: 'text'}, xmlText(article.summary)),
        x('content', {type: 'html'}, xmlText(html)),
        article.tags.map((tag) => x('category', {term: tag}))
      )
    )
  )
}

function jsonFeed(feed: Feed, self: string): Record<string, unknown> {
  const {baseUrl} = feed.config
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.pageUrl,
    feed_url: absoluteUrl(baseUrl, self),
    description: feed.config.description,
    language: 'ar',
    // `undefined` keys are left out by `JSON.stringify`, as JSON Feed wants for absent values.
    items: feed.entries.map(({article, url, html, image}) => ({
      id: url,
      url,
      title: article.title,
      summary: article.summary,
      content_html: html,
      image,
      date_published: toRfc3339(article.date),
      date_modified: article.updated ? toRfc3339(article.updated) : undefined,
      authors: article.author ? [{name: article.author}] : undefined,
      tags: article.tags.length > 0 ? article.tags : undefined
    }))
  }
}
