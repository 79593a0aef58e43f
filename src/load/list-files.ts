import type {Dirent} from 'node:fs'
import {readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {fail, warn} from '../messages.ts'
import {UsageError} from '../errors.ts'

/** Extensions Warraq reads, and the format each holds. */
export const articleExtensions = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html'
} as const

/** What `listArticleFiles` found: article paths and problems met on the way. */
export interface ListResult {
  /** Article paths relative to the folder, `/`-separated, in code-point order. */
  paths: string[]
  /** One file per problem (a link loop, an unreadable folder), carrying its message. */
  problems: VFile[]
  /** The stamp of each path (see `stampFiles`), once taken: a quick check takes them, and the build that follows uses them. */
  stamps?: Array<string | undefined>
  /** The git days of the folder (see `gitDays`), once read: likewise. */
  days?: Map<string, string>
}

/**
 * Lists the article files under `root`, following symbolic links but never
 * into a folder already visited, so a link loop ends the walk instead of hanging it.
 */
export async function listArticleFiles(root: string): Promise<ListResult> {
  const result: ListResult = {paths: [], problems: []}
  const visited = new Set<string>()
  try {
    visited.add(await realpath(root))
  } catch (error) {
    throw new UsageError(
      `Cannot read the articles folder \`${root}\`: ${(error as NodeJS.ErrnoException).code ?? 'unknown error'}; pass an existing folder with --articles`
    )
  }
  await walk(root, '', visited, result)
  result.paths.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  return result
}

async function walk(root: string, relative: string, visited: Set<string>, result: ListResult): Promise<void> {
  let entries: Dirent[]
  try {
    entries = await readdir(path.join(root, relative), {withFileTypes: true})
  } catch (error) {
    const file = new VFile({path: relative || '.'})
    fail(file, `Cannot read folder: ${(error as NodeJS.ErrnoException).code}; check its permissions`, 'unreadable-file')
    result.problems.push(file)
    return
  }
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name
    if (entry.name.startsWith('.')) continue
    let isDirectory = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      const target = await stat(path.join(root, child)).catch(() => undefined)
      if (!target) {
        const file = new VFile({path: child})
        warn(file, 'Unexpected broken symbolic link, expected a file or folder; skipped it', 'broken-link')
        result.problems.push(file)
        continue
      }
      isDirectory = target.isDirectory()
      isFile = target.isFile()
    }
    if (isDirectory) {
      const real = await realpath(path.join(root, child))
      if (visited.has(real)) {
        const file = new VFile({path: child})
        warn(
          file,
          'Unexpected symbolic link to a folder already read (a link loop), expected a new folder; skipped it',
          'link-loop'
        )
        result.problems.push(file)
        continue
      }
      visited.add(real)
      await walk(root, child, visited, result)
    } else if (isFile && path.extname(entry.name).toLowerCase() in articleExtensions) {
      result.paths.push(child)
    }
  }
}
