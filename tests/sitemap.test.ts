import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {describe, expect, it} from 'vitest'
import {resolveConfig} from '../src/config.ts'
import {SITEMAP_LIMIT, renderSitemap, type SitemapEntry} from '../src/render/sitemap.ts'
import type {Output} from '../src/types.ts'

const config = resolveConfig({baseUrl: 'https://news.example.org/ar/'})
const base = 'https://news.example.org/ar/'
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  isArray: (name) => name === 'url' || name === 'sitemap'
})

function parse(outputs: Output[], path: string): any {
  const output = outputs.find((candidate) => candidate.path === path)
  if (!output) throw new Error(`No output \`${path}\``)
  const xml = String(output.contents)
  expect(xml).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<[\s\S]*>\n$/)
  expect(XMLValidator.validate(xml)).toBe(true)
  return parser.parse(xml)
}

describe('renderSitemap', () => {
  it('lists absolute, percent-encoded URLs under the base path, in the order given, with their days', () => {
    const entries: SitemapEntry[] = [
      {url: '/'},
      {url: '/articles/طقس/', lastmod: '2024-03-05'},
      {url: '/tags/سياسة/', lastmod: '2024-02-29'}
    ]
    const outputs = renderSitemap(entries, config)
    expect(outputs.map((output) => output.path)).toEqual(['sitemap.xml', 'robots.txt'])
    const {urlset} = parse(outputs, 'sitemap.xml')
    expect(urlset['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(urlset.url).toEqual([
      {loc: base},
      {loc: `${base}articles/%D8%B7%D9%82%D8%B3/`, lastmod: '2024-03-05'},
      {loc: `${base}tags/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/`, lastmod: '2024-02-29'}
    ])
  })

  it('writes a valid, empty sitemap for no pages', () => {
    const {urlset} = parse(renderSitemap([], config), 'sitemap.xml')
    expect(urlset.url).toBeUndefined()
  })

  it('points robots.txt to the sitemap by its absolute URL', () => {
    const robots = renderSitemap([{url: '/'}], config).find((output) => output.path === 'robots.txt')
    expect(robots?.contents).toBe('User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/ar/sitemap.xml\n')
  })

  it('keeps to one sitemap up to the limit', () => {
    const outputs = renderSitemap([{url: '/a/'}, {url: '/b/'}], config, 2)
    expect(outputs.map((output) => output.path)).toEqual(['sitemap.xml', 'robots.txt'])
    expect(parse(outputs, 'sitemap.xml').urlset.url).toHaveLength(2)
  })

  it('splits past the limit into numbered parts listed by a sitemap index', () => {
    const entries: SitemapEntry[] = [
      {url: '/a/', lastmod: '2024-01-02'},
      {url: '/b/', lastmod: '2024-01-01'},
      {url: '/c/'},
      {url: '/d/', lastmod: '2023-12-31'},
      {url: '/e/'}
    ]
    const outputs = renderSitemap(entries, config, 2)
    expect(outputs.map((output) => output.path)).toEqual([
      'sitemap.xml',
      'sitemap-1.xml',
      'sitemap-2.xml',
      'sitemap-3.xml',
      'robots.txt'
    ])
    const {sitemapindex} = parse(outputs, 'sitemap.xml')
    expect(sitemapindex['@_xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    expect(sitemapindex.sitemap).toEqual([
      {loc: `${base}sitemap-1.xml`, lastmod: '2024-01-02'},
      {loc: `${base}sitemap-2.xml`, lastmod: '2023-12-31'},
      {loc: `${base}sitemap-3.xml`}
    ])
    const locs = (path: string) => parse(outputs, path).urlset.url.map((url: {loc: string}) => url.loc)
    expect(locs('sitemap-1.xml')).toEqual([`${base}a/`, `${base}b/`])
    expect(locs('sitemap-2.xml')).toEqual([`${base}c/`, `${base}d/`])
    expect(locs('sitemap-3.xml')).toEqual([`${base}e/`])
    expect(outputs.at(-1)?.contents).toContain('Sitemap: https://news.example.org/ar/sitemap.xml\n')
  })

  it('splits at the protocol limit of 50,000 URLs by default', () => {
    expect(SITEMAP_LIMIT).toBe(50_000)
    const entries = Array.from({length: 50_001}, (_, index) => ({url: `/p/${index}/`}))
    const outputs = renderSitemap(entries, config)
    expect(outputs.map((output) => output.path)).toEqual([
      'sitemap.xml',
      'sitemap-1.xml',
      'sitemap-2.xml',
      'robots.txt'
    ])
    expect(parse(outputs, 'sitemap-2.xml').urlset.url).toEqual([{loc: `${base}p/50000/`}])
  })

  it('refuses a limit that is not a whole number above 0', () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) {
      expect(() => renderSitemap([], config, limit)).toThrow('expected a whole number above 0')
    }
  })
})
