import {readdir, rm, stat} from 'node:fs/promises'
import path from 'node:path'
import {exitCodes, UsageError} from '../errors.ts'
import {CACHE_FOLDER} from './build-command.ts'
import type {Io} from './io.ts'

/** The folders a cache holds (see `CacheKind`), and the encoded pictures. */
const KINDS = new Set(['articles', 'bodies', 'packs', 'days', 'manifests', 'checks', 'pictures'])

/** The bytes of every file under `target`. */
async function sizeOf(target: string): Promise<number> {
  const entries = await readdir(target, {recursive: true, withFileTypes: true})
  const sizes = await Promise.all(
    entries.filter((entry) => entry.isFile()).map((entry) => stat(path.join(entry.parentPath, entry.name)))
  )
  return sizes.reduce((sum, item) => sum + item.size, 0)
}

function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`
}

/**
 * `warraq cache`: how big the cache is, by kind; `warraq cache clean`:
 * removes it, after checking that it holds only what Warraq writes there.
 */
export async function cacheCommand(action: string | undefined, io: Io, folder = CACHE_FOLDER): Promise<number> {
  if (action !== undefined && action !== 'clean') {
    throw new UsageError(`Unexpected \`cache ${action}\`, expected \`cache\` (its size) or \`cache clean\``)
  }
  const kinds = await readdir(folder).catch(() => undefined)
  if (!kinds) {
    io.stdout(`No cache at \`${folder}\`: the next build starts from scratch.`)
    return exitCodes.done
  }
  const foreign = kinds.filter((name) => !KINDS.has(name))
  if (foreign.length > 0) {
    throw new UsageError(
      `Cannot touch \`${folder}\`: it holds \`${foreign[0]}\`, which Warraq does not write; is it the cache? Remove it by hand if so`
    )
  }
  const sizes = await Promise.all(
    kinds.sort().map(async (kind) => [kind, await sizeOf(path.join(folder, kind))] as const)
  )
  const total = sizes.reduce((sum, [, size]) => sum + size, 0)
  if (action === 'clean') {
    await rm(folder, {recursive: true, force: true})
    io.stdout(`Removed \`${folder}\` (${megabytes(total)}): the next build starts from scratch.`)
  } else {
    io.stdout(
      `\`${folder}\`: ${megabytes(total)} (${sizes.map(([kind, size]) => `${kind} ${megabytes(size)}`).join(', ')})`
    )
  }
  return exitCodes.done
}
