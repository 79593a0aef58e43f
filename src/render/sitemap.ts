import type {Element} from 'xast'
import {x} from 'xastscript'
import type {Output, SiteConfig} from '../types.ts'
import {absoluteUrl} from './urls.ts'
import {xmlDocument} from './xml.ts'

/** One page for the sitemap. */
export interface SitemapEntry {
  /** Site-relative URL of the page, such as `/articles/<slug>/`. */
  url: string
  /** Day the page last changed, `YYYY-MM-DD`, when known. */
  lastmod?: string
}

/** Most URLs one sitemap file may list, by the sitemaps.org protocol. */
export const SITEMAP_LIMIT = 50_000

const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/**
 * Renders `sitemap.xml` listing `entries` in the order given, and `robots.txt`
 * pointing to it. Past `limit` entries, `sitemap.xml` becomes a sitemap index
 * of `sitemap-1.xml`, `sitemap-2.xml`, … with up to `limit` entries each.
 */
export function renderSitemap(entries: readonly SitemapEntry[], config: SiteConfig, limit = SITEMAP_LIMIT): Output[] {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new Error(`Cannot render a sitemap with a limit of \`${limit}\`: expected a whole number above 0`)
  }
  // Crawlers read robots.txt only at the host's root: under a base path, serve this one there.
  const robots = {
    path: 'robots.txt',
    contents: `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(config.baseUrl, '/sitemap.xml')}\n`
  }
  if (entries.length <= limit) return [{path: 'sitemap.xml', contents: xmlDocument(urlset(entries, config))}, robots]
  const chunks: Array<readonly SitemapEntry[]> = []
  for (let start = 0; start < entries.length; start += limit) chunks.push(entries.slice(start, start + limit))
  const index = x(
    'sitemapindex',
    {xmlns: namespace},
    chunks.map((chunk, number) =>
      x(
        'sitemap',
        {},
        x('loc', absoluteUrl(config.baseUrl, `/sitemap-${number + 1}.xml`)),
        // The newest day of the part, so a crawler can skip parts that did not change.
        lastmod(
          chunk
            .map((entry) => entry.lastmod)
            .filter((day) => day !== undefined)
            .sort()
            .at(-1)
        )
      )
    )
  )
  const parts = chunks.map((chunk, number) => ({
    path: `sitemap-${number + 1}.xml`,
    contents: xmlDocument(urlset(chunk, config))
  }))
  return [{path: 'sitemap.xml', contents: xmlDocument(index)}, ...parts, robots]
}

// xastscript reads any object after the name as attributes, even an element:
// elements whose first child is an element get an explicit `{}` before it.
function urlset(entries: readonly SitemapEntry[], config: SiteConfig): Element {
  return x(
    'urlset',
    {xmlns: namespace},
    entries.map((entry) => x('url', {}, x('loc', absoluteUrl(config.baseUrl, entry.url)), lastmod(entry.lastmod)))
  )
}

function lastmod(day: string | undefined): Element | undefined {
  return day === undefined ? undefined : x('lastmod', day)
}
