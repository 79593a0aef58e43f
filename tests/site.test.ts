import {mkdtemp, readFile, readdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {build, type BuildResult} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'
import {MemoryWriter} from '../src/write/writer.ts'
import {one, parsePage, texts} from './helpers/html.ts'

const articles = 'tests/fixtures/site/articles'
let out: string
let result: BuildResult

async function page(relative: string) {
  return parsePage(await readFile(path.join(out, relative), 'utf8'))
}

beforeAll(async () => {
  out = path.join(await mkdtemp(path.join(tmpdir(), 'warraq-site-')), 'dist')
  result = await build({articles, out, config: resolveConfig()})
})

describe('whole site', () => {
  it('builds without errors and writes the expected files', async () => {
    expect(result.ok).toBe(true)
    const files = await readdir(out, {recursive: true})
    // The seed has no date: it gets the day of its last commit (or of its file), so its month varies.
    const seed = result.articles.find((article) => article.slug === 'haftar-ankara')!
    const [year, month] = seed.date.split('-')
    const expected = [
      '404.html',
      'archive/2023/12/index.html',
      'archive/2023/index.html',
      'archive/2024/03/index.html',
      'archive/2024/06/index.html',
      'archive/2024/index.html',
      `archive/${year}/${month}/index.html`,
      `archive/${year}/index.html`,
      'archive/index.html',
      'articles/2023-12-31-year-end/index.html',
      'articles/2024-06-01-weather/index.html',
      'articles/haftar-ankara/index.html',
      'articles/municipal-elections/index.html',
      'authors/index.html',
      'authors/سالم-علي/index.html',
      'index.html',
      'latest/index.html',
      'search/index.html',
      'tags/index.html',
      'tags/اقتصاد/index.html',
      'tags/انتخابات/index.html',
      'tags/سياسة/index.html'
    ]
    expect(files.filter((file) => file.endsWith('.html')).sort()).toEqual([...new Set(expected)].sort())
    for (const file of [
      'style.css',
      'fonts/noto-naskh-arabic-arabic-400-normal.woff2',
      'feed.xml',
      'atom.xml',
      'feed.json',
      'sitemap.xml',
      'robots.txt',
      'tags/سياسة/feed.xml'
    ]) {
      expect(files).toContain(file)
    }
  })

  it('gives the seed page its inferred headline, its 8 paragraphs and no furniture', async () => {
    const tree = await page('articles/haftar-ankara/index.html')
    expect(texts(tree, 'h1')).toEqual(['التقى حفتر الجمعة وزير الدفاع التركي يشار غولر في أنقرة'])
    const paragraphs = texts(tree, '.article-body p')
    expect(paragraphs).toHaveLength(8)
    expect(paragraphs.filter((text) => text.includes('زر الذهاب إلى الأعلى'))).toEqual([])
  })

  it('marks every page as Arabic, right to left, with charset, viewport, title and stylesheet', async () => {
    for (const file of ['index.html', 'articles/haftar-ankara/index.html']) {
      const html = await readFile(path.join(out, file), 'utf8')
      expect(html.startsWith('<!doctype html>')).toBe(true)
      const tree = parsePage(html)
      expect(one(tree, 'html').properties).toMatchObject({lang: 'ar', dir: 'rtl'})
      one(tree, 'meta[charset=utf-8]')
      one(tree, 'meta[name=viewport]')
      expect(texts(tree, 'title')[0]).not.toBe('')
      one(tree, 'link[rel=stylesheet]')
    }
  })

  it('ends every page with a back-to-top link to the element at the top', async () => {
    const tree = await page('articles/haftar-ankara/index.html')
    const link = one(tree, 'main a[href="#top"]')
    expect(texts(link, ':scope')[0]).toContain('العودة إلى الأعلى')
    one(tree, 'body > header#top')
  })

  it('lists every published article in articles.json, newest first, without bodies', async () => {
    const records = JSON.parse(await readFile(path.join(out, 'api/articles.json'), 'utf8'))
    expect(records.map((record: {source: string}) => record.source)).toEqual(
      result.articles.map((article) => article.source)
    )
    expect(records.map((record: {slug: string}) => record.slug).sort()).toEqual([
      '2023-12-31-year-end',
      '2024-06-01-weather',
      'haftar-ankara',
      'municipal-elections'
    ])
    expect(records.every((record: object) => !('body' in record) && !('html' in record))).toBe(true)
  })

  it('writes one record per article with its body as HTML and as paragraphs', async () => {
    const record = JSON.parse(await readFile(path.join(out, 'api/articles/municipal-elections.json'), 'utf8'))
    expect(record).toMatchObject({
      slug: 'municipal-elections',
      title: 'انتخابات بلدية في طرابلس',
      date: '2024-03-05',
      author: 'سالم علي',
      tags: ['سياسة', 'انتخابات']
    })
    expect(record.html).toContain('<strong>صناديق الاقتراع</strong>')
    expect(record.paragraphs[0]).toBe(
      'أقبل الناخبون صباح اليوم على صناديق الاقتراع في طرابلس لاختيار أعضاء المجالس البلدية.'
    )
  })

  it('shows the date in Arabic with pinned Western digits in a time element', async () => {
    const tree = await page('articles/municipal-elections/index.html')
    const time = one(tree, '.article-meta time')
    expect(time.properties.dateTime).toBe('2024-03-05')
    expect(texts(time, ':scope')[0]).toBe('5 مارس 2024')
  })

  it('leaves out drafts and files that are not articles', () => {
    expect(result.articles.map((article) => article.source)).not.toContain('draft.md')
    expect(result.files.map((file) => file.path)).not.toContain('notes.docx')
  })

  it('gives byte-identical output for the same articles', async () => {
    const first = new MemoryWriter()
    const second = new MemoryWriter()
    await build({articles, config: resolveConfig(), writer: first})
    await build({articles, config: resolveConfig(), writer: second})
    expect([...second.files.keys()]).toEqual([...first.files.keys()])
    for (const [file, contents] of first.files) expect(second.files.get(file), file).toEqual(contents)
  })
})
