import type {BigIntStats} from 'node:fs'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import pMap from 'p-map'

/**
 * What identifies a version of a file without reading it: size, modification
 * and change times to the nanosecond, and inode, as git's index does. Any
 * write changes the change time, so an equal stamp means equal bytes.
 */
export function stampOf(stats: BigIntStats): string {
  return `${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}:${stats.ino}`
}

/** The stamps of `paths` under `root`, or `undefined` for a file that cannot be read. */
export async function stampFiles(root: string, paths: readonly string[]): Promise<Array<string | undefined>> {
  return pMap(paths, (relative) => stat(path.join(root, relative), {bigint: true}).then(stampOf, () => undefined), {concurrency: 64})
}
