import * as pagefind from 'pagefind'
import {searchDocument, type SearchArticle} from '../../templates/search-document.ts'
import type {TermLink} from '../collect/site.ts'
import {pageContext} from '../render/context.ts'
import {toHtml} from '../render/html.ts'
import type {SiteConfig} from '../types.ts'

/**
 * Files of Pagefind's bundle the search page needs: the runtime, its WebAssembly
 * (Arabic, and the fallback for pages of unknown language), and the index.
 * Pagefind's own UI bundles are left out: the search page has its own.
 */
const needed =
  /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.(ar|unknown)\.pagefind|pagefind\.[^/]+\.pf_meta|(index|fragment|filter)\/.+)$/

/** Documents sent to Pagefind at once: enough to keep it busy, few enough that the writer runs in between. */
const BATCH = 64

/** What Pagefind reads of one article: its encoded URL, what its search document shows, and its tags. */
export interface SearchInput {
  url: string
  article: SearchArticle
  tags: TermLink[]
}

/** One shard to build: its articles, the output folder of its bundle, the settings. */
export interface ShardTask {
  inputs: SearchInput[]
  folder: string
  config: SiteConfig
}

/** Builds one Pagefind bundle of `task.inputs` and returns the files the search page needs, under `task.folder`. */
export async function buildShard(
  task: ShardTask,
  onIndexed?: (count: number) => void
): Promise<Map<string, Uint8Array>> {
  const {index, errors} = await pagefind.createIndex({forceLanguage: 'ar'})
  if (!index) throw new Error(`Cannot start the search indexer (Pagefind): ${errors.join('; ')}`)
  const add = async (input: SearchInput) => {
    const html = toHtml(searchDocument(pageContext(task.config, input.article.url), input.article, input.tags))
    const result = await index.addHTMLFile({url: input.url, content: html})
    if (result.errors.length > 0)
      throw new Error(`Cannot index \`${input.url}\` for search: ${result.errors.join('; ')}`)
  }
  try {
    for (let start = 0; start < task.inputs.length; start += BATCH) {
      // A batch at a time: Pagefind works through it while this thread goes back to other work.
      const batch = task.inputs.slice(start, start + BATCH)
      await Promise.all(batch.map(add))
      onIndexed?.(batch.length)
    }
    const {files, errors: fileErrors} = await index.getFiles()
    if (fileErrors.length > 0) throw new Error(`Cannot write the search index: ${fileErrors.join('; ')}`)
    return new Map(
      files.filter((file) => needed.test(file.path)).map((file) => [`${task.folder}/${file.path}`, file.content])
    )
  } finally {
    await index.deleteIndex()
  }
}

/** `buildShard` on a worker thread, with its own Pagefind process, stopped once the shard is done. */
export async function buildShardOnWorker(task: ShardTask): Promise<Array<[string, Uint8Array]>> {
  try {
    return [...(await buildShard(task))]
  } finally {
    await pagefind.close()
  }
}
