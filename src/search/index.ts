import * as pagefind from 'pagefind'
import type {Output} from '../types.ts'

/** Folder of the search index in the output. */
export const SEARCH_FOLDER = 'pagefind'

/**
 * Files of Pagefind's bundle the search page needs: the runtime, its WebAssembly
 * (Arabic, and the fallback for pages of unknown language), and the index.
 * Pagefind's own UI bundles are left out: the search page has its own.
 */
const needed = /^(pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|wasm\.(ar|unknown)\.pagefind|pagefind\.[^/]+\.pf_meta|(index|fragment|filter)\/.+)$/

/** A search index being filled while the site renders. */
export interface SearchIndex {
  /** Indexes one article page; only the part marked `data-pagefind-body` counts. */
  add(url: string, html: string): Promise<void>
  /** The index files, under `pagefind/`, and frees the index. */
  finish(): Promise<Output[]>
}

/**
 * Starts a Pagefind index in Arabic. Pagefind's Arabic stemmer already folds
 * attached prefixes (و، ب، ال، وال، بال), alef and hamza forms, ة/ه, ى/ي,
 * diacritics, tatweel and Arabic-Indic digits on both the index and the query.
 */
export async function createSearchIndex(): Promise<SearchIndex> {
  const {index, errors} = await pagefind.createIndex({forceLanguage: 'ar'})
  if (!index) throw new Error(`Cannot start the search indexer (Pagefind): ${errors.join('; ')}`)
  return {
    async add(url, html) {
      const result = await index.addHTMLFile({url, content: html})
      if (result.errors.length > 0) throw new Error(`Cannot index \`${url}\` for search: ${result.errors.join('; ')}`)
    },
    async finish() {
      const {files, errors: fileErrors} = await index.getFiles()
      await index.deleteIndex()
      if (fileErrors.length > 0) throw new Error(`Cannot write the search index: ${fileErrors.join('; ')}`)
      return files.filter((file) => needed.test(file.path)).map((file) => ({path: `${SEARCH_FOLDER}/${file.path}`, contents: file.content}))
    }
  }
}
