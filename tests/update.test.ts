import * as fs from 'node:fs'
import {cp, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {build, openDiskWriter} from '../src/build.ts'
import type {OutputJob} from '../src/types.ts'
import {DiskWriter} from '../src/write/disk-writer.ts'
import {resolveConfig} from '../src/config.ts'
import {snapshot} from './helpers/cli.ts'

// The writer moves an update's files with renameSync: the tests below make it fail at a chosen call.
vi.mock('node:fs', async (original) => {
  const actual = await original<typeof import('node:fs')>()
  const renameSync = vi.fn(actual.renameSync)
  return {...actual, renameSync, default: {...(actual as unknown as {default: object}).default, renameSync}}
})
const realRename = vi.mocked(fs.renameSync).getMockImplementation()!
afterEach(() => {
  vi.mocked(fs.renameSync).mockImplementation(realRename)
})

/** Built archive fixture, then changed: one article added, one edited, one deleted. */
async function changedSite() {
  const root = await mkdtemp(path.join(tmpdir(), 'warraq-update-'))
  const articles = path.join(root, 'articles')
  await cp('tests/fixtures/archive/articles', articles, {recursive: true})
  const options = {articles, out: path.join(root, 'dist'), cache: path.join(root, 'cache'), config: resolveConfig()}
  await build(options)
  const before = await snapshot(options.out)
  await writeFile(
    path.join(articles, 'news-36.md'),
    '---\ntitle: خبر جديد\ndate: 2024-12-01\ntags: [سياسة, جديد]\n---\nنص الخبر الجديد.\n'
  )
  await writeFile(
    path.join(articles, 'news-10.md'),
    (await readFile(path.join(articles, 'news-10.md'), 'utf8')).replace('فقرة ثانية من الخبر.', 'فقرة ثانية معدلة.')
  )
  await rm(path.join(articles, 'news-20.md'))
  return {root, options, before}
}

/** How many renames the update of a changed site makes, counted on a site of its own. */
async function renamesOfAnUpdate(): Promise<number> {
  const {options} = await changedSite()
  const renames = vi.mocked(fs.renameSync)
  renames.mockClear()
  await build(options)
  return renames.mock.calls.length
}

/** Makes rename number `at` (from 1) fail, and with `dead`, every one after it as well, as if the process had died there. */
function failRename(at: number, dead: boolean) {
  let calls = 0
  vi.mocked(fs.renameSync).mockImplementation((from, to) => {
    calls++
    if (calls === at || (dead && calls > at)) throw Object.assign(new Error('EIO: i/o error, rename'), {code: 'EIO'})
    return realRename(from, to)
  })
}

describe('an update of the output, file by file', () => {
  it('touches only what changed: unchanged files keep their inode, the removed article is gone with its folder', async () => {
    const {options} = await changedSite()
    const inode = (relative: string) => fs.statSync(path.join(options.out, relative)).ino
    const unchanged = inode('articles/news-01/index.html')
    const result = await build(options)
    expect(result.reused).toBeGreaterThan(0)
    expect(inode('articles/news-01/index.html')).toBe(unchanged)
    expect(fs.existsSync(path.join(options.out, 'articles/news-20'))).toBe(false)
    expect(await readFile(path.join(options.out, 'articles/news-36/index.html'), 'utf8')).toContain('خبر جديد')
    const clean = path.join(path.dirname(options.out), 'clean')
    await build({...options, out: clean, cache: undefined})
    expect(await snapshot(options.out)).toEqual(await snapshot(clean))
    expect(await readdir(path.dirname(options.out))).toEqual(['articles', 'cache', 'clean', 'dist'])
  })

  it('writes again a file removed from the output by hand, though its inputs did not change', async () => {
    const {root, options} = await changedSite()
    await rm(path.join(options.out, 'articles/news-01/index.html'))
    await rm(path.join(options.out, 'pagefind'), {recursive: true})
    await build(options)
    const clean = path.join(root, 'clean')
    await build({...options, out: clean, cache: undefined})
    expect(await snapshot(options.out)).toEqual(await snapshot(clean))
  })

  it('after a crash, puts nothing back when the output was deleted since, and the next build is whole', async () => {
    const total = await renamesOfAnUpdate()
    const {root, options} = await changedSite()
    failRename(Math.ceil(total * 0.5), true)
    await expect(build(options)).rejects.toThrow(/EIO/)
    vi.mocked(fs.renameSync).mockImplementation(realRename)
    await rm(options.out, {recursive: true})
    await openDiskWriter(options)
    expect(await readdir(root)).toEqual(['articles', 'cache'])
    await build(options)
    const clean = path.join(root, 'clean')
    await build({...options, out: clean, cache: undefined})
    expect(await snapshot(options.out)).toEqual(await snapshot(clean))
    expect(await readdir(root)).toEqual(['articles', 'cache', 'clean', 'dist'])
  })

  it.each([0.1, 0.5, 0.95])(
    'that fails at %s of its moves is undone at once, leaving the previous output byte for byte',
    async (share) => {
      const total = await renamesOfAnUpdate()
      expect(total).toBeGreaterThan(20)
      const {root, options, before} = await changedSite()
      failRename(Math.ceil(total * share), false)
      await expect(build(options)).rejects.toThrow(/EIO/)
      expect(await snapshot(options.out)).toEqual(before)
      expect(await readdir(root)).toEqual(['articles', 'cache', 'dist'])
    }
  )

  it.each([0.1, 0.5, 0.95])(
    'cut off at %s of its moves is undone by the next run, which then builds as if nothing happened',
    async (share) => {
      const total = await renamesOfAnUpdate()
      const {root, options, before} = await changedSite()
      failRename(Math.ceil(total * share), true)
      await expect(build(options)).rejects.toThrow(/EIO/)
      // What a crash leaves: the journal, and some files moved.
      expect(await readdir(root)).toEqual(expect.arrayContaining(['dist.warraq-journal']))
      expect(await snapshot(options.out)).not.toEqual(before)
      vi.mocked(fs.renameSync).mockImplementation(realRename)
      await openDiskWriter(options)
      expect(await snapshot(options.out)).toEqual(before)
      expect(await readdir(root)).toEqual(['articles', 'cache', 'dist'])
      await build(options)
      const clean = path.join(root, 'clean')
      await build({...options, out: clean, cache: undefined})
      expect(await snapshot(options.out)).toEqual(await snapshot(clean))
    }
  )
})

describe('a writer stopped by a signal', () => {
  it('waits for the writes under way, starts no other, and leaves neither staging folder nor output', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'warraq-stop-'))
    const writer = new DiskWriter(path.join(root, 'dist'))
    await writer.begin()
    let rendered = 0
    const jobs = function* (): Generator<OutputJob> {
      for (let index = 0; index < 5000; index++)
        yield {
          path: `page-${index}/index.html`,
          fingerprint: String(index),
          render: () => {
            rendered++
            return 'x'.repeat(20_000)
          }
        }
    }
    void writer.write(jobs())
    while (rendered < 200) await new Promise((resolve) => setTimeout(resolve, 1))
    await writer.stop()
    const renderedWhenStopped = rendered
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(await readdir(root)).toEqual([])
    // Jobs rendered while the last writes finished are never written.
    expect(rendered - renderedWhenStopped).toBeLessThanOrEqual(32)
  })
})
