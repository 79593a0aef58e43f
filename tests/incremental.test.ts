import {execFile} from 'node:child_process'
import {cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {build, type BuildResult} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'
import type {SiteConfig} from '../src/types.ts'
import {snapshot} from './helpers/cli.ts'

const run = promisify(execFile)

/** A temporary site: a copy of the archive fixture, an output folder and a cache. */
async function site() {
  const root = await mkdtemp(path.join(tmpdir(), 'warraq-incremental-'))
  const articles = path.join(root, 'articles')
  await cp('tests/fixtures/archive/articles', articles, {recursive: true})
  return {root, articles, out: path.join(root, 'dist'), cache: path.join(root, 'cache')}
}

type Site = Awaited<ReturnType<typeof site>>

/** Builds incrementally into the site's output, then from scratch elsewhere; the two must be byte for byte the same. */
async function expectSameAsClean(current: Site, config: SiteConfig = resolveConfig()): Promise<BuildResult> {
  const incremental = await build({articles: current.articles, out: current.out, cache: current.cache, config})
  const clean = path.join(current.root, `clean-${Date.now()}`)
  await build({articles: current.articles, out: clean, config})
  expect(incremental.ok).toBe(true)
  expect(await snapshot(current.out)).toEqual(await snapshot(clean))
  return incremental
}

const edit = async (file: string, change: (text: string) => string) =>
  writeFile(file, change(await readFile(file, 'utf8')))

describe('incremental builds', () => {
  it('skips parsing and writing when nothing changed, leaving the output folder untouched', async () => {
    const current = await site()
    const first = await build({
      articles: current.articles,
      out: current.out,
      cache: current.cache,
      config: resolveConfig()
    })
    expect(first.parsed).toBe(35)
    const before = await stat(current.out)
    const second = await build({
      articles: current.articles,
      out: current.out,
      cache: current.cache,
      config: resolveConfig()
    })
    expect(second.parsed).toBe(0)
    expect(second.reused).toBe(second.written.length)
    expect((await stat(current.out)).ino).toBe(before.ino)
    expect(await readdir(current.root)).toEqual(['articles', 'cache', 'dist'])
  })

  it('with quick, finds nothing changed from file stamps alone, with the same messages, and notices a touched file', async () => {
    const current = await site()
    await writeFile(path.join(current.articles, 'undated.txt'), 'خبر بلا تاريخ\nنص الخبر.\n')
    const options = {
      articles: current.articles,
      out: current.out,
      cache: current.cache,
      config: resolveConfig(),
      quick: true
    }
    const first = await build(options)
    const quick = await build(options)
    expect(quick).toMatchObject({
      ok: true,
      articles: [],
      articleCount: 36,
      parsed: 0,
      written: first.written,
      reused: first.written.length
    })
    const messagesOf = (result: BuildResult) =>
      result.files.flatMap((file) =>
        file.messages.map((message) => `${file.path}:${message.line ?? 1}:${message.column ?? 1} ${message.ruleId}`)
      )
    expect(messagesOf(quick)).toEqual(messagesOf(first))
    expect(messagesOf(quick)).toContain('undated.txt:1:1 missing-date')
    // Rewriting a file with the same bytes changes its stamp: the build reads it again, finds the same inputs, and writes nothing.
    await edit(path.join(current.articles, 'news-01.md'), (text) => text)
    const touched = await build(options)
    expect(touched.articles).toHaveLength(36)
    expect(touched.reused).toBe(touched.written.length)
    // The new stamps are noted: the next build is quick again.
    expect((await build(options)).articles).toEqual([])
  })

  it('with quick, reads only the files whose stamps changed, with the messages and bytes of a clean build', async () => {
    const current = await site()
    await writeFile(path.join(current.articles, 'undated.txt'), 'خبر بلا تاريخ\nنص الخبر.\n')
    const options = {
      articles: current.articles,
      out: current.out,
      cache: current.cache,
      config: resolveConfig(),
      quick: true
    }
    expect((await build(options)).read).toBe(36)
    await writeFile(
      path.join(current.articles, 'news-36.md'),
      '---\ntitle: خبر جديد\ndate: 2024-12-01\ntags: [سياسة]\n---\nنص الخبر الجديد.\n'
    )
    const added = await build(options)
    expect(added).toMatchObject({ok: true, read: 1, parsed: 1, articleCount: 37})
    const clean = await build({
      articles: current.articles,
      out: path.join(current.root, 'clean'),
      config: resolveConfig()
    })
    const messagesOf = (result: BuildResult) =>
      result.files.flatMap((file) =>
        file.messages.map(
          (message) => `${file.path}:${message.line ?? 1}:${message.column ?? 1} ${message.ruleId} ${message.reason}`
        )
      )
    expect(messagesOf(added)).toEqual(messagesOf(clean))
    expect(messagesOf(added)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^undated\.txt:1:1 missing-date /)])
    )
    expect(await snapshot(current.out)).toEqual(await snapshot(path.join(current.root, 'clean')))
    // Without its parsed entry in the cache (nor in the pack of them all), a file with an unchanged stamp is read after all.
    await rm(path.join(current.cache, 'articles'), {recursive: true})
    await rm(path.join(current.cache, 'packs'), {recursive: true})
    await writeFile(path.join(current.articles, 'news-37.md'), '---\ntitle: خبر آخر\ndate: 2024-12-02\n---\nنص آخر.\n')
    expect(await build(options)).toMatchObject({ok: true, read: 38, parsed: 38})
  })

  it("takes the records of unchanged files from one pack of the last build's, without their own cache files", async () => {
    const current = await site()
    const options = {
      articles: current.articles,
      out: current.out,
      cache: current.cache,
      config: resolveConfig(),
      quick: true
    }
    await build(options)
    await rm(path.join(current.cache, 'articles'), {recursive: true})
    await writeFile(
      path.join(current.articles, 'news-36.md'),
      '---\ntitle: خبر جديد\ndate: 2024-12-01\n---\nنص الخبر الجديد.\n'
    )
    expect(await build(options)).toMatchObject({ok: true, read: 1, parsed: 1, articleCount: 36})
    const clean = await build({
      articles: current.articles,
      out: path.join(current.root, 'clean'),
      config: resolveConfig()
    })
    expect(clean.ok).toBe(true)
    expect(await snapshot(current.out)).toEqual(await snapshot(path.join(current.root, 'clean')))
  })

  it('with quick, rebuilds when a setting changes or a file is removed, though every remaining stamp is the same', async () => {
    const current = await site()
    const options = {
      articles: current.articles,
      out: current.out,
      cache: current.cache,
      config: resolveConfig(),
      quick: true
    }
    await build(options)
    const retitled = await build({...options, config: resolveConfig({title: 'أخبار ليبيا'})})
    expect(retitled.articles).toHaveLength(35)
    expect(await readFile(path.join(current.out, 'index.html'), 'utf8')).toContain('أخبار ليبيا')
    await rm(path.join(current.articles, 'news-05.md'))
    expect((await build({...options, config: resolveConfig({title: 'أخبار ليبيا'})})).articles).toHaveLength(34)
  })

  it('after an edit, parses that article alone, re-renders what shows it, and equals a clean build', async () => {
    const current = await site()
    await expectSameAsClean(current)
    await edit(path.join(current.articles, 'news-10.md'), (text) =>
      text.replace('فقرة ثانية من الخبر.', 'فقرة ثانية معدلة.')
    )
    const result = await expectSameAsClean(current)
    expect(result.parsed).toBe(1)
    expect(result.reused).toBeGreaterThan(0)
    expect(result.reused).toBeLessThan(result.written.length)
  })

  it('equals a clean build after an article is added', async () => {
    const current = await site()
    await expectSameAsClean(current)
    await writeFile(
      path.join(current.articles, 'news-36.md'),
      '---\ntitle: خبر جديد\ndate: 2024-12-01\ntags: [سياسة]\nauthor: سالم علي\n---\nنص الخبر الجديد.\n'
    )
    expect((await expectSameAsClean(current)).parsed).toBe(1)
  })

  it("re-indexes for search only the added article's year, and the search page lists every year's shard", async () => {
    const current = await site()
    await build({articles: current.articles, out: current.out, cache: current.cache, config: resolveConfig()})
    const inodes = async (year: string) => {
      const folder = path.join(current.out, 'pagefind', year)
      const entries = await readdir(folder, {recursive: true, withFileTypes: true})
      const files = entries
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
        .sort()
      return new Map(
        await Promise.all(files.map(async (file) => [file, (await stat(path.join(folder, file))).ino] as const))
      )
    }
    const before = {2022: await inodes('2022'), 2023: await inodes('2023'), 2024: await inodes('2024')}
    expect(before[2022].size).toBeGreaterThan(5)
    await writeFile(
      path.join(current.articles, 'news-36.md'),
      '---\ntitle: خبر جديد\ndate: 2023-06-01\ntags: [سياسة]\n---\nنص الخبر الجديد عن الميناء.\n'
    )
    await expectSameAsClean(current)
    // A file hard-linked from the previous output keeps its inode; 2023's index was built anew.
    expect(await inodes('2022')).toEqual(before[2022])
    expect(await inodes('2024')).toEqual(before[2024])
    expect((await inodes('2023')).get('pagefind-entry.json')).not.toBe(before[2023].get('pagefind-entry.json'))
    expect(JSON.parse(await readFile(path.join(current.out, 'pagefind/shards.json'), 'utf8'))).toEqual([
      '2024',
      '2023',
      '2022'
    ])
  })

  it('equals a clean build after an article is deleted, its pages gone', async () => {
    const current = await site()
    await expectSameAsClean(current)
    await rm(path.join(current.articles, 'news-35.md'))
    await expectSameAsClean(current)
    await expect(stat(path.join(current.out, 'articles/news-35/index.html'))).rejects.toThrow()
  })

  it('equals a clean build after an article is renamed', async () => {
    const current = await site()
    await expectSameAsClean(current)
    await rename(path.join(current.articles, 'news-20.md'), path.join(current.articles, 'renamed.md'))
    await expectSameAsClean(current)
    await stat(path.join(current.out, 'articles/renamed/index.html'))
  })

  it('equals a clean build after tags change', async () => {
    const current = await site()
    await expectSameAsClean(current)
    await edit(path.join(current.articles, 'news-30.md'), (text) => text.replace(/^tags: .*$/m, 'tags: [ثقافة, رياضة]'))
    await expectSameAsClean(current)
    await stat(path.join(current.out, 'tags/ثقافة/index.html'))
  })

  it('equals a clean build after the configuration changes', async () => {
    const current = await site()
    await expectSameAsClean(current)
    const result = await expectSameAsClean(current, resolveConfig({title: 'أخبار ليبيا', pageSize: 7}))
    expect(result.parsed).toBe(0)
  })

  it('keeps bodies in the cache, not in memory, and recovers from a body damaged under it', async () => {
    const current = await site()
    const options = {articles: current.articles, out: current.out, cache: current.cache, config: resolveConfig()}
    const first = await build(options)
    // With a cache, a record reads its body from disk when asked: none is held.
    expect(
      first.articles.every((article) => typeof Object.getOwnPropertyDescriptor(article, 'html')?.get === 'function')
    ).toBe(true)
    expect(first.articles.find((article) => article.slug === 'news-10')!.paragraphs).toContain('فقرة ثانية من الخبر.')
    const bodies = path.join(current.cache, 'bodies')
    for (const name of await readdir(bodies)) {
      const bytes = await readFile(path.join(bodies, name))
      await writeFile(path.join(bodies, name), bytes.subarray(0, bytes.length >> 1))
    }
    // A new title re-renders every page, which needs every body: each is parsed again from its file, with a warning.
    const retitled = {...options, config: resolveConfig({title: 'أخبار اليوم'})}
    const result = await expectSameAsClean(current, retitled.config)
    expect(result.cacheProblems).toHaveLength(35)
    expect(result.cacheProblems[0]).toMatch(/^Ignored a damaged cache file `.*bodies.*`/)
    // Their records were dropped with them: the next build parses those files and stores them anew.
    expect(await expectSameAsClean(current, retitled.config)).toMatchObject({parsed: 35, cacheProblems: []})
  })

  it('rebuilds from scratch, with a warning, when the cache is damaged, and equals a clean build', async () => {
    const current = await site()
    await expectSameAsClean(current)
    // A damaged pack sends the build to the entries' own files, one of them damaged too.
    for (const kind of ['articles', 'packs', 'manifests']) {
      const folder = path.join(current.cache, kind)
      const [first] = await readdir(folder)
      // Cut in half, as a crash while writing would leave it.
      const bytes = await readFile(path.join(folder, first!))
      await writeFile(path.join(folder, first!), bytes.subarray(0, bytes.length >> 1))
    }
    await edit(path.join(current.articles, 'news-01.md'), (text) => text.replace('نص الخبر رقم 1 ', 'نص الخبر الأول '))
    const result = await expectSameAsClean(current)
    expect(result.cacheProblems).toHaveLength(3)
    for (const problem of result.cacheProblems) expect(problem).toMatch(/^Ignored a damaged cache file/)
  })
})

describe('incremental builds of a changed template', () => {
  it('re-renders the pages of an edited template and equals a clean build', async () => {
    // A copy of Warraq itself, so its template can be edited without touching the real one.
    const root = await mkdtemp(path.join(tmpdir(), 'warraq-template-'))
    const project = path.join(root, 'warraq')
    await mkdir(project)
    for (const entry of ['bin', 'src', 'templates', 'public', 'package.json', 'package-lock.json', 'index.js'])
      await cp(entry, path.join(project, entry), {recursive: true})
    await symlink(path.resolve('node_modules'), path.join(project, 'node_modules'))
    await cp('tests/fixtures/archive/articles', path.join(root, 'articles'), {recursive: true})
    const warraq = (...args: string[]) =>
      run(process.execPath, [path.join(project, 'bin/warraq.js'), 'build', '--articles', 'articles', ...args], {
        cwd: root
      })
    await warraq('--out', 'dist')
    const searchIndex = async () => {
      const folder = path.join(root, 'dist/pagefind')
      const entries = (await readdir(folder, {recursive: true, withFileTypes: true})).filter((entry) => entry.isFile())
      const files = entries.map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
      return new Map(
        await Promise.all(files.map(async (file) => [file, (await stat(path.join(folder, file))).ino] as const))
      )
    }
    const indexed = await searchIndex()
    const data = ['api/articles.json', 'api/articles/news-01.json', 'feed.xml', 'atom.xml', 'feed.json']
    const inodes = async () => Promise.all(data.map(async (file) => (await stat(path.join(root, 'dist', file))).ino))
    const dataInodes = await inodes()
    await edit(path.join(project, 'templates/components/back-to-top.ts'), (text) =>
      text.replace('العودة إلى الأعلى', 'إلى أعلى الصفحة')
    )
    const {stdout} = await warraq('--out', 'dist')
    await warraq('--out', 'clean', '--no-cache')
    expect(stdout).toMatch(/ 0 unchanged|\(\d+ unchanged\)/)
    expect(await readFile(path.join(root, 'dist/index.html'), 'utf8')).toContain('إلى أعلى الصفحة')
    expect(await snapshot(path.join(root, 'dist'))).toEqual(await snapshot(path.join(root, 'clean')))
    // No other template shapes the search index, the records or the feeds: they stand, file for file.
    expect(await searchIndex()).toEqual(indexed)
    expect(await inodes()).toEqual(dataInodes)
    // The search document's own template does: its index is built anew.
    await edit(path.join(project, 'templates/search-document.ts'), (text) => `${text}// Edited.\n`)
    await warraq('--out', 'dist')
    expect(indexed.get('2024/pagefind-entry.json')).toBeDefined()
    expect((await searchIndex()).get('2024/pagefind-entry.json')).not.toBe(indexed.get('2024/pagefind-entry.json'))
  }, 60_000)
})
