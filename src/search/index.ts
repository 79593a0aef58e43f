import * as pagefind from 'pagefind'
import {searchDocument} from '../../templates/search-document.ts'
import type {SiteModel} from '../collect/site.ts'
import {pageContext} from '../render/context.ts'
import {fingerprint, recordFingerprint} from '../render/fingerprint.ts'
import {toHtml} from '../render/html.ts'
import {encodePath} from '../render/urls.ts'
import type {Article, OutputJob, SiteConfig} from '../types.ts'
import {constantJob} from '../write/writer.ts'

/** Folder of the search index in the output. */
export const SEARCH_FOLDER = 'pagefind'

/** The list of shards, newest year first, that the search page loads: the first one's runtime, the others merged in. */
export const SHARDS_FILE = `${SEARCH_FOLDER}/shards.json`

/**
 * Files of Pagefind's bundle the search page needs: the runtime, its WebAssembly
 * (Arabic, and the fallback for pages of unknown language), and the index.
 * Pagefind's own UI bundles are left out: the search page has its own.
 */
const needed = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.(ar|unknown)\.pagefind|pagefind\.[^/]+\.pf_meta|(index|fragment|filter)\/.+)$/

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
}

/** Documents sent to Pagefind at once: enough to keep it busy, few enough that the writer runs in between. */
const BATCH = 64

/** The search index as output jobs that come as its shards are built, and its manifest for the next build. */
export interface SearchJobs {
  jobs: AsyncIterable<OutputJob>
  manifest: Promise<SearchManifest>
}

/** What Pagefind reads of one article. */
interface SearchInput {
  url: string
  article: Article
  tags: Array<{name: string; url: string}>
}

/**
 * The jobs writing the search index. Pagefind's Arabic stemmer already folds
 * attached prefixes (و، ب، ال، وال، بال), alef and hamza forms, ة/ه, ى/ي,
 * diacritics, tatweel and Arabic-Indic digits on both the index and the
 * query. Pagefind cannot update an index, so the index is one Pagefind
 * bundle per year of publication, which the search page merges: a change
 * rebuilds only its year's shard (a new article, most often this year's),
 * and the others stand. Shards build one after the other in Pagefind's own
 * process while the caller writes the pages; their jobs come as each is done.
 */
export function searchJobs(options: SearchOptions): SearchJobs {
  const {site, config} = options
  const years = new Map<string, SearchInput[]>()
  for (const [index, article] of site.articles.entries()) {
    const tags = site.linksOf(index).tags.map((tag) => ({name: tag.name, url: tag.url}))
    const year = article.date.slice(0, 4)
    const shard = years.get(year) ?? []
    shard.push({url: encodePath(article.url), article, tags})
    years.set(year, shard)
  }
  // Newest year first, which the search page loads as its primary index.
  const shards = [...years].sort(([a], [b]) => (a < b ? 1 : -1))
  const keys = new Map(shards.map(([year, inputs]) => [year, shardKey(options, year, inputs)]))
  const toIndex = shards.filter(([year]) => options.previous?.shards?.[year]?.fingerprint !== keys.get(year))
  const total = toIndex.reduce((sum, [, inputs]) => sum + inputs.length, 0)
  let indexed = 0
  const onIndexed = (count: number) => options.onIndexed?.((indexed += count), total)
  // Indexing starts now, a shard after the other, not when the writer gets to the search jobs after every page.
  const building = new Map<string, Promise<Map<string, Uint8Array>>>()
  let queue: Promise<unknown> = Promise.resolve()
  for (const [year, inputs] of toIndex) {
    const shard = queue.then(() => buildShard(inputs, `${SEARCH_FOLDER}/${year}`, config, onIndexed))
    // Awaited by the jobs; until then a failure must not count as unhandled, nor stop the shards after it.
    shard.catch(() => undefined)
    queue = shard.catch(() => undefined)
    building.set(year, shard)
  }
  const manifest: SearchManifest = {shards: {}}
  const built = (async function* (): AsyncGenerator<OutputJob> {
    yield constantJob({path: SHARDS_FILE, contents: JSON.stringify(shards.map(([year]) => year)) + '\n'})
    for (const [year, inputs] of shards) {
      const key = keys.get(year)!
      const shard = building.get(year)
      if (!shard) {
        // Jobs the writer reuses from the last output; a missing file sends it back to building the shard.
        const previous = options.previous!.shards[year]!
        let rebuilt: Promise<Map<string, Uint8Array>> | undefined
        manifest.shards[year] = previous
        for (const file of previous.files) {
          yield {...file, render: async () => ((await (rebuilt ??= buildShard(inputs, `${SEARCH_FOLDER}/${year}`, config))).get(file.path) ?? new Uint8Array())}
        }
        continue
      }
      const jobs = [...(await shard)].map(([path, contents]) => ({path, fingerprint: fingerprint(key, path), render: () => contents}))
      manifest.shards[year] = {fingerprint: key, files: jobs.map(({path, fingerprint: value}) => ({path, fingerprint: value}))}
      yield* jobs
    }
  })()
  let finished!: () => void
  const done = new Promise<void>((resolve) => (finished = resolve))
  return {
    jobs: (async function* () {
      yield* built
      finished()
    })(),
    manifest: done.then(() => manifest)
  }
}

/** What a shard's index is a function of: the generator, the settings and what Pagefind reads of each of its articles. */
function shardKey(options: SearchOptions, year: string, inputs: readonly SearchInput[]): string {
  const documents = inputs.map(({article, tags}) => [recordFingerprint(article), tags])
  return fingerprint(options.generator ?? '', options.config, year, documents)
}

/** Builds one Pagefind bundle of `inputs` and returns the files the search page needs, under `folder`. */
async function buildShard(inputs: readonly SearchInput[], folder: string, config: SiteConfig, onIndexed?: (count: number) => void): Promise<Map<string, Uint8Array>> {
  const {index, errors} = await pagefind.createIndex({forceLanguage: 'ar'})
  if (!index) throw new Error(`Cannot start the search indexer (Pagefind): ${errors.join('; ')}`)
  const add = async (input: SearchInput) => {
    const html = toHtml(searchDocument(pageContext(config, input.article.url), input.article, input.tags))
    const result = await index.addHTMLFile({url: input.url, content: html})
    if (result.errors.length > 0) throw new Error(`Cannot index \`${input.url}\` for search: ${result.errors.join('; ')}`)
  }
  try {
    for (let start = 0; start < inputs.length; start += BATCH) {
      // A batch at a time: Pagefind works through it while this thread goes back to writing pages.
      const batch = inputs.slice(start, start + BATCH)
      await Promise.all(batch.map(add))
      onIndexed?.(batch.length)
    }
    const {files, errors: fileErrors} = await index.getFiles()
    if (fileErrors.length > 0) throw new Error(`Cannot write the search index: ${fileErrors.join('; ')}`)
    return new Map(files.filter((file) => needed.test(file.path)).map((file) => [`${folder}/${file.path}`, file.content]))
  } finally {
    await index.deleteIndex()
  }
}
