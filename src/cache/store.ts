import {readFileSync, writeFileSync} from 'node:fs'
import {mkdir, readFile, rename, writeFile} from 'node:fs/promises'
import path from 'node:path'
import {crc32} from 'node:zlib'
import {fingerprint} from '../render/fingerprint.ts'
import type {SearchManifest} from '../search/index.ts'
import type {StoredMessage} from './messages.ts'

/** Counts writes, so two writes of one key at once in one process never share a temporary file. */
let writes = 0

/** Bumped whenever the layout of cache files changes, so old caches are ignored. */
const FORMAT = 2

/**
 * First word of every cache file, whose first line is `warraq-cache FORMAT
 * CRC32 LENGTH` and the rest the JSON: a CRC-32 catches a damaged or
 * half-written file as surely as a hash would, at a fraction of the cost
 * for 10,000 records, and the JSON is parsed once (version 1 nested it as a string).
 */
const MAGIC = 'warraq-cache'

/** The folders of the cache: parsed articles without their bodies, the bodies, the parsed articles and the git days of each articles folder, and one manifest and one quick-check record per output folder. */
export type CacheKind = 'articles' | 'bodies' | 'packs' | 'days' | 'manifests' | 'checks'

/** What a build of one output folder left for the next: how to tell what changed. */
export interface Manifest {
  /** Fingerprint of every input of the build; equal means the output is already right. */
  inputs: string
  /** Fingerprint of each output file, by path. */
  outputs: Record<string, string>
  search: SearchManifest
  /** Each article file as the build saw it, in listing order: the next build does not read again a file whose stamp is the same (see `LoadOptions.known`). */
  files: Array<{path: string; stamp: string; hash: string; modifiedDay: string | null; messages: StoredMessage[]}>
}

/**
 * The persistent cache in `.warraq-cache/`: parsed articles by the
 * fingerprint of their inputs, and one manifest per output folder. Every
 * file carries a checksum: a corrupted or half-written one is reported in
 * `problems` and treated as absent, never used.
 */
export class Cache {
  readonly folder: string
  /** What was wrong with the cache, for one warning each. */
  readonly problems: string[] = []
  #unwritable = false

  constructor(folder: string) {
    this.folder = path.resolve(folder)
  }

  /** False once a write failed: nothing more is written, and what was to be read back must stay in memory. */
  get writable(): boolean {
    return !this.#unwritable
  }

  /** The entry stored under `key`, or `undefined` when absent, damaged or from an older Warraq. */
  async read<T>(kind: CacheKind, key: string): Promise<T | undefined> {
    const file = this.#path(kind, key)
    return this.#decode<T>(file, await readFile(file).catch(() => undefined))
  }

  /** `read` for a caller that cannot wait, such as an article asked for its body while a page renders. */
  readSync<T>(kind: CacheKind, key: string): T | undefined {
    const file = this.#path(kind, key)
    let bytes: Buffer | undefined
    try {
      bytes = readFileSync(file)
    } catch {
      bytes = undefined
    }
    return this.#decode<T>(file, bytes)
  }

  /** Makes the entry under `key` read as absent, by overwriting it (a build deletes nothing outside its output). */
  forget(kind: CacheKind, key: string): void {
    try {
      writeFileSync(this.#path(kind, key), '{}\n')
    } catch {
      // Nothing there, or a cache that cannot be written: nothing to forget.
    }
  }

  #path(kind: CacheKind, key: string): string {
    return path.join(this.folder, kind, `${key}.json`)
  }

  #decode<T>(file: string, bytes: Buffer | undefined): T | undefined {
    if (bytes === undefined) return undefined
    const newline = bytes.indexOf(0x0a)
    const [magic, format, checksum, length] = bytes.subarray(0, Math.max(newline, 0)).toString('latin1').split(' ')
    // An older Warraq's cache (JSON from the first byte) is not damage: its entries are simply not there.
    if (magic !== MAGIC && bytes[0] === 0x7b) return undefined
    const body = bytes.subarray(newline + 1)
    if (
      magic === MAGIC &&
      format === String(FORMAT) &&
      length === String(body.length) &&
      checksum === String(crc32(body))
    ) {
      try {
        return JSON.parse(body.toString('utf8')) as T
      } catch {
        // Fall through: unreadable JSON with a right checksum was written damaged.
      }
    }
    this.problems.push(`Ignored a damaged cache file \`${path.relative(process.cwd(), file)}\`; rebuilt what it held`)
    return undefined
  }

  /**
   * Stores `value` under `key`, atomically: a reader sees the old file or the
   * new one, never half of one. A cache that cannot be written (a read-only
   * folder, a full disk) costs speed, not the build: one problem is noted
   * and writing stops.
   */
  async write(kind: CacheKind, key: string, value: unknown): Promise<void> {
    if (this.#unwritable) return
    const folder = path.join(this.folder, kind)
    const body = Buffer.from(JSON.stringify(value))
    const temporary = path.join(folder, `.${key}.${process.pid}.${++writes}.tmp`)
    try {
      await mkdir(folder, {recursive: true})
      await writeFile(
        temporary,
        Buffer.concat([Buffer.from(`${MAGIC} ${FORMAT} ${crc32(body)} ${body.length}\n`), body])
      )
      await rename(temporary, path.join(folder, `${key}.json`))
    } catch (error) {
      this.#unwritable = true
      this.problems.push(
        `Cannot write the cache in \`${path.relative(process.cwd(), this.folder) || '.'}\` (${(error as NodeJS.ErrnoException).code}); the next build will not be faster`
      )
    }
  }

  /** The key of the manifest of output folder `out`. */
  static manifestKey(out: string): string {
    return fingerprint('manifest', path.resolve(out))
  }
}
