import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {resolveConfig} from '../src/config.ts'
import {FEED_SIZE, renderFeeds, type FeedOptions} from '../src/render/feeds.ts'
import type {Article, Output} from '../src/types.ts'
import {makeArticle} from './helpers/articles.ts'

const config = resolveConfig({baseUrl: 'https://news.example.org/ar/', title: 'ورّاق', description: 'أرشيف الأخبار'})
const paths = {rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json'}
const base = 'https://news.example.org/ar/'
// 25 days back from Tuesday 2024-03-05, crossing the leap day 2024-02-29 (a Thursday) at index 5.
const articles = Array.from({length: 25}, (_, index) =>
  makeArticle({slug: `a-${index}`, date: new Date(Date.UTC(2024, 2, 5 - index)).toISOString().slice(0, 10)})
)

const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // Numeric character references (`&#x3C;`) are decoded only with this on.
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'category'].includes(name)
})

function render(overrides: Partial<FeedOptions> = {}): {rss: any; atom: any; json: any; outputs: Output[]} {
  const outputs = renderFeeds({articles, config, title: 'ورّاق', page: '/', paths, ...overrides})
  const [rss, atom, json] = outputs.map((output) => String(output.contents))
  for (const xml of [rss, atom]) expect(XMLValidator.validate(xml!)).toBe(true)
  return {rss: parser.parse(rss!).rss, atom: parser.parse(atom!).feed, json: JSON.parse(json!), outputs}
}

function one(article: Article): ReturnType<typeof render> {
  return render({articles: [article]})
}

afterEach(() => {
  vi.useRealTimers()
})

describe('renderFeeds', () => {
  it('writes RSS, Atom and JSON Feed at the given paths, as XML documents and JSON ending in a newline', () => {
    const {outputs} = render()
    expect(outputs.map((output) => output.path)).toEqual(['feed.xml', 'atom.xml', 'feed.json'])
    for (const output of outputs.slice(0, 2))
      expect(output.contents).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<[\s\S]*>\n$/)
    expect(outputs[2]!.contents).toMatch(/^\{\n {2}"version": "https:\/\/jsonfeed\.org\/version\/1\.1",[\s\S]*\}\n$/)
    const written = (only: FeedOptions['paths']) =>
      renderFeeds({articles, config, title: 'ورّاق', page: '/', paths: only}).map((output) => output.path)
    expect(written({rss: '/feed.xml'})).toEqual(['feed.xml'])
    expect(written({rss: '/feed.xml', atom: '/atom.xml'})).toEqual(['feed.xml', 'atom.xml'])
    expect(written({rss: '/feed.xml', json: '/feed.json'})).toEqual(['feed.xml', 'feed.json'])
  })

  it('declares RSS 2.0 with its namespaces, Atom 1.0 and JSON Feed 1.1, in Arabic', () => {
    const {rss, atom, json} = render()
    expect(rss).toMatchObject({
      '@_version': '2.0',
      '@_xmlns:atom': 'http://www.w3.org/2005/Atom',
      '@_xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      '@_xmlns:dc': 'http://purl.org/dc/elements/1.1/'
    })
    expect(rss.channel).toMatchObject({title: 'ورّاق', description: 'أرشيف الأخبار', language: 'ar'})
    expect(atom).toMatchObject({'@_xmlns': 'http://www.w3.org/2005/Atom', '@_xml:lang': 'ar', title: 'ورّاق'})
    expect(json).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'ورّاق',
      description: 'أرشيف الأخبار',
      language: 'ar'
    })
  })

  it(`carries the ${FEED_SIZE} newest articles in the order given`, () => {
    const {rss, atom, json} = render()
    const expected = Array.from({length: 20}, (_, index) => `${base}articles/a-${index}/`)
    expect(FEED_SIZE).toBe(20)
    expect(rss.channel.item.map((item: any) => item.link)).toEqual(expected)
    expect(rss.channel.item.map((item: any) => item.guid)).toEqual(
      expected.map((url) => ({'#text': url, '@_isPermaLink': 'true'}))
    )
    expect(atom.entry.map((entry: any) => entry.id)).toEqual(expected)
    expect(atom.entry.map((entry: any) => entry.link['@_href'])).toEqual(expected)
    expect(json.items.map((item: any) => item.id)).toEqual(expected)
    expect(json.items.map((item: any) => item.url)).toEqual(expected)
  })

  it('links the page and the feeds themselves with absolute URLs that keep the base path', () => {
    const {rss, atom, json} = render()
    expect(rss.channel.link).toBe(base)
    expect(rss.channel['atom:link']).toMatchObject({
      '@_href': `${base}feed.xml`,
      '@_rel': 'self',
      '@_type': 'application/rss+xml'
    })
    expect(atom.id).toBe(base)
    expect(atom.link).toEqual([
      {'@_rel': 'alternate', '@_type': 'text/html', '@_href': base},
      {'@_rel': 'self', '@_type': 'application/atom+xml', '@_href': `${base}atom.xml`}
    ])
    expect(json).toMatchObject({home_page_url: base, feed_url: `${base}feed.json`})
  })

  it('dates RSS in RFC 822 and Atom and JSON Feed in RFC 3339, from the article days', () => {
    const {rss, atom, json} = render()
    for (const item of rss.channel.item)
      expect(item.pubDate).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} 00:00:00 \+0000$/
      )
    for (const entry of atom.entry) expect(entry.published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/)
    expect(rss.channel.item[0].pubDate).toBe('Tue, 05 Mar 2024 00:00:00 +0000')
    expect(rss.channel.item[5].pubDate).toBe('Thu, 29 Feb 2024 00:00:00 +0000')
    expect(rss.channel.lastBuildDate).toBe('Tue, 05 Mar 2024 00:00:00 +0000')
    expect(atom.updated).toBe('2024-03-05T00:00:00Z')
    expect(atom.entry[5]).toMatchObject({published: '2024-02-29T00:00:00Z', updated: '2024-02-29T00:00:00Z'})
    expect(json.items[5]).toMatchObject({date_published: '2024-02-29T00:00:00Z'})
    expect(json.items[5]).not.toHaveProperty('date_modified')
  })

  it('dates the feed by its latest change, even when an older article changed last', () => {
    const changed = articles.map((article, index) => (index === 3 ? {...article, updated: '2024-04-01'} : article))
    const {rss, atom, json} = render({articles: changed})
    expect(rss.channel.lastBuildDate).toBe('Mon, 01 Apr 2024 00:00:00 +0000')
    expect(atom.updated).toBe('2024-04-01T00:00:00Z')
    expect(atom.entry[3]).toMatchObject({published: '2024-03-02T00:00:00Z', updated: '2024-04-01T00:00:00Z'})
    expect(json.items[3]).toMatchObject({date_published: '2024-03-02T00:00:00Z', date_modified: '2024-04-01T00:00:00Z'})
  })

  it('gives the same bytes for the same input, whatever the clock says', () => {
    vi.useFakeTimers()
    vi.setSystemTime(new Date('2030-06-01T12:00:00Z'))
    const first = render().outputs
    vi.setSystemTime(new Date('2031-01-02T03:04:05Z'))
    expect(render().outputs).toEqual(first)
  })

  it('carries the body as HTML in content:encoded, Atom content and content_html', () => {
    const html = '<p>أ &#x26; ب &#x3C; ج <strong>مهم</strong></p>'
    const {rss, atom, json} = one(makeArticle({html, summary: 'ملخص'}))
    expect(rss.channel.item[0]).toMatchObject({'content:encoded': html, description: 'ملخص'})
    expect(atom.entry[0].content).toEqual({'#text': html, '@_type': 'html'})
    expect(atom.entry[0].summary).toEqual({'#text': 'ملخص', '@_type': 'text'})
    expect(json.items[0]).toMatchObject({content_html: html, summary: 'ملخص'})
  })

  it('keeps markup in a title as text', () => {
    const title = 'عاجل </title><script>alert(1)</script> & ]]> <![CDATA[x]]>'
    const {rss, atom, json, outputs} = one(makeArticle({title}))
    expect(rss.channel.item[0].title).toBe(title)
    expect(atom.entry[0].title).toBe(title)
    expect(json.items[0].title).toBe(title)
    for (const output of outputs.slice(0, 2)) {
      const xml = String(output.contents)
      expect(xml).not.toContain('<script>')
      // `]]>` may only close a CDATA section in XML text (fast-xml-parser does not check this).
      expect(xml.replaceAll(/<!\[CDATA\[[\s\S]*?\]\]>/g, '')).not.toContain(']]>')
    }
  })

  it('names the author, or the site in Atom when the article has none', () => {
    const {rss, atom, json} = render({articles: [makeArticle({slug: 'a', author: 'سالم'}), makeArticle({slug: 'b'})]})
    expect(rss.channel.item.map((item: any) => item['dc:creator'])).toEqual(['سالم', undefined])
    expect(atom.entry.map((entry: any) => entry.author)).toEqual([{name: 'سالم'}, {name: 'ورّاق'}])
    expect(json.items.map((item: any) => item.authors)).toEqual([[{name: 'سالم'}], undefined])
  })

  it('lists tags as categories, and percent-encodes Arabic in every URL', () => {
    const article = makeArticle({slug: 'طقس', tags: ['سياسة', 'ليبيا']})
    const tags = ['سياسة', 'ليبيا']
    const {rss, atom, json, outputs} = render({
      articles: [article],
      title: 'وسم: سياسة — ورّاق',
      page: '/tags/سياسة/',
      paths: {rss: '/tags/سياسة/feed.xml', atom: '/tags/سياسة/atom.xml', json: '/tags/سياسة/feed.json'}
    })
    const page = `${base}tags/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/`
    const url = `${base}articles/%D8%B7%D9%82%D8%B3/`
    expect(outputs.map((output) => output.path)).toEqual([
      'tags/سياسة/feed.xml',
      'tags/سياسة/atom.xml',
      'tags/سياسة/feed.json'
    ])
    expect(rss.channel).toMatchObject({
      title: 'وسم: سياسة — ورّاق',
      link: page,
      'atom:link': {'@_href': `${page}feed.xml`}
    })
    expect(rss.channel.item[0]).toMatchObject({link: url, category: tags})
    expect(atom).toMatchObject({id: page, link: [{'@_href': page}, {'@_href': `${page}atom.xml`}]})
    expect(atom.entry[0]).toMatchObject({id: url, category: tags.map((tag) => ({'@_term': tag}))})
    expect(json).toMatchObject({home_page_url: page, feed_url: `${page}feed.json`, items: [{id: url, tags}]})
  })

  it('makes a site-relative image absolute and keeps an absolute one', () => {
    const {json} = render({
      articles: [
        makeArticle({slug: 'a', image: '/images/مطر.jpg'}),
        makeArticle({slug: 'b', image: 'https://cdn.example.com/rain.jpg'}),
        makeArticle({slug: 'c'})
      ]
    })
    expect(json.items.map((item: any) => item.image)).toEqual([
      `${base}images/%D9%85%D8%B7%D8%B1.jpg`,
      'https://cdn.example.com/rain.jpg',
      undefined
    ])
  })

  it('still writes valid feeds without articles', () => {
    const {rss, atom, json} = render({articles: []})
    expect(rss.channel.item).toBeUndefined()
    expect(rss.channel.lastBuildDate).toBeUndefined()
    expect(atom.entry).toBeUndefined()
    expect(atom.updated).toBe('1970-01-01T00:00:00Z')
    expect(json.items).toEqual([])
  })

  it('refuses paths that are not site-relative', () => {
    expect(() => renderFeeds({articles, config, title: 'ورّاق', page: '/', paths: {rss: 'feed.xml'}})).toThrow(
      '`feed.xml` must be a site-relative URL starting with `/`'
    )
  })
})
