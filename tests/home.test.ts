import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {build} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'
import {MemoryWriter} from '../src/write/writer.ts'
import {one, parsePage, texts} from './helpers/html.ts'

const writer = new MemoryWriter()

function page(file: string) {
  const html = writer.files.get(file)
  if (typeof html !== 'string') throw new Error(`${file} was not written`)
  return parsePage(html)
}

beforeAll(async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'warraq-home-'))
  await mkdir(folder, {recursive: true})
  // 45 articles: two per day from 2024-01-01, so pairs share a day and ties are broken by slug.
  for (let index = 0; index < 45; index++) {
    const day = String(1 + Math.floor(index / 2)).padStart(2, '0')
    const slug = `news-${String(index).padStart(2, '0')}`
    await writeFile(
      path.join(folder, `${slug}.md`),
      `---\ntitle: خبر رقم ${index}\ndate: 2024-01-${day}\n---\nنص الخبر ${index}.\n`
    )
  }
  await build({articles: folder, config: resolveConfig(), writer})
})

describe('the list of all articles', () => {
  it('puts 20 articles on a page, newest first, ties broken by slug', () => {
    const first = texts(page('latest/index.html'), '.article-list h2')
    expect(first).toHaveLength(20)
    // Newest day is 2024-01-23 with news-44 alone, then 2024-01-22 with news-42 and news-43.
    expect(first.slice(0, 4)).toEqual(['خبر رقم 44', 'خبر رقم 42', 'خبر رقم 43', 'خبر رقم 40'])
    // The last five: news-05 (2024-01-03), news-02 and news-03 (01-02), news-00 and news-01 (01-01).
    expect(texts(page('latest/page/3/index.html'), '.article-list h2')).toEqual([
      'خبر رقم 5',
      'خبر رقم 2',
      'خبر رقم 3',
      'خبر رقم 0',
      'خبر رقم 1'
    ])
  })

  it('shows each entry as a linked headline with its date and summary', () => {
    const entry = one(page('latest/index.html'), '.article-list li')
    expect(one(entry, 'h2 a').properties.href).toBe('../articles/news-44/')
    expect(one(entry, 'time').properties.dateTime).toBe('2024-01-23')
    expect(texts(entry, '.entry-summary')).toEqual(['نص الخبر 44.'])
  })

  it('chains numbered pages with previous and next links in both directions', () => {
    const first = page('latest/index.html')
    expect(one(first, 'a[rel=next]').properties.href).toBe('../latest/page/2/')
    expect(() => one(first, 'a[rel=prev]')).toThrow()
    const second = page('latest/page/2/index.html')
    expect(one(second, 'a[rel=prev]').properties.href).toBe('../../../latest/')
    expect(one(second, 'a[rel=next]').properties.href).toBe('../../../latest/page/3/')
    const third = page('latest/page/3/index.html')
    expect(one(third, 'a[rel=prev]').properties.href).toBe('../../../latest/page/2/')
    expect(() => one(third, 'a[rel=next]')).toThrow()
    expect(texts(second, '.pagination li')).toEqual(['1', '2', '3'])
    expect(texts(second, '[aria-current=page]')).toEqual(['2'])
  })

  it('gives later pages their number in the title and heading', () => {
    const second = page('latest/page/2/index.html')
    expect(texts(second, 'h1')).toEqual(['أحدث الأخبار — الصفحة 2'])
    expect(texts(second, 'title')[0]).toContain('الصفحة 2')
  })

  it('links the header only to lists that have entries: no tags or authors, no «الوسوم» or «الكتّاب»', async () => {
    expect(texts(page('index.html'), '.site-nav a')).toEqual(['الأرشيف', 'بحث'])
    expect(texts(page('404.html'), '.site-nav a')).toEqual(['الأرشيف', 'بحث'])
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-home-nav-'))
    await writeFile(
      path.join(folder, 'one.md'),
      '---\ntitle: خبر\ndate: 2024-01-01\nauthor: سالم علي\ntags: [سياسة]\n---\nنص.\n'
    )
    const full = new MemoryWriter()
    await build({articles: folder, config: resolveConfig(), writer: full})
    expect(texts(parsePage(String(full.files.get('index.html'))), '.site-nav a')).toEqual([
      'الوسوم',
      'الكتّاب',
      'الأرشيف',
      'بحث'
    ])
  })
})
