import {existsSync} from 'node:fs'
import path from 'node:path'
import type {VFile} from 'vfile'
import {UsageError} from '../errors.ts'
import {listArticleFiles} from '../load/list-files.ts'
import {readArticleFile} from '../load/read-file.ts'
import {fail} from '../messages.ts'
import {compareTerms} from '../collect/terms.ts'
import {parsePage, type SitePage} from './parse-page.ts'

/** What `loadPages` found. */
export interface LoadedPages {
  /** In footer order. */
  pages: SitePage[]
  /** One per Markdown file, with its messages; paths relative to the articles folder, as every message is reported. */
  files: VFile[]
}

/** The pages folder of a site: `given`, or the folder `pages` beside the articles folder when it exists. */
export function pagesFolder(articles: string, given?: string): string | undefined {
  if (given !== undefined) {
    if (!existsSync(given))
      throw new UsageError(
        `Cannot read the pages folder \`${given}\`: it does not exist; pass an existing folder with --pages`
      )
    return given
  }
  const beside = path.join(path.dirname(path.resolve(articles)), 'pages')
  return existsSync(beside) ? beside : undefined
}

/**
 * Reads and parses every Markdown file under `folder`. Two pages at one
 * address are an error on the second. Reads nothing, and never writes,
 * when there is no folder.
 */
export async function loadPages(folder: string | undefined, articles: string): Promise<LoadedPages> {
  if (folder === undefined) return {pages: [], files: []}
  const listing = await listArticleFiles(folder)
  const names = listing.paths.filter((name) => /\.(md|markdown)$/i.test(name))
  const prefix = path.relative(path.resolve(articles), path.resolve(folder))
  const files: VFile[] = []
  const pages: SitePage[] = []
  const bySlug = new Map<string, string>()
  for (const name of names) {
    const file = await readArticleFile(path.resolve(articles), path.posix.join(prefix.split(path.sep).join('/'), name))
    files.push(file)
    const page = parsePage(file, name)
    if (!page) continue
    const first = bySlug.get(page.slug)
    if (first !== undefined) {
      fail(
        file,
        `Unexpected page address \`${page.url}\`, expected one page per address: \`${first}\` has it too; rename one`,
        'duplicate-page',
        {line: 1, column: 1}
      )
      continue
    }
    bySlug.set(page.slug, name)
    pages.push(page)
  }
  const byTitle = (a: SitePage, b: SitePage) =>
    compareTerms(
      {name: a.title, key: a.slug, url: '', articles: []},
      {name: b.title, key: b.slug, url: '', articles: []}
    )
  pages.sort((a, b) => (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY) || byTitle(a, b))
  return {pages, files: [...files, ...listing.problems]}
}
