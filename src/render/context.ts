import type {SiteConfig} from '../types.ts'
import {absoluteUrl, encodePath, relativeUrl} from './urls.ts'

/** What every template knows about the page it renders. */
export interface PageContext {
  config: SiteConfig
  /** Site-relative URL of the page being rendered. */
  url: string
  /** A link from this page to another site-relative URL. */
  link: (to: string) => string
  /** The absolute URL of a site-relative URL, for canonical links and metadata. */
  absolute: (to: string) => string
  /** Which lists of the site have entries: the header links only to those. */
  has: SiteContents
}

/** Whether the site has any tags and any authors, and its sections in the header's order. */
export interface SiteContents {
  tags: boolean
  authors: boolean
  sections: Array<{name: string; url: string}>
  /** The site's pages that are not news, in footer order. */
  pages: Array<{title: string; url: string}>
}

/** A site with every kind of list and no sections or pages, for pages rendered without the whole site at hand. */
const everything: SiteContents = {tags: true, authors: true, sections: [], pages: []}

/** The context for rendering the page at `url`: links relative to it, so the site works under any path. */
export function pageContext(config: SiteConfig, url: string, has = everything): PageContext {
  return {config, url, link: (to) => relativeUrl(url, to), absolute: (to) => absoluteUrl(config.baseUrl, to), has}
}

/**
 * The context for a page served at unknown URLs, such as the 404 page: links
 * from the root of the configured base URL's path, which work from anywhere.
 */
export function rootedContext(config: SiteConfig, url: string, has = everything): PageContext {
  const base = new URL(config.baseUrl).pathname
  return {
    config,
    url,
    link: (to) => base + encodePath(to.slice(1)),
    absolute: (to) => absoluteUrl(config.baseUrl, to),
    has
  }
}
