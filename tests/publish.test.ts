import {mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'
import {snapshot} from './helpers/cli.ts'

/** A site of three articles: one published on 2024-03-05, one dated 2024-03-12, and a draft. */
async function site() {
  const root = await mkdtemp(path.join(tmpdir(), 'warraq-publish-'))
  const articles = path.join(root, 'articles')
  await mkdir(articles)
  await writeFile(path.join(articles, 'today.md'), '---\ntitle: خبر اليوم\ndate: 2024-03-05\n---\nنص خبر اليوم.\n')
  await writeFile(path.join(articles, 'later.md'), '---\ntitle: خبر لاحق\n\ndate: 2024-03-12\n---\nنص الخبر اللاحق.\n')
  await writeFile(
    path.join(articles, 'unfinished.md'),
    '---\ntitle: مسودة\ndate: 2024-03-04\ndraft: true\n---\nنص لم يكتمل.\n'
  )
  return {root, articles, out: path.join(root, 'dist'), cache: path.join(root, 'cache')}
}

/** Every message of a build as `path:line:column: rule`, for comparison. */
function messagesOf(result: Awaited<ReturnType<typeof build>>): string[] {
  return result.files.flatMap((file) =>
    file.messages.map((message) => `${file.path}:${message.line}:${message.column}: ${message.ruleId}`)
  )
}

describe('what a build publishes', () => {
  it('holds back an article dated after today, with a note at its date, and publishes it on its day', async () => {
    const current = await site()
    const options = {articles: current.articles, out: current.out, cache: current.cache, quick: true}
    const before = await build({...options, config: resolveConfig(), today: '2024-03-11'})
    expect(before.articles.map((article) => article.slug)).toEqual(['today'])
    // `date:` is on line 4 of later.md, its value at column 7.
    expect(messagesOf(before)).toEqual(['later.md:4:7: future-date', 'unfinished.md:4:8: draft'])
    const later = before.files.find((file) => file.path === 'later.md')!
    expect(later.messages[0]!.reason).toBe(
      'Held back until 2024-03-12, its date: the first build on that day publishes it; `--future` (or `future: true` in the configuration) publishes it now'
    )
    const sitemap = await readFile(path.join(current.out, 'sitemap.xml'), 'utf8')
    expect(sitemap).not.toContain('articles/later/')
    expect(sitemap).not.toContain('articles/unfinished/')

    // Nothing changed on the same day: the quick check answers, with the same messages.
    const again = await build({...options, config: resolveConfig(), today: '2024-03-11'})
    expect(again.read).toBe(0)
    expect(messagesOf(again)).toEqual(messagesOf(before))

    // On its day the same files give the article, byte for byte as a clean build of that day does.
    const due = await build({...options, config: resolveConfig(), today: '2024-03-12'})
    expect(due.articleCount).toBe(2)
    expect(messagesOf(due)).toEqual(['unfinished.md:4:8: draft'])
    const clean = path.join(current.root, 'clean')
    await build({articles: current.articles, out: clean, config: resolveConfig(), today: '2024-03-12'})
    expect(await snapshot(current.out)).toEqual(await snapshot(clean))
  })

  it('publishes future articles at once with `future`, unmarked, and drafts with `drafts`, marked', async () => {
    const current = await site()
    const config = resolveConfig({future: true, drafts: true})
    const result = await build({articles: current.articles, out: current.out, config, today: '2024-03-11'})
    expect(result.articles.map((article) => article.slug)).toEqual(['later', 'today', 'unfinished'])
    const later = await readFile(path.join(current.out, 'articles/later/index.html'), 'utf8')
    expect(later).not.toContain('status-note')
    const draft = await readFile(path.join(current.out, 'articles/unfinished/index.html'), 'utf8')
    expect(draft).toContain('<p class="status-note" role="note"><strong>مسودة: </strong>')
    const home = await readFile(path.join(current.out, 'index.html'), 'utf8')
    expect(home).toContain('<span class="status-label">مسودة</span>')
    expect(home).not.toContain('لم يُنشر بعد')
  })

  it("marks future articles as not yet published in serve's preview, on their page and in lists", async () => {
    const current = await site()
    const config = resolveConfig({future: true})
    const result = await build({
      articles: current.articles,
      out: current.out,
      config,
      today: '2024-03-11',
      preview: true
    })
    expect(result.articles.map((article) => [article.slug, article.status])).toEqual([
      ['later', 'scheduled'],
      ['today', undefined]
    ])
    const later = await readFile(path.join(current.out, 'articles/later/index.html'), 'utf8')
    expect(later).toContain(
      '<p class="status-note" role="note"><strong>لم يُنشر بعد: </strong>يظهر هذا الخبر في الموقع المنشور ابتداءً من <time datetime="2024-03-12">'
    )
    const home = await readFile(path.join(current.out, 'index.html'), 'utf8')
    expect(home).toContain('<span class="status-label">لم يُنشر بعد</span>')
    const record = JSON.parse(await readFile(path.join(current.out, 'api/articles/later.json'), 'utf8'))
    expect(record.status).toBe('scheduled')
    expect(record.places).toBeUndefined()
  })
})
