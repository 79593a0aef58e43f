import {cp, mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'
import {parseWorkers, POOL_MIN_FILES} from '../src/parse/pool.ts'
import {indexThreads, SEARCH_POOL_MIN_ARTICLES} from '../src/search/index.ts'
import {report} from '../src/report.ts'
import {snapshot} from './helpers/cli.ts'
import {writeCorpus} from './helpers/corpus.ts'

describe('parsing and indexing on worker threads', () => {
  it('writes byte for byte the same site, search index included, with the same messages, as one thread', async () => {
    // Markdown with and without markup, plain text, legacy encodings, raw HTML and empty files: every kind of message.
    const root = await mkdtemp(path.join(tmpdir(), 'warraq-pool-'))
    const articles = path.join(root, 'articles')
    await writeCorpus(articles, 80)
    for (const fixture of [
      'archive',
      'problems/legacy-encoding',
      'problems/raw-html',
      'problems/empty',
      'problems/line-ends'
    ]) {
      await cp(path.join('tests/fixtures', fixture, 'articles'), path.join(articles, fixture.replace('/', '-')), {
        recursive: true
      })
    }
    const config = resolveConfig()
    const single = await build({articles, out: path.join(root, 'single'), config, threads: 1})
    const pooled = await build({articles, out: path.join(root, 'pooled'), config, threads: 2})
    expect(single.ok).toBe(true)
    expect(single.articleCount).toBeGreaterThan(120)
    expect(pooled.articleCount).toBe(single.articleCount)
    expect(report(pooled.files, {root: articles})).toBe(report(single.files, {root: articles}))
    expect(report(single.files, {root: articles})).toMatch(/legacy-encoding\]/)
    const files = await snapshot(path.join(root, 'single'))
    expect(files.size).toBeGreaterThan(300)
    // Ten years of articles: ten search shards, which two threads index, each with its own Pagefind.
    expect(JSON.parse(Buffer.from(files.get('pagefind/shards.json')!, 'base64').toString())).toHaveLength(10)
    expect(await snapshot(path.join(root, 'pooled'))).toEqual(files)
  }, 60_000)

  it('parses on this thread alone for a small batch, else on a worker per core but this one, which reads and stores', () => {
    expect(parseWorkers(POOL_MIN_FILES - 1, undefined, 8)).toBe(0)
    expect(parseWorkers(POOL_MIN_FILES, undefined, 8)).toBe(7)
    expect(parseWorkers(100_000, undefined, 2)).toBe(1)
    expect(parseWorkers(100_000, undefined, 1)).toBe(0)
    expect(parseWorkers(10, 2, 2)).toBe(1)
    expect(parseWorkers(100_000, 1, 8)).toBe(0)
  })

  it('indexes on one thread for a small archive, else on as many as there are cores and shards to index', () => {
    expect(indexThreads(12, SEARCH_POOL_MIN_ARTICLES - 1, undefined, 2)).toBe(1)
    expect(indexThreads(12, SEARCH_POOL_MIN_ARTICLES, undefined, 2)).toBe(2)
    expect(indexThreads(1, 100_000, undefined, 8)).toBe(1)
    expect(indexThreads(3, 100_000, undefined, 8)).toBe(3)
    expect(indexThreads(3, 10, 2, 8)).toBe(2)
  })
})
