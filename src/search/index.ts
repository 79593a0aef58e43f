import {availableParallelism} from 'node:os'
import type {SiteModel} from '../collect/site.ts'
import {fingerprint, recordFingerprint} from '../render/fingerprint.ts'
import {encodePath} from '../render/urls.ts'
import type {Article, OutputJob, SiteConfig} from '../types.ts'
import {workerPool} from '../workers/pool.ts'
import {constantJob} from '../write/writer.ts'
import {buildShard, type SearchInput, type ShardTask} from './shard.ts'

/** Folder of the search index in the output. */
export const SEARCH_FOLDER = 'pagefind'

/** The list of shards, newest first, that the search page loads: the first one's runtime, the others merged in. */
export const SHARDS_FILE = `${SEARCH_FOLDER}/shards.json`

/** One shard of the last build's search index: its fingerprint and files, to reuse when nothing searchable in it changed. */
export interface ShardManifest {
  fingerprint: string
  files: Array<{path: string; fingerprint: string}>
}

/** The search index of the last build, shard by shard (see `shardNames`). */
export interface SearchManifest {
  shards: Record<string, ShardManifest>
}

/** Input of `searchJobs`. */
export interface SearchOptions {
  site: SiteModel
  config: SiteConfig
  generator?: string
  previous?: SearchManifest
  /** Called as articles are indexed, with the count so far and the total to index. */
  onIndexed?: (done: number, total: number) => void
  /** Threads that index: 1 for one Pagefind process fed from this thread; by default one each core when there is enough to index (see `indexThreads`). */
  threads?: number
  /** Articles in the newest year from which it is split by month; `MONTH_SHARDS_FROM` by default. */
  monthShardsFrom?: number
}

/**
 * Articles to index below which one Pagefind process is faster: a worker
 * thread takes about 0.4 s to start, and Pagefind about 2.3 ms an article.
 */
export const SEARCH_POOL_MIN_ARTICLES = 1000

/** How many threads, each with its own Pagefind process, index `shards` shards of `articles` articles in all. */
export function indexThreads(
  shards: number,
  articles: number,
  requested?: number,
  cores = availableParallelism()
): number {
  const wanted = requested ?? (articles >= SEARCH_POOL_MIN_ARTICLES ? cores : 1)
  return Math.max(1, Math.min(Math.floor(wanted), shards))
}

/** The search index as output jobs that come as its shards are built, and its manifest for the next build. */
export interface SearchJobs {
  jobs: AsyncIterable<OutputJob>
  manifest: Promise<SearchManifest>
}

/**
 * Articles in the newest year from which that year is split into a shard a
 * month: Pagefind takes about 2.3 ms an article, so adding one article to a
 * shard of 400 costs about a second, and newsrooms add to the current month.
 */
export const MONTH_SHARDS_FROM = 400

/**
 * The name of each article's shard, by position in `articles` (newest
 * first): its year (`2024`), or in the newest year, once that has
 * `monthShardsFrom` articles, its month (`2025-03`). Names sort as their dates do.
 */
export function shardNames(articles: readonly Article[], monthShardsFrom = MONTH_SHARDS_FROM): string[] {
  const newestYear = articles[0]?.date.slice(0, 4)
  const inNewestYear = articles.filter((article) => article.date.startsWith(newestYear!)).length
  const byMonth = inNewestYear >= monthShardsFrom
  return articles.map((article) => article.date.slice(0, byMonth && article.date.startsWith(newestYear!) ? 7 : 4))
}

/**
 * The jobs writing the search index. Pagefind's Arabic stemmer already folds
 * attached prefixes (و، ب، ال، وال، بال), alef and hamza forms, ة/ه, ى/ي,
 * diacritics, tatweel and Arabic-Indic digits on both the index and the
 * query. Pagefind cannot update an index, so the index is split into
 * Pagefind bundles that the search page merges: one per year of
 * publication, and one per month of a busy newest year (see `shardNames`).
 * A change rebuilds only its shard (a new article, most often this month's),
 * and the others stand. Shards build in Pagefind's own processes (see
 * `indexShards`) while the caller writes the pages; their jobs come as each
 * is done.
 */
export function searchJobs(options: SearchOptions): SearchJobs {
  const {site, config} = options
  const names = shardNames(site.articles, options.monthShardsFrom)
  const members = new Map<string, Array<{article: Article; tags: SearchInput['tags']}>>()
  for (const [index, article] of site.articles.entries()) {
    const tags = site.linksOf(index).tags.map((tag) => ({name: tag.name, url: tag.url}))
    const shard = members.get(names[index]!) ?? []
    shard.push({article, tags})
    members.set(names[index]!, shard)
  }
  // Newest first, which the search page loads as its primary index.
  const shards = [...members].sort(([a], [b]) => (a < b ? 1 : -1))
  const keys = new Map(shards.map(([name, entries]) => [name, shardKey(options, name, entries)]))
  // Only what the search document shows goes to Pagefind or a worker thread, and bodies are read only when their shard starts.
  const task = (name: string): ShardTask => ({
    inputs: members.get(name)!.map(({article, tags}) => ({
      url: encodePath(article.url),
      article: {url: article.url, title: article.title, date: article.date, html: article.html},
      tags
    })),
    folder: `${SEARCH_FOLDER}/${name}`,
    config
  })
  const toIndex = shards
    .filter(([name]) => options.previous?.shards?.[name]?.fingerprint !== keys.get(name))
    .map(([name]) => name)
  const indexing = indexShards(
    toIndex.map((name) => ({size: members.get(name)!.length, make: () => task(name)})),
    options
  )
  const building = new Map(toIndex.map((name, index) => [name, indexing[index]!]))
  const manifest: SearchManifest = {shards: {}}
  let finish!: (manifest: SearchManifest) => void
  const finished = new Promise<SearchManifest>((resolve) => (finish = resolve))
  const jobs = (async function* (): AsyncGenerator<OutputJob> {
    yield constantJob({path: SHARDS_FILE, contents: `${JSON.stringify(shards.map(([name]) => name))}\n`})
    for (const [name] of shards) {
      const key = keys.get(name)!
      const shard = building.get(name)
      if (!shard) {
        // Jobs the writer reuses from the last output; a missing file sends it back to building the shard.
        const previous = options.previous!.shards[name]!
        let rebuilt: Promise<Map<string, Uint8Array>> | undefined
        const rebuild = () => {
          rebuilt ??= buildShard(task(name))
          return rebuilt
        }
        manifest.shards[name] = previous
        for (const file of previous.files) {
          yield {...file, render: async () => (await rebuild()).get(file.path) ?? new Uint8Array()}
        }
        continue
      }
      const files = [...(await shard)].map(([path, contents]) => ({
        path,
        fingerprint: fingerprint(key, path),
        render: () => contents
      }))
      manifest.shards[name] = {
        fingerprint: key,
        files: files.map(({path, fingerprint: value}) => ({path, fingerprint: value}))
      }
      yield* files
    }
    finish(manifest)
  })()
  return {jobs, manifest: finished}
}

/**
 * Builds the shards of `tasks`, in order, as soon as called: not when the
 * writer gets to the search jobs after every page. Each of `threads` queues
 * builds one shard after the other, reading its articles' bodies only when
 * it starts: through one Pagefind process fed from this thread, or on worker
 * threads that each drive a Pagefind process of their own.
 */
function indexShards(
  tasks: ReadonlyArray<{size: number; make: () => ShardTask}>,
  options: SearchOptions
): Array<Promise<Map<string, Uint8Array>>> {
  const total = tasks.reduce((sum, task) => sum + task.size, 0)
  let indexed = 0
  const onIndexed = (count: number) => {
    indexed += count
    options.onIndexed?.(indexed, total)
  }
  const threads = indexThreads(tasks.length, total, options.threads)
  const pool =
    threads > 1 ? workerPool(new URL('./shard.ts', import.meta.url), 'buildShardOnWorker', threads) : undefined
  const run = async (task: {size: number; make: () => ShardTask}): Promise<Map<string, Uint8Array>> => {
    if (!pool) return buildShard(task.make(), onIndexed)
    const files = new Map((await pool.run(task.make())) as Array<[string, Uint8Array]>)
    onIndexed(task.size)
    return files
  }
  const queues: Array<Promise<unknown>> = Array.from({length: threads}, () => Promise.resolve())
  const shards = tasks.map((task, index) => {
    const shard = queues[index % threads]!.then(() => run(task))
    queues[index % threads] = shard.catch(() => undefined)
    // Awaited by the jobs; until then a failure must not count as unhandled.
    shard.catch(() => undefined)
    return shard
  })
  if (pool) void Promise.allSettled(shards).then(() => pool.destroy())
  return shards
}

/** What a shard's index is a function of: the generator, the settings and what Pagefind reads of each of its articles. */
function shardKey(
  options: SearchOptions,
  name: string,
  entries: ReadonlyArray<{article: Article; tags: SearchInput['tags']}>
): string {
  const documents = entries.map(({article, tags}) => [recordFingerprint(article), tags])
  return fingerprint(options.generator ?? '', options.config, name, documents)
}
