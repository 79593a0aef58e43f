import {describe, expect, it} from 'vitest'
import {collectSite} from '../src/collect/site.ts'
import {resolveConfig} from '../src/config.ts'
import {searchJobs, shardNames, type SearchManifest} from '../src/search/index.ts'
import type {Article, OutputJob} from '../src/types.ts'
import {makeArticle} from './helpers/articles.ts'

const dated = (dates: string[]): Article[] =>
  dates.map((date) => makeArticle({slug: `news-${date}`, date, title: `خبر ${date}`}))

describe('search shards', () => {
  it('are years, and the months of the newest year once it has enough articles', () => {
    const articles = dated(['2025-03-02', '2025-03-01', '2025-01-09', '2024-12-31', '2024-02-01', '2023-05-05'])
    expect(shardNames(articles, 3)).toEqual(['2025-03', '2025-03', '2025-01', '2024', '2024', '2023'])
    expect(shardNames(articles, 4)).toEqual(['2025', '2025', '2025', '2024', '2024', '2023'])
    expect(shardNames([], 1)).toEqual([])
  })

  it('are rebuilt only where an article was added: its month', async () => {
    const config = resolveConfig()
    const index = async (articles: Article[], previous?: SearchManifest) => {
      let total = 0
      const search = searchJobs({
        site: collectSite(articles, new Map()),
        config,
        previous,
        monthShardsFrom: 3,
        threads: 1,
        onIndexed: (_done, all) => (total = all)
      })
      const jobs: OutputJob[] = []
      for await (const job of search.jobs) jobs.push(job)
      const shards = JSON.parse(String(await jobs.find((job) => job.path === 'pagefind/shards.json')!.render()))
      return {shards, manifest: await search.manifest, indexed: total}
    }
    const dates = ['2025-03-02', '2025-03-01', '2025-01-09', '2025-01-02', '2024-12-31', '2023-05-05']
    const first = await index(dated(dates))
    expect(first.shards).toEqual(['2025-03', '2025-01', '2024', '2023'])
    expect(first.indexed).toBe(6)
    const added = await index(dated([...dates.slice(0, 2), '2025-01-20', ...dates.slice(2)]), first.manifest)
    expect(added.shards).toEqual(['2025-03', '2025-01', '2024', '2023'])
    // The three articles of January; March, 2024 and 2023 stand.
    expect(added.indexed).toBe(3)
  }, 30_000)
})
