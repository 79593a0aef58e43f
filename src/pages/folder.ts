import {statSync} from 'node:fs'
import path from 'node:path'
import {UsageError} from '../errors.ts'

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
