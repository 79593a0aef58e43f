import path from 'node:path'

/**
 * The name an article file gives its article, for its slug and its date:
 * the file's own name without extension, or its folder's when the file is
 * `index.*` in a folder of its own, beside its pictures (`haftar/index.md`).
 */
export function articleName(source: string): string {
  const name = path.posix.basename(source, path.posix.extname(source))
  const folder = path.posix.basename(path.posix.dirname(source))
  return name.toLowerCase() === 'index' && folder !== '.' && folder !== '' ? folder : name
}
