import {spawnSync} from 'node:child_process'
import {chmod, mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Element} from 'hast'
import {selectAll} from 'hast-util-select'
import {describe, expect, it} from 'vitest'
import {build} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'
import {MemoryWriter} from '../src/write/writer.ts'
import {one, parsePage, texts} from './helpers/html.ts'

/** Every element and attribute of `html` that could run code or load a page from outside. */
function activeMarkup(html: string): string[] {
  const found: string[] = []
  for (const element of selectAll('*', parsePage(html)) as Element[]) {
    const data = element.tagName === 'script' && element.properties.type === 'application/ld+json'
    if (['script', 'iframe', 'object', 'embed', 'form'].includes(element.tagName) && !data)
      found.push(`<${element.tagName}>`)
    for (const [name, value] of Object.entries(element.properties)) {
      if (/^on/i.test(name)) found.push(`${element.tagName}[${name}]`)
      if (
        ['href', 'src', 'action', 'formAction'].includes(name) &&
        /^\s*(javascript|data|vbscript):/i.test(String(value))
      )
        found.push(`${element.tagName}[${name}=${value}]`)
    }
  }
  return found
}

describe('safety of what editors drop in', () => {
  it('never lets raw HTML, event handlers or javascript:/data: URLs from Markdown or front matter become active', async () => {
    const writer = new MemoryWriter()
    const result = await build({articles: 'tests/fixtures/problems/raw-html/articles', config: resolveConfig(), writer})
    expect(result.ok).toBe(true)
    // The search page holds no article text, and its own script and form are the template's.
    const pages = [...writer.files].filter(([file]) => file.endsWith('.html') && file !== 'search/index.html')
    expect(pages.map(([file]) => file)).toEqual(
      expect.arrayContaining(['index.html', 'articles/markdown/index.html', 'articles/plain/index.html'])
    )
    for (const [file, html] of pages) expect(activeMarkup(String(html)), file).toEqual([])
    // Feeds carry article HTML as escaped text, never as markup of the feed.
    for (const [file, xml] of [...writer.files].filter(([name]) => name.endsWith('.xml')))
      expect(String(xml), file).not.toMatch(/<(script|iframe|img)\b/i)
    const article = parsePage(String(writer.files.get('articles/markdown/index.html')))
    expect(texts(article, 'h1')).toEqual(['</title><script>alert(1)</script> عنوان'])
    expect(texts(article, '.author bdi')).toEqual(['<img src=x onerror=alert(1)>'])
    expect(texts(article, '.tags li')).toEqual(['<b onclick=alert(1)>وسم', 'javascript:alert(1)'])
    expect(one(article, 'meta[name=description]').properties.content).toBe('<iframe src=https://evil.example></iframe>')
    const plain = parsePage(String(writer.files.get('articles/plain/index.html')))
    expect(texts(plain, '.article-body p')).toEqual(['<img src=x onerror=alert(1)> نص'])
    expect(texts(plain, 'h1')).toEqual(['<script>alert(1)</script>'])
  })

  it('reports an unreadable file by name and still reports the other problems of the run', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-unreadable-'))
    const articles = path.join(folder, 'articles')
    await mkdir(articles)
    await writeFile(path.join(articles, 'good.md'), '---\ndate: 2024-01-01\n---\nنص.\n')
    await writeFile(path.join(articles, 'bad-date.md'), '---\ndate: 2024-02-30\n---\nنص.\n')
    await writeFile(path.join(articles, 'secret.md'), '---\ndate: 2024-01-01\n---\nنص.\n')
    await chmod(path.join(articles, 'secret.md'), 0o000)
    const command = [
      process.execPath,
      'bin/warraq.js',
      'build',
      '--articles',
      articles,
      '--out',
      path.join(folder, 'dist')
    ]
    // Root reads any file whatever its mode: as root the build runs without the capabilities that allow it. Unlike
    // running it as `nobody`, this works wherever the checkout lies, in a folder only root may enter too.
    const drop = [
      'setpriv',
      '--inh-caps=-dac_override,-dac_read_search',
      '--bounding-set=-dac_override,-dac_read_search'
    ]
    const [program, ...args] = process.getuid?.() === 0 ? [...drop, ...command] : command
    const run = spawnSync(program!, args, {encoding: 'utf8'})
    expect(run.status).toBe(1)
    expect(run.stderr).toContain(
      `${path.join(articles, 'secret.md')}:1:1: error: Cannot read file: permission denied (EACCES)`
    )
    expect(run.stderr).toContain(`${path.join(articles, 'bad-date.md')}:2:7: error: Unexpected date \`2024-02-30\``)
  })

  it('builds a 10 MB article', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-large-'))
    const paragraph = 'التقى حفتر الجمعة وزير الدفاع التركي يشار غولر في أنقرة، ضمن زيارة رسمية يجريها إلى تركيا.\n'
    const count = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(paragraph))
    await writeFile(
      path.join(folder, 'large.txt'),
      `---\ntitle: مقال طويل جدا\ndate: 2024-01-01\n---\n${paragraph.repeat(count)}`
    )
    const writer = new MemoryWriter()
    const result = await build({articles: folder, config: resolveConfig(), writer})
    expect(result.ok).toBe(true)
    expect(result.articles[0]?.paragraphs).toHaveLength(count)
    expect(result.articles[0]?.wordCount).toBe(count * 16)
  })

  it('builds an article folder of 20,000 files', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-many-'))
    for (let index = 0; index < 20_000; index++) {
      const day = String(1 + (index % 28)).padStart(2, '0')
      await writeFile(
        path.join(folder, `n${String(index).padStart(5, '0')}.txt`),
        `---\ndate: 2024-01-${day}\n---\nخبر قصير رقم ${index}\nنص الخبر.\n`
      )
    }
    const out = path.join(folder, '..', `${path.basename(folder)}-dist`)
    const result = await build({articles: folder, out, config: resolveConfig()})
    expect(result.ok).toBe(true)
    expect(result.articles).toHaveLength(20_000)
    // Per article a page and a record; 1,000 pages of 20 in the list of all articles.
    expect(result.written.filter((file) => file.startsWith('articles/'))).toHaveLength(20_000)
    expect(result.written.filter((file) => file.startsWith('latest/page/'))).toHaveLength(999)
  }, 120_000)
})
