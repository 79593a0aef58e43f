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

/** The list of shards, newest year first, that the search page loads: the first one's runtime, the others merged in. */
export const SHARDS_FILE = `${SEARCH_FOLDER}/shards.json`

/** One shard of the last build's search index: its fingerprint and files, to reuse when nothing searchable in it changed. */
export interface ShardManifest {
  fingerprint: string
  files: Array<{path: string; fingerprint: string}>
}

/** The search index of the last build, shard by shard (by year). */
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
}

/**
 * Articles to index below which one Pagefind process is faster: a worker
 * thread takes about 0.4 s to start, and Pagefind about 2.3 ms an article.
 */
export const SEARCH_POOL_MIN_ARTICLES = 1000

/** How many threads, each with its own Pagefind process, index `shards` shards of `articles` articles in all. */
export function indexThreads(shards: number, articles: number, requested?: number, cores = availableParallelism()): number {
  const wanted = requested ?? (articles >= SEARCH_POOL_MIN_ARTICLES ? cores : 1)
  return Math.max(1, Math.min(Math.floor(wanted), shards))
}

/** The search index as output jobs that come as its shards are built, and its manifest for the next build. */
export interface SearchJobs {
  jobs: AsyncIterable<OutputJob>
  manifest: Promise<SearchManifest>
}

/**
 * The jobs writing the search index. Pagefind's Arabic stemmer already folds
 * attached prefixes (و، ب، ال، وال، بال), alef and hamza forms, ة/ه, ى/ي,
 * diacritics, tatweel and Arabic-Indic digits on both the index and the
 * query. Pagefind cannot update an index, so the index is one Pagefind
 * bundle per year of publication, which the search page merges: a change
 * rebuilds only its year's shard (a new article, most often this year's),
 * and the others stand. Shards build in Pagefind's own processes (see
 * `indexShards`) while the caller writes the pages; their jobs come as each
 * is done.
 */
export function searchJobs(options: SearchOptions): SearchJobs {
  const {site, config} = options
  const years = new Map<string, Array<{article: Article; tags: SearchInput['tags']}>>()
  for (const [index, article] of site.articles.entries()) {
    const tags = site.linksOf(index).tags.map((tag) => ({name: tag.name, url: tag.url}))
    const year = article.date.slice(0, 4)
    const shard = years.get(year) ?? []
    shard.push({article, tags})
    years.set(year, shard)
  }
  // Newest year first, which the search page loads as its primary index.
  const shards = [...years].sort(([a], [b]) => (a < b ? 1 : -1))
  const keys = new Map(shards.map(([year, entries]) => [year, shardKey(options, year, entries)]))
  // Only what the search document shows goes to Pagefind or a worker thread, and bodies are read only when their shard starts.
  const task = (year: string): ShardTask => ({
    inputs: years.get(year)!.map(({article, tags}) => ({url: encodePath(article.url), article: {url: article.url, title: article.title, date: article.date, html: article.html}, tags})),
    folder: `${SEARCH_FOLDER}/${year}`,
    config
  })
  const toIndex = shards.filter(([year]) => options.previous?.shards?.[year]?.fingerprint !== keys.get(year)).map(([year]) => year)
  const indexing = indexShards(toIndex.map((year) => ({size: years.get(year)!.length, make: () => task(year)})), options)
  const building = new Map(toIndex.map((year, index) => [year, indexing[index]!]))
  const manifest: SearchManifest = {shards: {}}
  let finish!: (manifest: SearchManifest) => void
  const finished = new Promise<SearchManifest>((resolve) => (finish = resolve))
  const jobs = (async function* (): AsyncGenerator<OutputJob> {
    yield constantJob({path: SHARDS_FILE, contents: JSON.stringify(shards.map(([year]) => year)) + '\n'})
    for (const [year] of shards) {
      const key = keys.get(year)!
      const shard = building.get(year)
      if (!shard) {
        // Jobs the writer reuses from the last output; a missing file sends it back to building the shard.
        const previous = options.previous!.shards[year]!
        let rebuilt: Promise<Map<string, Uint8Array>> | undefined
        manifest.shards[year] = previous
        for (const file of previous.files) {
          yield {...file, render: async () => ((await (rebuilt ??= buildShard(task(year)))).get(file.path) ?? new Uint8Array())}
        }
        continue
      }
      const files = [...(await shard)].map(([path, contents]) => ({path, fingerprint: fingerprint(key, path), render: () => contents}))
      manifest.shards[year] = {fingerprint: key, files: files.map(({path, fingerprint: value}) => ({path, fingerprint: value}))}
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
function indexShards(tasks: ReadonlyArray<{size: number; make: () => ShardTask}>, options: SearchOptions): Array<Promise<Map<string, Uint8Array>>> {
  const total = tasks.reduce((sum, task) => sum + task.size, 0)
  let indexed = 0
  const onIndexed = (count: number) => options.onIndexed?.((indexed += count), total)
  const threads = indexThreads(tasks.length, total, options.threads)
  const pool = threads > 1 ? workerPool(new URL('./shard.ts', import.meta.url), 'buildShardOnWorker', threads) : undefined
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
function shardKey(options: SearchOptions, year: string, entries: ReadonlyArray<{article: Article; tags: SearchInput['tags']}>): string {
  const documents = entries.map(({article, tags}) => [recordFingerprint(article), tags])
  return fingerprint(options.generator ?? '', options.config, year, documents)
}
