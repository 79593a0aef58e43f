import {cp, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {build, type BuildResult} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'
import {MemoryWriter} from '../src/write/writer.ts'
import {snapshot} from './helpers/cli.ts'
import {one, parsePage, texts} from './helpers/html.ts'
import {messages} from './helpers/parse.ts'

const fixture = 'tests/fixtures/pages-site'
const config = resolveConfig({baseUrl: 'https://news.example.org/'})
const writer = new MemoryWriter()
let result: BuildResult

const text = (file: string) => String(writer.files.get(file))

beforeAll(async () => {
  result = await build({articles: `${fixture}/articles`, config, writer})
})

/** A copy of the fixture site whose pages folder `change` may edit. */
async function copy(change: (pages: string) => Promise<void> = async () => {}) {
  const root = await mkdtemp(path.join(tmpdir(), 'warraq-pages-'))
  await cp(fixture, root, {recursive: true})
  await change(path.join(root, 'pages'))
  return {root, articles: path.join(root, 'articles'), out: path.join(root, 'dist'), cache: path.join(root, '.cache')}
}

describe('pages that are not news', () => {
  it('become pages at their own address, nested ones under their folder, titled by title or heading', () => {
    expect(result.ok).toBe(true)
    const about = parsePage(text('about/index.html'))
    expect(texts(about, 'h1')).toEqual(['من نحن'])
    expect(texts(about, '.article-body strong')).toEqual(['مستقلة'])
    expect(one(about, 'meta[name=description]').properties.content).toBe('غرفة أخبار مستقلة.')
    expect(texts(parsePage(text('contact/index.html')), 'h1')).toEqual(['اتصل بنا'])
    expect(texts(parsePage(text('policies/corrections/index.html')), 'h1')).toEqual(['سياسة التصحيح'])
  })

  it('are linked from the footer of every page, numbered ones first, and listed in the sitemap', () => {
    for (const file of ['index.html', 'articles/port/index.html', '404.html', 'about/index.html']) {
      expect(texts(parsePage(text(file)), '.footer-pages a')).toEqual(['من نحن', 'سياسة التصحيح', 'اتصل بنا'])
    }
    expect(one(parsePage(text('articles/port/index.html')), '.footer-pages a').properties.href).toBe('../../about/')
    for (const url of ['about/', 'contact/', 'policies/corrections/']) {
      expect(text('sitemap.xml')).toContain(`<loc>https://news.example.org/${url}</loc>`)
    }
  })

  it('stay out of feeds, records, lists and search', () => {
    for (const file of ['feed.xml', 'atom.xml', 'feed.json', 'api/articles.json']) {
      expect(text(file)).not.toContain('من نحن')
    }
    expect(texts(parsePage(text('latest/index.html')), '.article-list h2')).toEqual(['خبر عن الميناء'])
    expect(result.articleCount).toBe(1)
    expect(
      [...writer.files.keys()].filter((file) => file.startsWith('pagefind/') && text(file).includes('من نحن'))
    ).toEqual([])
  })

  it('report a missing title, a taken address and two pages at one address, at their place', async () => {
    const site = await copy(async (pages) => {
      await writeFile(path.join(pages, 'untitled.md'), 'نص بلا عنوان.\n')
      await writeFile(path.join(pages, 'tags.md'), '---\ntitle: وسوم\n---\nنص.\n')
      await writeFile(path.join(pages, 'who.md'), '---\ntitle: من نحن مرة أخرى\nslug: About\n---\nنص.\n')
      await writeFile(path.join(pages, 'numbered.md'), '---\ntitle: 2024\n---\nنص.\n')
    })
    const failed = await build({articles: site.articles, out: site.out, config})
    expect(failed.ok).toBe(false)
    const of = (name: string) => messages(failed.files.find((file) => file.path === `../pages/${name}`)!)
    expect(of('untitled.md')).toEqual(['1:1 error page-title'])
    expect(of('tags.md')).toEqual(['1:1 error page-slug'])
    // `About` and `about` are one folder on most editors' disks.
    expect(of('who.md')).toEqual(['3:7 error duplicate-page'])
    expect(of('numbered.md')).toEqual(['2:8 error front-matter-type'])
    expect(of('about.md')).toEqual([])
  })

  it('refuse a pages folder inside the articles folder, or holding it', async () => {
    const site = await copy()
    const inside = path.join(site.articles, 'pages')
    await cp(path.join(site.root, 'pages'), inside, {recursive: true})
    await expect(build({articles: site.articles, pages: inside, writer: new MemoryWriter(), config})).rejects.toThrow(
      /holds or is held by the articles folder/
    )
    await expect(
      build({articles: site.articles, pages: site.root, writer: new MemoryWriter(), config})
    ).rejects.toThrow(/holds or is held by the articles folder/)
  })

  it('rebuild after an edit to the bytes of a clean build, and let the quick check skip only when none changed', async () => {
    const site = await copy()
    const options = {articles: site.articles, out: site.out, cache: site.cache, config, quick: true}
    await build(options)
    const unchanged = await build(options)
    expect(unchanged.reused).toBe(unchanged.written.length)
    await writeFile(path.join(site.root, 'pages', 'about.md'), '---\ntitle: عن ورّاق\norder: 1\n---\nنص جديد.\n')
    const edited = await build(options)
    expect(edited.ok).toBe(true)
    // Every page's footer names the page: all of them are written again.
    expect(edited.reused).toBeLessThan(edited.written.length)
    const clean = path.join(site.root, 'clean')
    await build({articles: site.articles, out: clean, config})
    expect(await snapshot(site.out)).toEqual(await snapshot(clean))
    expect(await readFile(path.join(site.out, 'articles/port/index.html'), 'utf8')).toContain('عن ورّاق')
  })
})
