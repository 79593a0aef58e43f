import * as pagefind from 'pagefind'
import {searchDocument} from '../../templates/search-document.ts'
import type {SiteModel} from '../collect/site.ts'
import {pageContext} from '../render/context.ts'
import {fingerprint} from '../render/fingerprint.ts'
import {toHtml} from '../render/html.ts'
import {encodePath} from '../render/urls.ts'
import type {OutputJob, SiteConfig} from '../types.ts'

/** Folder of the search index in the output. */
export const SEARCH_FOLDER = 'pagefind'

/**
 * Files of Pagefind's bundle the search page needs: the runtime, its WebAssembly
 * (Arabic, and the fallback for pages of unknown language), and the index.
 * Pagefind's own UI bundles are left out: the search page has its own.
 */
const needed = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.(ar|unknown)\.pagefind|pagefind\.[^/]+\.pf_meta|(index|fragment|filter)\/.+)$/

/** The search index of the last build: its fingerprint and files, to reuse when nothing searchable changed. */
export interface SearchManifest {
  fingerprint: string
  files: Array<{path: string; fingerprint: string}>
}

/** Input of `searchJobs`. */
export interface SearchOptions {
  site: SiteModel
  config: SiteConfig
  generator?: string
  previous?: SearchManifest
  /** Called as articles are indexed, with the count so far and the total. */
  onIndexed?: (done: number, total: number) => void
}

/** Documents sent to Pagefind at once: enough to keep it busy, few enough that the writer runs in between. */
const BATCH = 64

/** The search index as output jobs that come once it is built, and its manifest for the next build. */
export interface SearchJobs {
  jobs: AsyncIterable<OutputJob>
  manifest: Promise<SearchManifest>
}

/**
 * The jobs writing the search index. Pagefind's Arabic stemmer already folds
 * attached prefixes (و، ب، ال، وال، بال), alef and hamza forms, ة/ه, ى/ي,
 * diacritics, tatweel and Arabic-Indic digits on both the index and the
 * query. Pagefind cannot update an index, so any change to what is
 * searchable builds it anew; when nothing changed, the previous files stand.
 * Indexing starts at once and runs in Pagefind's own process while the
 * caller writes the pages: the jobs are ready only once it is done.
 */
export function searchJobs(options: SearchOptions): SearchJobs {
  const {site, config} = options
  const documents = site.articles.map((article, index) => {
    const tags = site.linksOf(index).tags.map((tag) => ({name: tag.name, url: tag.url}))
    return {url: encodePath(article.url), data: [article.url, article.title, article.date, article.html, tags], article, tags}
  })
  const key = fingerprint(options.generator ?? '', config, documents.map((document) => fingerprint(document.data)))
  if (options.previous?.fingerprint === key) {
    // Jobs the writer reuses from the last output; a missing file sends it back to building the index.
    let rebuilt: Promise<Map<string, Uint8Array>> | undefined
    const jobs = options.previous.files.map((file) => ({
      ...file,
      render: async () => {
        rebuilt ??= build(documents, config, options.onIndexed)
        return (await rebuilt).get(file.path) ?? new Uint8Array()
      }
    }))
    return {jobs: fromArray(jobs), manifest: Promise.resolve(options.previous)}
  }
  const built = build(documents, config, options.onIndexed).then((files) => {
    const jobs = [...files].map(([path, contents]) => ({path, fingerprint: fingerprint(key, path), render: () => contents}))
    return {jobs, manifest: {fingerprint: key, files: jobs.map(({path, fingerprint: value}) => ({path, fingerprint: value}))}}
  })
  // The caller awaits it through the jobs or the manifest; until then a failure must not count as unhandled.
  built.catch(() => undefined)
  return {
    jobs: (async function* () {
      yield* (await built).jobs
    })(),
    manifest: built.then((result) => result.manifest)
  }
}

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items
}

async function build(
  documents: Array<{url: string; article: SiteModel['articles'][number]; tags: Array<{name: string; url: string}>}>,
  config: SiteConfig,
  onIndexed: SearchOptions['onIndexed']
): Promise<Map<string, Uint8Array>> {
  const {index, errors} = await pagefind.createIndex({forceLanguage: 'ar'})
  if (!index) throw new Error(`Cannot start the search indexer (Pagefind): ${errors.join('; ')}`)
  const add = async (document: (typeof documents)[number]) => {
    const html = toHtml(searchDocument(pageContext(config, document.article.url), document.article, document.tags))
    const result = await index.addHTMLFile({url: document.url, content: html})
    if (result.errors.length > 0) throw new Error(`Cannot index \`${document.url}\` for search: ${result.errors.join('; ')}`)
  }
  try {
    for (let start = 0; start < documents.length; start += BATCH) {
      // A batch at a time: Pagefind works through it while this thread goes back to writing pages.
      await Promise.all(documents.slice(start, start + BATCH).map(add))
      onIndexed?.(Math.min(start + BATCH, documents.length), documents.length)
    }
    const {files, errors: fileErrors} = await index.getFiles()
    if (fileErrors.length > 0) throw new Error(`Cannot write the search index: ${fileErrors.join('; ')}`)
    return new Map(files.filter((file) => needed.test(file.path)).map((file) => [`${SEARCH_FOLDER}/${file.path}`, file.content]))
  } finally {
    await index.deleteIndex()
  }
}
