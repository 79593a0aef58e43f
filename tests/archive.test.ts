import {XMLParser} from 'fast-xml-parser'
import type {Element} from 'hast'
import {selectAll} from 'hast-util-select'
import {beforeAll, describe, expect, it} from 'vitest'
import {build, type BuildResult} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'
import {MemoryWriter} from '../src/write/writer.ts'
import {one, parsePage, texts} from './helpers/html.ts'

/*
 * tests/fixtures/archive: news-01 … news-35. news-N (N ≤ 33) is dated
 * (2022 + floor((N-1)/11))-(((N-1) mod 11) + 1)-15; news-34 and news-35 are
 * 2024-03-20 and 2024-03-25. Even N are tagged سياسة, spelled with tatweel
 * (N mod 6 = 0), a kasra (N mod 6 = 2) or plainly; multiples of 3 اقتصاد,
 * of 5 رياضة. N mod 4 = 1 is by سالم علي, N mod 4 = 2 by فاطمة الزهراء (with
 * a shadda when N mod 8 = 6). Pages of 5.
 */
const config = resolveConfig({pageSize: 5, baseUrl: 'https://news.example.org/'})
const writer = new MemoryWriter()
let result: BuildResult

const newestFirst = [
  33, 32, 31, 30, 29, 28, 27, 26, 35, 34, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5,
  4, 3, 2, 1
]
const title = (n: number) => (n === 33 ? 'خبر "عاجل" </script><script>alert(1)</script> & نص' : `خبر رقم ${n}`)

function page(file: string) {
  const html = writer.files.get(file)
  if (typeof html !== 'string') throw new Error(`${file} was not written`)
  return parsePage(html)
}

/** Follows `rel=next` links from `start` (or `rel=prev` backwards), returning every page's entry titles. */
function walk(start: string, rel: 'next' | 'prev'): string[][] {
  const seen: string[][] = []
  let file: string | undefined = start
  while (file) {
    const tree = page(file)
    seen.push(texts(tree, '.article-list .entry-title'))
    const link =
      tree &&
      (() => {
        try {
          return one(tree, `nav.pagination a[rel=${rel}]`)
        } catch {
          return undefined
        }
      })()
    file = link
      ? `${new URL(String(link.properties.href), `https://x/${file}`).pathname.slice(1)}index.html`
      : undefined
    file = file ? decodeURIComponent(file) : undefined
  }
  return seen
}

const chunks = <T>(items: T[], size: number) =>
  Array.from({length: Math.ceil(items.length / size)}, (_, index) => items.slice(index * size, (index + 1) * size))

beforeAll(async () => {
  result = await build({articles: 'tests/fixtures/archive/articles', config, writer})
})

describe('a news archive of 35 articles over three years', () => {
  it('builds with no messages', () => {
    expect(result.ok).toBe(true)
    expect(result.files.flatMap((file) => file.messages)).toEqual([])
  })

  it('pages the list of all articles newest first, chained by rel=next forwards and rel=prev backwards', () => {
    const forwards = walk('latest/index.html', 'next')
    expect(forwards).toEqual(chunks(newestFirst.map(title), 5))
    expect(walk('latest/page/7/index.html', 'prev')).toEqual([...forwards].reverse())
  })

  it('folds tag spellings with tatweel and diacritics into one tag, named as most articles write it', () => {
    const index = page('tags/index.html')
    expect(texts(index, '.term-list li')).toEqual(['اقتصاد (11 خبرًا)', 'رياضة (7 أخبار)', 'سياسة (17 خبرًا)'])
    expect(one(index, '.term-list li:last-child a').properties.href).toBe('../tags/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/')
  })

  it('lists a tag newest first over pages chained in both directions', () => {
    const politics = [32, 30, 28, 26, 34, 24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2].map(title)
    const forwards = walk('tags/سياسة/index.html', 'next')
    expect(forwards).toEqual(chunks(politics, 5))
    expect(walk('tags/سياسة/page/4/index.html', 'prev')).toEqual([...forwards].reverse())
    expect(texts(page('tags/سياسة/page/2/index.html'), 'h1')).toEqual(['وسم: سياسة — الصفحة 2'])
  })

  it('gives each author a page and an index with counts, folding a shadda', () => {
    expect(texts(page('authors/index.html'), '.term-list li')).toEqual([
      'سالم علي (9 أخبار)',
      'فاطمة الزهراء (9 أخبار)'
    ])
    expect(walk('authors/فاطمة-الزهراء/index.html', 'next').flat()).toEqual(
      [30, 26, 34, 22, 18, 14, 10, 6, 2].map(title)
    )
  })

  it('archives by year and month with Arabic month names and counts', () => {
    const index = page('archive/index.html')
    expect(texts(index, '.archive-years > li > h2')).toEqual(['2024 (13 خبرًا)', '2023 (11 خبرًا)', '2022 (11 خبرًا)'])
    expect(texts(index, '.archive-years > li:first-child .archive-months li').slice(7, 10)).toEqual([
      'أبريل 2024 (خبر واحد)',
      'مارس 2024 (3 أخبار)',
      'فبراير 2024 (خبر واحد)'
    ])
    expect(texts(page('archive/2024/03/index.html'), '.entry-title')).toEqual([35, 34, 25].map(title))
    expect(texts(page('archive/2024/03/index.html'), 'h1')).toEqual(['أخبار مارس 2024'])
    expect(walk('archive/2023/index.html', 'next').flat()).toEqual(
      [22, 21, 20, 19, 18, 17, 16, 15, 14, 13, 12].map(title)
    )
  })

  it('links an article to its tags, author, month and both neighbours', () => {
    const article = page('articles/news-26/index.html')
    expect(texts(article, '.article-tags a')).toEqual(['سياسة'])
    expect(one(article, '.article-tags a').properties.href).toBe('../../tags/%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9/')
    expect(one(article, '.author a').properties.href).toBe(
      '../../authors/%D9%81%D8%A7%D8%B7%D9%85%D8%A9-%D8%A7%D9%84%D8%B2%D9%87%D8%B1%D8%A7%D8%A1/'
    )
    expect(one(article, '.article-month a').properties.href).toBe('../../archive/2024/04/')
    expect(texts(article, '.neighbours a[rel=prev]')).toEqual([title(35)])
    expect(texts(article, '.neighbours a[rel=next]')).toEqual([title(27)])
  })

  it('relates an article to up to five others with the most shared tags, then the newest', () => {
    // news-30 has سياسة, اقتصاد and رياضة; 24, 20, 18, 15, 12, 10 and 6 share two of them.
    expect(texts(page('articles/news-30/index.html'), '.related .entry-title')).toEqual([24, 20, 18, 15, 12].map(title))
    expect(() => one(page('articles/news-01/index.html'), '.related')).toThrow()
  })

  it('writes a 404 page in Arabic with links from the site root', () => {
    const notFound = page('404.html')
    expect(texts(notFound, 'h1')).toEqual(['الصفحة غير موجودة'])
    expect(one(notFound, 'main a').properties.href).toBe('/')
    expect(one(notFound, 'link[rel=stylesheet]').properties.href).toBe('/style.css')
  })

  it('gives every list page a title and a heading', () => {
    for (const [file, html] of writer.files) {
      if (!file.endsWith('.html')) continue
      const tree = parsePage(String(html))
      expect(texts(tree, 'title')[0], file).toMatch(/\S/)
      expect(texts(tree, 'h1'), file).toHaveLength(1)
    }
  })
})

describe('metadata of an article page', () => {
  it('has a canonical link and OpenGraph tags', () => {
    const article = page('articles/news-33/index.html')
    const property = (name: string) => selectContent(article, name)
    expect(one(article, 'link[rel=canonical]').properties.href).toBe('https://news.example.org/articles/news-33/')
    expect(property('og:type')).toEqual(['article'])
    expect(property('og:title')).toEqual([title(33)])
    expect(property('og:url')).toEqual(['https://news.example.org/articles/news-33/'])
    expect(property('og:locale')).toEqual(['ar_LY'])
    expect(property('og:image')).toEqual(['https://news.example.org/images/lead.jpg'])
    expect(property('article:published_time')).toEqual(['2024-11-15'])
    expect(property('article:author')).toEqual([
      'https://news.example.org/authors/%D8%B3%D8%A7%D9%84%D9%85-%D8%B9%D9%84%D9%8A/'
    ])
    expect(property('article:tag')).toEqual(['اقتصاد'])
    expect(property('og:description')).toEqual(['نص الخبر رقم 33 في أرشيف الاختبار.'])
  })

  it('has JSON-LD that parses, with every field, even when the title holds </script> and quotes', () => {
    const html = String(writer.files.get('articles/news-33/index.html'))
    // The title's </script> is text in <title> and an attribute value elsewhere: one script element only.
    expect(selectAll('script', parsePage(html))).toHaveLength(1)
    const data = JSON.parse(
      texts(one(page('articles/news-33/index.html'), 'script[type="application/ld+json"]'), ':scope')[0]!
    )
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: title(33),
      datePublished: '2024-11-15',
      dateModified: '2024-11-20',
      author: {'@type': 'Person', name: 'سالم علي'},
      inLanguage: 'ar',
      publisher: {'@type': 'Organization', name: 'ورّاق', url: 'https://news.example.org/'},
      mainEntityOfPage: {'@type': 'WebPage', '@id': 'https://news.example.org/articles/news-33/'},
      image: ['https://news.example.org/images/lead.jpg']
    })
  })

  it('shows the update day', () => {
    expect(texts(page('articles/news-33/index.html'), '.updated')).toEqual(['حُدّث في 20 نوفمبر 2024'])
  })

  it('links the feeds from every page', () => {
    const home = page('index.html')
    expect(one(home, 'link[rel=alternate][type="application/rss+xml"]').properties.href).toBe('./feed.xml')
    expect(one(home, 'link[rel=alternate][type="application/atom+xml"]').properties.href).toBe('./atom.xml')
    expect(one(home, 'link[rel=alternate][type="application/feed+json"]').properties.href).toBe('./feed.json')
    expect(
      decodeURIComponent(
        String(one(page('tags/رياضة/index.html'), 'link[rel=alternate][title^="وسم"]').properties.href)
      )
    ).toBe('../../tags/رياضة/feed.xml')
  })
})

describe('feeds and sitemap of the archive', () => {
  const xml = new XMLParser({ignoreAttributes: false, htmlEntities: true})

  it('has RSS 2.0 with the 20 newest articles in date order, RFC 822 dates and full content', () => {
    const rss = xml.parse(String(writer.files.get('feed.xml'))).rss.channel
    const items = rss.item as Array<Record<string, string>>
    expect(items.map((item) => item.title)).toEqual(newestFirst.slice(0, 20).map(title))
    expect(items[0]!.pubDate).toBe('Fri, 15 Nov 2024 00:00:00 +0000')
    for (const item of items)
      expect(item.pubDate).toMatch(
        /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} 00:00:00 \+0000$/
      )
    expect(items[1]!.link).toBe('https://news.example.org/articles/news-32/')
    expect(items[1]!['content:encoded']).toBe('<p>نص الخبر رقم 32 في أرشيف الاختبار.</p>\n<p>فقرة ثانية من الخبر.</p>')
  })

  it('has Atom with RFC 3339 dates and JSON Feed 1.1, both of 20 items', () => {
    const atom = xml.parse(String(writer.files.get('atom.xml'))).feed
    expect(atom.entry).toHaveLength(20)
    expect(atom.entry[0].published).toBe('2024-11-15T00:00:00Z')
    expect(atom.entry[0].updated).toBe('2024-11-20T00:00:00Z')
    for (const entry of atom.entry) expect(entry.published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/)
    const json = JSON.parse(String(writer.files.get('feed.json')))
    expect(json.version).toBe('https://jsonfeed.org/version/1.1')
    expect(json.items.map((item: {title: string}) => item.title)).toEqual(newestFirst.slice(0, 20).map(title))
  })

  it('has a feed per tag', () => {
    const rss = xml.parse(String(writer.files.get('tags/رياضة/feed.xml'))).rss.channel
    expect((rss.item as Array<{title: string}>).map((item) => item.title)).toEqual(
      [30, 35, 25, 20, 15, 10, 5].map(title)
    )
  })

  it('lists exactly the HTML pages of the site in the sitemap, with lastmod, and robots.txt points to it', () => {
    const urls = xml.parse(String(writer.files.get('sitemap.xml'))).urlset.url as Array<{loc: string; lastmod: string}>
    const pages = [...writer.files.keys()].filter((file) => file.endsWith('.html') && file !== '404.html')
    const expected = pages.map(
      (file) =>
        `https://news.example.org/${file
          .replace(/index\.html$/, '')
          .split('/')
          .map(encodeURIComponent)
          .join('/')}`
    )
    expect(urls.map((url) => url.loc).sort()).toEqual(expected.sort())
    expect(urls.find((url) => url.loc === 'https://news.example.org/articles/news-33/')?.lastmod).toBe('2024-11-20')
    expect(urls.find((url) => url.loc === 'https://news.example.org/archive/2022/')?.lastmod).toBe('2022-11-15')
    expect(String(writer.files.get('robots.txt'))).toContain('Sitemap: https://news.example.org/sitemap.xml')
  })
})

describe('the Hijri date', () => {
  it('is off by default and shown beside the Gregorian date when configured', async () => {
    expect(String(writer.files.get('articles/news-25/index.html'))).not.toContain('hijri')
    const hijri = new MemoryWriter()
    await build({articles: 'tests/fixtures/archive/articles', config: resolveConfig({hijri: true}), writer: hijri})
    const article = parsePage(String(hijri.files.get('articles/news-25/index.html')))
    // 15 March 2024 was 5 Ramadan 1445 in the Umm al-Qura calendar (Ramadan began on 11 March).
    expect(texts(article, '.article-meta .hijri')).toEqual(['(5 رمضان 1445 هـ)'])
  })
})

function selectContent(tree: ReturnType<typeof parsePage>, property: string): string[] {
  return (selectAll(`meta[property="${property}"]`, tree) as Element[]).map((element) =>
    String(element.properties.content)
  )
}
