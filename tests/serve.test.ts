import {spawn, type ChildProcess} from 'node:child_process'
import {cp, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

let root: string
let child: ChildProcess
let origin: string
let output = ''

/** Fetches `pathname` from the dev server and returns status and text. */
async function get(pathname: string) {
  const response = await fetch(new URL(pathname, origin))
  return {status: response.status, text: await response.text()}
}

/** Polls `check` every 100 ms until it holds, for at most `seconds`. */
async function eventually(check: () => Promise<boolean>, seconds = 10): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${seconds} s; server said:\n${output}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'warraq-serve-'))
  await cp('tests/fixtures/archive/articles', path.join(root, 'articles'), {recursive: true})
  child = spawn(process.execPath, [path.resolve('bin/warraq.js'), 'serve', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  await eventually(async () => /Serving dist at (http:\/\/127\.0\.0\.1:\d+\/)/.test(output), 60)
  origin = /Serving dist at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output)![1]!
}, 90_000)

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGINT')
    await exited
  }
})

describe('warraq serve', () => {
  it('serves the built site on loopback, with the live-reload script added to pages only', async () => {
    const page = await get('articles/news-10/')
    expect(page.status).toBe(200)
    expect(page.text).toContain('نص الخبر رقم 10 في أرشيف الاختبار.')
    expect(page.text).toContain('<script src="/__warraq/client.js"></script></body>')
    expect(await readFile(path.join(root, 'dist/articles/news-10/index.html'), 'utf8')).not.toContain('__warraq')
    expect((await get('style.css')).status).toBe(200)
    expect((await get('no/such/page/')).status).toBe(404)
  })

  it('serves the new text within seconds after an article changes, and tells open pages to reload', async () => {
    const events = await fetch(new URL('__warraq/events', origin))
    const reader = events.body!.getReader()
    const file = path.join(root, 'articles/news-10.md')
    await writeFile(file, (await readFile(file, 'utf8')).replace('فقرة ثانية من الخبر.', 'فقرة ثانية حُدّثت للتو.'))
    await eventually(async () => (await get('articles/news-10/')).text.includes('فقرة ثانية حُدّثت للتو.'))
    let received = ''
    while (!received.includes('event: reload')) received += new TextDecoder().decode((await reader.read()).value)
    await reader.cancel()
  }, 30_000)

  it('reports a broken article to the terminal and the open page, and keeps serving the last good site', async () => {
    const events = await fetch(new URL('__warraq/events', origin))
    const reader = events.body!.getReader()
    await writeFile(path.join(root, 'articles/news-10.md'), '---\ntitle: [مكسور\ndate: 2024-01-01\n---\nنص.\n')
    let received = ''
    while (!received.includes('event: problems')) received += new TextDecoder().decode((await reader.read()).value)
    await reader.cancel()
    expect(received).toContain('articles/news-10.md:2:')
    expect(output).toContain('articles/news-10.md:2:')
    // Served from this machine, the default base URL is the right one: no warning about it.
    expect(received).not.toContain('default-base-url')
    expect(output).not.toContain('default-base-url')
    const page = await get('articles/news-10/')
    expect(page.status).toBe(200)
    expect(page.text).toContain('فقرة ثانية حُدّثت للتو.')
  }, 30_000)
})
