import {statSync} from 'node:fs'
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
    if (!isFolder(given)) {
      throw new UsageError(
        `Cannot read the pages folder \`${given}\`: it is not a folder; pass an existing folder with --pages`
      )
    }
    if (inside(given, articles) || inside(articles, given)) {
      throw new UsageError(
        `Cannot use \`${given}\` as the pages folder: it holds or is held by the articles folder, whose files would be read twice; keep the two apart`
      )
    }
    return given
  }
  const beside = path.join(path.dirname(path.resolve(articles)), 'pages')
  // An articles folder itself named `pages` has no pages beside it: it is not its own pages folder.
  return isFolder(beside) && !inside(beside, articles) ? beside : undefined
}

/** Whether `folder` is `other` or inside it. */
function inside(folder: string, other: string): boolean {
  const relative = path.relative(path.resolve(other), path.resolve(folder))
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

function isFolder(folder: string): boolean {
  return statSync(folder, {throwIfNoEntry: false})?.isDirectory() === true
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
    // Compared without case: on the disks of most editors' machines `About/` and `about/` are one folder.
    const first = bySlug.get(page.slug.toLowerCase())
    if (first !== undefined) {
      const reason = `Unexpected page address \`${page.url}\`, expected one page per address: \`pages/${first}\` has it too; give one of them another \`slug\``
      fail(file, reason, 'duplicate-page', page.place ?? {line: 1, column: 1})
      continue
    }
    bySlug.set(page.slug.toLowerCase(), name)
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
