import type {VFile} from 'vfile'
import {collectSite, type SiteModel} from './collect/site.ts'
import {compareStrings} from './collect/sort.ts'
import {loadArticles} from './load-articles.ts'
import {hasErrors} from './messages.ts'
import {renderSite} from './render/site.ts'
import {encodePath, outputPath} from './render/urls.ts'
import {createSearchIndex, type SearchIndex} from './search/index.ts'
import type {Article, Output, SiteConfig} from './types.ts'
import {publicFolder, readFolder, readFonts, templatesFolder} from './write/assets.ts'
import {checkOutputFolder, DiskWriter} from './write/disk-writer.ts'
import type {Writer} from './write/writer.ts'

/** Input of `build`. */
export interface BuildOptions {
  /** Folder holding the article files. */
  articles: string
  /** Site settings (see `resolveConfig`). */
  config: SiteConfig
  /** Output folder on disk; ignored when `writer` is given. */
  out?: string
  /** Where to write instead of `out`, such as a `MemoryWriter`. */
  writer?: Writer
  /** Replace an output folder Warraq did not create. */
  force?: boolean
}

/** Output of `build`. */
export interface BuildResult {
  /** Whether the site was written: false when any file has an error. */
  ok: boolean
  /** Published articles, newest first. */
  articles: Article[]
  /** Every article file with its messages. */
  files: VFile[]
  /** Paths written, relative to the output folder, in code-point order. */
  written: string[]
}

/**
 * Builds the site: load → parse → collect → render → write. Nothing is
 * written when any article has an error; the previous output then stays
 * exactly as it was. Throws only for mistakes in options, not in content.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const writer = options.writer ?? (await openDiskWriter(options))
  const {articles, files} = await loadArticles({articles: options.articles, config: options.config})
  const site = collectSite(articles, new Map(files.map((file) => [file.path, file])))
  if (hasErrors(files)) {
    await writer.abort()
    return {ok: false, articles, files, written: []}
  }
  try {
    const assets = [...(await readFolder(publicFolder)), ...(await readFonts())]
    const search = await createSearchIndex()
    const pages = await writer.write(indexArticles(renderSite({site, config: options.config}), site, search))
    const written = [...(await writer.write(assets)), ...pages, ...(await writer.write(await search.finish()))]
    await writer.commit()
    return {ok: true, articles, files, written: written.sort(compareStrings)}
  } catch (error) {
    await writer.abort()
    throw error
  }
}

/** Checks that `options.out` may be replaced and opens a staging writer for it. */
export async function openDiskWriter(options: Pick<BuildOptions, 'out' | 'articles' | 'force'>): Promise<DiskWriter> {
  if (options.out === undefined) throw new Error('Cannot build without `out` or `writer`')
  const sources = [options.articles, publicFolder, templatesFolder]
  await checkOutputFolder(options.out, {sources, roots: [process.cwd()]}, options.force ?? false)
  const writer = new DiskWriter(options.out)
  await writer.begin()
  return writer
}

/** Passes every output through, indexing article pages for search on the way. */
async function* indexArticles(outputs: Iterable<Output>, site: SiteModel, search: SearchIndex): AsyncGenerator<Output> {
  const articlePages = new Map(site.articles.map((article) => [outputPath(article.url), encodePath(article.url)]))
  for (const output of outputs) {
    const url = articlePages.get(output.path)
    if (url !== undefined) await search.add(url, String(output.contents))
    yield output
  }
}
