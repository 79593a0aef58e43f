import type {VFile} from 'vfile'
import {generatorKeys, type GeneratorKeys} from './cache/generator.ts'
import {storeMessages} from './cache/messages.ts'
import {Cache, type Manifest} from './cache/store.ts'
import {FUTURE_RULE, publishRules, type Selection, selectPublished} from './collect/publish.ts'
import {compareStrings} from './collect/sort.ts'
import {listArticleFiles} from './load/list-files.ts'
import {hasErrors} from './messages.ts'
import {pagesFolder} from './pages/folder.ts'
import {quickCheck, quickRecord, saveQuickRecord, type QuickRecord} from './quick-check.ts'
import {fingerprint, hashBytes} from './render/fingerprint.ts'
import type {Article, Output, OutputJob, SiteConfig} from './types.ts'
import {publicFolder, readFolder, readFonts, templatesFolder} from './write/assets.ts'
import {checkOutputFolder, DiskWriter} from './write/disk-writer.ts'
import {constantJob, type Writer, type Written} from './write/writer.ts'
import {UsageError} from './errors.ts'

/** Input of `build`. */
export interface BuildOptions {
  /** Folder holding the article files. */
  articles: string
  /** Folder of the pages that are not news (about, contact); by default `pages` beside the articles folder, if there is one. */
  pages?: string
  /** Site settings (see `resolveConfig`). */
  config: SiteConfig
  /** Output folder on disk; ignored when `writer` is given. */
  out?: string
  /** Where to write instead of `out`, such as a `MemoryWriter`. */
  writer?: Writer
  /** Replace an output folder Warraq did not create. */
  force?: boolean
  /** Folder of the persistent cache, such as `.warraq-cache`; none builds everything from scratch. */
  cache?: string
  /**
   * With `cache` and `out`: when no article file (by size, times and inode),
   * setting, template or public file changed since the last build into `out`,
   * stop at once without reading the articles. The result then has their
   * count and messages, but `articles` is empty. Otherwise, a file whose
   * stamp is unchanged is not read again: its record comes from the cache.
   */
  quick?: boolean
  /** Threads that parse articles and index them for search: 1 for this one only; by default every core when there is enough to do. */
  threads?: number
  /** Called as articles are read and files written, for a progress display. */
  onProgress?: (progress: Progress) => void
  /** Today, `YYYY-MM-DD`: articles dated later wait for their day (see `config.future`). Default: the machine's day. */
  today?: string
  /** A preview for this machine (`serve`): future articles that are published are marked as not yet published. */
  preview?: boolean
}

/** How far a build is. */
export interface Progress {
  phase: 'read' | 'index' | 'write'
  done: number
  /** Known for reading and indexing; writing does not know its total in advance. */
  total?: number
}

/** Output of `build`. */
export interface BuildResult {
  /** Whether the site was written: false when any file has an error. */
  ok: boolean
  /** Published articles, newest first; empty after a quick check found nothing changed. */
  articles: Article[]
  /** How many articles were published. */
  articleCount: number
  /** Every article file with its messages. */
  files: VFile[]
  /** Paths of the output, relative to the output folder, in code-point order. */
  written: string[]
  /** How many of them were taken unchanged from the previous build, neither rendered nor written. */
  reused: number
  /** How many article files were parsed afresh rather than taken from the cache. */
  parsed: number
  /** How many article files were read, rather than known unchanged from their stamps (see `quick`). */
  read: number
  /** How many pictures were encoded, rather than taken from the cache. */
  encoded: number
  /** Problems with the cache (damaged files, ignored), for warnings. */
  cacheProblems: string[]
}

/**
 * Builds the site: load → parse → collect → render → write. Nothing is
 * written when any article has an error; the previous output then stays
 * exactly as it was. With a cache, unchanged articles are not parsed again,
 * unchanged files are not rendered again, and when nothing changed nothing
 * is written at all; the output is byte for byte that of a clean build.
 * Throws only for mistakes in options, not in content.
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const keys = await generatorKeys()
  const cache = options.cache === undefined ? undefined : new Cache(options.cache)
  const writer = options.writer ?? (await openDiskWriter(options))
  // The quick check and the full build share one listing of the articles folder.
  const listing = options.quick ? await listArticleFiles(options.articles) : undefined
  if (listing && cache && writer instanceof DiskWriter) {
    const unchanged = await quickCheck(options, listing, keys, cache, writer)
    if (unchanged) return unchanged
  }
  const previous = await previousBuild(writer, cache, options.out)
  const {loadArticles, collectSite, renderSite, searchJobs, gatherPictures, loadPages} = await pipeline()
  const loaded = await loadArticles({
    articles: options.articles,
    config: options.config,
    cache,
    generator: keys.parse,
    listing,
    ...(options.quick && previous ? {known: previous.files} : {}),
    threads: options.threads,
    onRead: (done, total) => options.onProgress?.({phase: 'read', done, total})
  })
  const {parsed, read} = loaded
  const {pages, files: pageFiles} = await loadPages(pagesFolder(options.articles, options.pages), options.articles)
  // Page files are reported with the articles', but they are not articles: the manifest and quick check list them apart.
  const files = loaded.files
  const byPath = new Map(files.map((file) => [file.path, file]))
  const selection = selectPublished(loaded.articles, byPath, options.config, publishRules(options))
  const {articles} = selection
  const gathered = await gatherPictures(loaded.articles, articles, byPath, {
    roots: {articles: options.articles, public: publicFolder},
    ...(cache ? {cache: cache.folder} : {})
  })
  const site = collectSite(articles, byPath, {config: options.config, pictureOf: gathered.pictures.lead})
  const failed = {
    ok: false,
    articles,
    articleCount: articles.length,
    files: [...files, ...pageFiles],
    written: [],
    reused: 0,
    parsed,
    read,
    encoded: gathered.encoded,
    cacheProblems: cache?.problems ?? []
  }
  if (hasErrors(files) || hasErrors(pageFiles)) {
    await writer.abort()
    return failed
  }
  try {
    const assets = await readAssets()
    checkLogo(options.config, assets)
    // A page's days are never shown: touching its file must not count as a change.
    const sources = [
      ...files.map(
        (file) =>
          [file.path, file.data.contentHash ?? null, file.data.gitDay ?? null, file.data.modifiedDay ?? null] as const
      ),
      ...pageFiles.map((file) => [file.path, file.data.contentHash ?? null, null, null] as const)
    ]
    const inputs = inputsOf(keys, options, selection, sources, assets, gathered.used)
    const done = (written: Written[]) => ({
      ...failed,
      ok: true,
      written: written.map((item) => item.path).sort(compareStrings),
      reused: written.filter((item) => item.reused).length
    })
    if (previous?.inputs === inputs) {
      // The output is already the build of these inputs: leave it untouched, but note the files' new stamps for the next quick check.
      const result = done(Object.keys(previous.outputs).map((path) => ({path, fingerprint: '', reused: true})))
      await saveManifest(
        cache,
        options.out,
        {...previous, files: stampedFiles(files)},
        quickRecord(inputs, keys, options, files, result.written, selection, gathered.used, pageFiles)
      )
      return result
    }
    if (previous && writer instanceof DiskWriter) writer.reuseFrom(new Map(Object.entries(previous.outputs)))
    const onIndexed = (done: number, total: number) => options.onProgress?.({phase: 'index', done, total})
    // The index builds in Pagefind's process while this one renders and writes the pages; its files come last.
    const search = searchJobs({
      site,
      config: options.config,
      generator: keys.search,
      previous: previous?.search,
      threads: options.threads,
      onIndexed
    })
    const jobs = [
      assets.map(constantJob),
      renderSite({
        site,
        config: options.config,
        generator: keys.render,
        dataGenerator: keys.parse,
        pictures: gathered.pictures,
        pages
      }),
      gathered.jobs,
      search.jobs
    ]
    const written = await writer.write(counted(jobs, options.onProgress))
    await writer.commit(inputs)
    const outputs = Object.fromEntries(written.map((item) => [item.path, item.fingerprint]))
    const result = done(written)
    await saveManifest(
      cache,
      options.out,
      {inputs, outputs, search: await search.manifest, files: stampedFiles(files)},
      quickRecord(inputs, keys, options, files, result.written, selection, gathered.used, pageFiles)
    )
    return result
  } catch (error) {
    await writer.abort()
    throw error
  }
}

/**
 * The stages that parse, collect, render and index, loaded only once the
 * quick check found a change: with Markdown, YAML, hast and Pagefind's
 * client they are most of the start-up time of a build that has nothing to do.
 */
async function pipeline() {
  const [{loadArticles}, {collectSite}, {renderSite}, {searchJobs}, {gatherPictures}, {loadPages}] = await Promise.all([
    import('./load-articles.ts'),
    import('./collect/site.ts'),
    import('./render/site.ts'),
    import('./search/index.ts'),
    import('./pictures/gather.ts'),
    import('./pages/load-pages.ts')
  ])
  return {loadArticles, collectSite, renderSite, searchJobs, gatherPictures, loadPages}
}

/** What the next build needs to trust a file by its stamp: every file, or none when the listing met a problem (a link loop). */
function stampedFiles(files: readonly VFile[]): Manifest['files'] {
  if (files.some((file) => file.data.stamp === undefined)) return []
  return files.map((file) => ({
    path: file.path,
    stamp: file.data.stamp!,
    hash: file.data.contentHash!,
    modifiedDay: file.data.modifiedDay ?? null,
    // A held-back article's note belongs to this build's day, not to the file: the next build decides again.
    messages: storeMessages(file).filter((message) => message.ruleId !== FUTURE_RULE)
  }))
}

/** Stores the manifest, and the quick-check record when every file has a stamp to check. */
async function saveManifest(
  cache: Cache | undefined,
  out: string | undefined,
  manifest: Manifest,
  quick: QuickRecord | undefined
): Promise<void> {
  if (!cache || out === undefined) return
  await cache.write('manifests', Cache.manifestKey(out), manifest)
  if (quick) await saveQuickRecord(cache, out, quick)
}

/** Throws when the configured logo is not one of the public files: every page would show a broken image. */
function checkLogo(config: SiteConfig, assets: readonly Output[]): void {
  const logo = config.logo.replace(/^\//, '')
  if (logo !== '' && !assets.some((asset) => asset.path === logo)) {
    throw new UsageError(
      `Cannot use the configuration: \`logo\` \`${config.logo}\` is not a file in public/; put the logo there, or correct the name`
    )
  }
}

/** Stylesheet, script, icons and fonts, copied as they are. */
async function readAssets(): Promise<Output[]> {
  return [...(await readFolder(publicFolder)), ...(await readFonts())]
}

/**
 * Everything the output is a function of: the generator, the settings, each
 * file's bytes and the days its date may fall back to, which articles wait
 * for their day, the assets, and the pictures shown.
 */
function inputsOf(
  keys: GeneratorKeys,
  options: BuildOptions,
  selection: Selection,
  sources: ReadonlyArray<readonly [string, string | null, string | null, string | null]>,
  assets: readonly Output[],
  pictures: ReadonlyArray<readonly [string, string]>
): string {
  return fingerprint(
    keys.render,
    options.config,
    options.preview === true,
    selection.left,
    sources,
    assets.map((asset) => [asset.path, hashBytes(asset.contents)]),
    pictures
  )
}

/** All of `groups` in one stream, reporting progress every 100 jobs. */
async function* counted(
  groups: Array<Iterable<OutputJob> | AsyncIterable<OutputJob>>,
  onProgress: BuildOptions['onProgress']
): AsyncGenerator<OutputJob> {
  let done = 0
  for (const group of groups) {
    for await (const job of group) {
      yield job
      if (++done % 100 === 0) onProgress?.({phase: 'write', done})
    }
  }
}

/** The manifest of the last build into the output folder, if the folder is still exactly what that build wrote. */
async function previousBuild(
  writer: Writer,
  cache: Cache | undefined,
  out: string | undefined
): Promise<Manifest | undefined> {
  if (!cache || out === undefined || !(writer instanceof DiskWriter)) return undefined
  const manifest = await cache.read<Manifest>('manifests', Cache.manifestKey(out))
  return manifest && manifest.inputs === (await writer.currentBuild()) ? manifest : undefined
}

/** Checks that `options.out` may be replaced and opens a staging writer for it. */
export async function openDiskWriter(
  options: Pick<BuildOptions, 'out' | 'articles' | 'pages' | 'force'>
): Promise<DiskWriter> {
  if (options.out === undefined) throw new UsageError('Cannot build without `out` or `writer`')
  const pages = pagesFolder(options.articles, options.pages)
  const sources = [options.articles, ...(pages ? [pages] : []), publicFolder, templatesFolder]
  await checkOutputFolder(options.out, {sources, roots: [process.cwd()]}, options.force ?? false)
  const writer = new DiskWriter(options.out)
  await writer.begin()
  return writer
}
