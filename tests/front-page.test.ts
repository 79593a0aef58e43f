import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {selectAll} from 'hast-util-select'
import {beforeAll, describe, expect, it} from 'vitest'
import {build, type BuildResult} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'
import {MemoryWriter} from '../src/write/writer.ts'
import {one, parsePage, texts} from './helpers/html.ts'

const writer = new MemoryWriter()
let result: BuildResult

function page(file: string) {
  const html = writer.files.get(file)
  if (typeof html !== 'string') throw new Error(`${file} was not written`)
  return parsePage(html)
}

/** Writes `articles/<file>` with a title, a day of March 2024 and the given front matter lines. */
async function article(folder: string, file: string, day: number, lines: string[] = []) {
  const target = path.join(folder, file)
  await mkdir(path.dirname(target), {recursive: true})
  const date = `2024-03-${String(day).padStart(2, '0')}`
  await writeFile(target, `---\ntitle: خبر ${day}\ndate: ${date}\n${lines.join('\n')}\n---\nنص الخبر ${day}.\n`)
}

beforeAll(async () => {
  const folder = await mkdtemp(path.join(tmpdir(), 'warraq-front-'))
  // Politics by folder (4 articles, one in a folder of its own), economy by front matter, sports unconfigured.
  await article(folder, 'politics/a.md', 1)
  await article(folder, 'politics/b.md', 3)
  await article(folder, 'politics/c.md', 5)
  await article(folder, 'politics/2024-03-20-d/index.md', 20, ['image: https://example.org/d.jpg', 'imageAlt: قاعة'])
  await article(folder, 'e.md', 2, ['section: اقتصاد'])
  await article(folder, 'f.md', 4, ['القسم: economy'])
  await article(folder, 'sports/g.md', 6)
  await article(folder, 'h.md', 7)
  const config = resolveConfig({
    sections: [
      {name: 'اقتصاد', slug: 'economy'},
      {name: 'سياسة', slug: 'politics'}
    ]
  })
  result = await build({articles: folder, config, writer})
})

describe('sections', () => {
  it('builds without errors, a list and feeds per section, at the configured slug or the name', () => {
    expect(result.ok).toBe(true)
    for (const base of ['sections/economy/', 'sections/politics/', 'sections/sports/']) {
      for (const file of ['index.html', 'feed.xml', 'atom.xml']) expect(writer.files.has(base + file)).toBe(true)
    }
    expect(texts(page('sections/economy/index.html'), '.article-list h2')).toEqual(['خبر 4', 'خبر 2'])
    // The configured name is shown for a folder named by the slug.
    expect(texts(page('sections/politics/index.html'), 'h1')).toEqual(['سياسة'])
    expect(texts(page('sections/politics/index.html'), '.article-list h2')).toEqual([
      'خبر 20',
      'خبر 5',
      'خبر 3',
      'خبر 1'
    ])
  })

  it('lists the sections in the header in the configured order, then the others', () => {
    const header = page('articles/h/index.html')
    expect(texts(header, '.section-nav a')).toEqual(['اقتصاد', 'سياسة', 'sports'])
    expect(one(page('sections/politics/index.html'), '.section-nav [aria-current=page]').properties.href).toBe(
      '../../sections/politics/'
    )
  })

  it('names its section above an article headline, and no section for an article without one', () => {
    expect(texts(page('articles/2024-03-20-d/index.html'), '.article-section a')).toEqual(['سياسة'])
    expect(texts(page('articles/h/index.html'), '.article-section')).toEqual([])
  })

  it('shows no section menu on a site without sections', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-front-plain-'))
    await article(folder, 'a.md', 1)
    const plain = new MemoryWriter()
    await build({articles: folder, config: resolveConfig(), writer: plain})
    expect(texts(parsePage(String(plain.files.get('index.html'))), '.section-nav')).toEqual([])
  })
})

describe('the front page', () => {
  it('leads with the newest article and its picture, eager and sized', () => {
    const home = page('index.html')
    expect(texts(home, '.lead-story .lead-title')).toEqual(['خبر 20'])
    const image = one(home, '.lead-story img')
    expect(image.properties).toMatchObject({src: 'https://example.org/d.jpg', alt: 'قاعة'})
    expect(image.properties.loading).toBeUndefined()
  })

  it('then shows the newest of each section without the lead, in the header order, then the newest of all', () => {
    const home = page('index.html')
    expect(texts(home, '.front-section h2')).toEqual(['اقتصاد', 'سياسة', 'sports', 'أحدث الأخبار'])
    const lists = selectAll('.front-section', home).map((section) => texts(section, 'h3'))
    expect(lists[1]).toEqual(['خبر 5', 'خبر 3', 'خبر 1'])
    expect(lists[3]).toEqual(['خبر 7', 'خبر 6', 'خبر 5', 'خبر 4', 'خبر 3', 'خبر 2', 'خبر 1'])
    expect(one(home, '.all-news a').properties.href).toBe('./latest/')
    expect(texts(home, 'h1')).toEqual(['ورّاق'])
  })

  it('keeps every article, page by page, under latest/', () => {
    expect(texts(page('latest/index.html'), '.article-list h2')).toHaveLength(8)
  })
})
