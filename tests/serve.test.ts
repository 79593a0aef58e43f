import {readFile, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {ServeState} from '../src/cli/serve-state.ts'
import {eventually, type ServeProcess, startServe} from './helpers/serve.ts'

let server: ServeProcess

/** Opens the event stream; `next(name)` resolves to the data of the next event of that name. */
async function events() {
  const response = await fetch(new URL('__warraq/events', server.origin))
  const reader = response.body!.getReader()
  let received = ''
  return {
    async next(name: string): Promise<ServeState> {
      const pattern = new RegExp(`event: ${name}\\ndata: (.*)\\n\\n`)
      while (!pattern.test(received)) received += new TextDecoder().decode((await reader.read()).value)
      const [whole, data] = pattern.exec(received)!
      received = received.slice(received.indexOf(whole) + whole.length)
      return JSON.parse(data!)
    },
    close: () => reader.cancel()
  }
}

/** The build state a served page carries. */
function carried(html: string): ServeState {
  return JSON.parse(/<script type="application\/json" id="warraq-state">(.*?)<\/script>/.exec(html)![1]!)
}

beforeAll(async () => {
  server = await startServe('tests/fixtures/archive/articles')
}, 90_000)

afterAll(() => server?.stop())

describe('warraq serve', () => {
  it('serves the built site on loopback, with the build state and live-reload script added to pages only', async () => {
    const page = await server.get('articles/news-10/')
    expect(page.status).toBe(200)
    expect(page.text).toContain('نص الخبر رقم 10 في أرشيف الاختبار.')
    expect(page.text).toMatch(/<\/script><script src="\/__warraq\/client.js"><\/script><\/body>/)
    expect(carried(page.text)).toMatchObject({build: 1, ok: true, problems: []})
    const built = await readFile(path.join(server.root, 'dist/articles/news-10/index.html'), 'utf8')
    expect(built).not.toContain('__warraq')
    expect((await server.get('style.css')).status).toBe(200)
    const missing = await server.get('no/such/page/')
    expect(missing.status).toBe(404)
    expect(missing.text).toContain('id="warraq-state"')
    expect((await server.get('%E0%A4%A')).status).toBe(400)
  })

  it('sends the current build state as the event stream opens', async () => {
    const stream = await events()
    expect(await stream.next('state')).toMatchObject({build: 1, ok: true})
    await stream.close()
  })

  it('serves the new text within seconds after an article changes, and tells open pages to reload', async () => {
    const stream = await events()
    const file = path.join(server.root, 'articles/news-10.md')
    await writeFile(file, (await readFile(file, 'utf8')).replace('فقرة ثانية من الخبر.', 'فقرة ثانية حُدّثت للتو.'))
    await eventually(async () => (await server.get('articles/news-10/')).text.includes('فقرة ثانية حُدّثت للتو.'), 10)
    expect((await stream.next('reload')).ok).toBe(true)
    expect(server.output()).toContain('Rebuilding: articles/news-10.md changed')
    await stream.close()
  }, 30_000)

  it('reports a broken article to the terminal and open pages, and pages carry it until it is fixed', async () => {
    const stream = await events()
    const file = path.join(server.root, 'articles/news-10.md')
    const good = await readFile(file, 'utf8')
    await writeFile(file, '---\ntitle: [مكسور\ndate: 2024-01-01\n---\nنص.\n')
    const failed = await stream.next('problems')
    expect(failed.ok).toBe(false)
    expect(failed.problems[0]).toMatchObject({path: 'articles/news-10.md', line: 2, severity: 'error'})
    expect(failed.problems[0]!.rule).toMatch(/^[a-z-]+$/)
    expect(failed.text.heading).toBe('تعذّر بناء الموقع: الصفحة المعروضة من آخر بناء ناجح')
    expect(failed.text.summary).toBe('خطأ واحد')
    expect(server.output()).toContain('articles/news-10.md:2:')
    // Served from this machine, the default base URL is the right one: no warning about it.
    expect(JSON.stringify(failed)).not.toContain('default-base-url')
    expect(server.output()).not.toContain('default-base-url')
    const page = await server.get('articles/news-10/')
    expect(page.status).toBe(200)
    expect(page.text).toContain('فقرة ثانية حُدّثت للتو.')
    expect(carried(page.text)).toEqual(failed)

    await writeFile(file, good)
    const fixed = await stream.next('reload')
    expect(fixed).toMatchObject({ok: true, problems: []})
    expect(carried((await server.get('articles/news-10/')).text)).toEqual(fixed)
    await stream.close()
  }, 30_000)

  it('shows drafts and articles dated after today, each marked as not published', async () => {
    const folder = path.join(server.root, 'articles')
    await writeFile(
      path.join(folder, 'serve-draft.md'),
      '---\ntitle: مسودة المعاينة\ndate: 2024-03-05\ndraft: true\n---\nنص المسودة.\n'
    )
    await writeFile(path.join(folder, 'serve-later.md'), '---\ntitle: خبر الغد\ndate: 2999-01-15\n---\nنص لاحق.\n')
    await eventually(async () => (await server.get('articles/serve-later/')).status === 200, 10, server.output)
    await eventually(async () => (await server.get('articles/serve-draft/')).status === 200, 10, server.output)
    expect((await server.get('articles/serve-draft/')).text).toContain('<strong>مسودة: </strong>')
    expect((await server.get('articles/serve-later/')).text).toContain('<strong>لم يُنشر بعد: </strong>')
    const home = (await server.get('')).text
    expect(home).toContain('<span class="status-label">لم يُنشر بعد</span>')
  })
})
