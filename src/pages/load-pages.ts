import path from 'node:path'
import type {VFile} from 'vfile'
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
