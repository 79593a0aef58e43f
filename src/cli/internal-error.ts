import {existsSync, readFileSync} from 'node:fs'
import {SourceMap} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** A position in generated JavaScript: a `file://` URL or path ending in `.js`, then `:line:column`. */
const FRAME = /((?:file:\/\/)?\/[^\s():]+\.js):(\d+):(\d+)/g

/**
 * What the command line prints for an exception that is a bug in Warraq,
 * not a mistake in the articles or flags: the stack, with positions in the
 * bundled code mapped back to the source files, and a request to report it.
 */
export function internalErrorReport(error: unknown): string {
  const stack = error instanceof Error ? (error.stack ?? `${error.name}: ${error.message}`) : String(error)
  return [
    'Internal error: this is a bug in Warraq, not a mistake in your articles.',
    sourceStack(stack),
    'Please report it to the Warraq developers with the lines above, the command you ran and `warraq --version`.'
  ].join('\n')
}

/**
 * `stack` with each position in a bundled module replaced by its source's, read
 * from the source map beside the bundle. Maps are read only here, after a
 * failure: enabling Node's source maps for every run would slow every start.
 */
export function sourceStack(stack: string): string {
  const maps = new Map<string, {map: SourceMap; folder: string} | undefined>()
  return stack.replace(FRAME, (frame, location: string, line: string, column: string) => {
    const file = location.startsWith('file://') ? fileURLToPath(location) : location
    if (!maps.has(file)) maps.set(file, readMap(file))
    const found = maps.get(file)
    if (!found) return frame
    const entry = found.map.findEntry(Number(line) - 1, Number(column) - 1) as {
      originalSource?: string
      originalLine?: number
      originalColumn?: number
    }
    if (entry.originalSource === undefined || entry.originalLine === undefined) return frame
    const source = entry.originalSource.startsWith('file://')
      ? fileURLToPath(entry.originalSource)
      : path.resolve(found.folder, entry.originalSource)
    return `${shown(source)}:${entry.originalLine + 1}:${(entry.originalColumn ?? 0) + 1}`
  })
}

function readMap(file: string): {map: SourceMap; folder: string} | undefined {
  try {
    if (!existsSync(`${file}.map`)) return undefined
    return {map: new SourceMap(JSON.parse(readFileSync(`${file}.map`, 'utf8'))), folder: path.dirname(file)}
  } catch {
    return undefined
  }
}

/** `file` relative to the working folder when it lies inside it: shorter, and what an editor's terminal links. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}
