import {createHash, randomUUID} from 'node:crypto'
import {mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Encoded, EncodedFile} from './encode.ts'

/** What `meta.json` in a picture's cache folder records: its size and, per file, what its bytes must hash to. */
interface Meta {
  width: number
  height: number
  fallback: Encoded['fallback']
  files: Array<Omit<EncodedFile, 'bytes'> & {sha256: string}>
}

const EMPTY = new Uint8Array(0)

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function fileName(file: Pick<EncodedFile, 'format' | 'width'>): string {
  return `${file.width}.${file.format}`
}

/**
 * Encoded pictures in `<cache>/pictures/<key>/`: a file per derivative and
 * `meta.json`, written last, so a folder without it was never finished. A
 * file whose bytes do not hash as recorded makes the whole entry absent, to
 * be encoded again. Without a cache folder, or once a write fails, the
 * bytes stay in memory instead.
 */
export class PictureStore {
  readonly #folder: string | undefined
  #writable = true

  constructor(cache: string | undefined) {
    this.#folder = cache === undefined ? undefined : path.join(path.resolve(cache), 'pictures')
  }

  /** The entry under `key`, its files' bytes left on disk; `undefined` when absent or damaged. */
  async read(key: string): Promise<Encoded | undefined> {
    if (this.#folder === undefined) return undefined
    const folder = path.join(this.#folder, key)
    try {
      const meta = JSON.parse(await readFile(path.join(folder, 'meta.json'), 'utf8')) as Meta
      for (const file of meta.files) {
        if (sha256(await readFile(path.join(folder, fileName(file)))) !== file.sha256) return undefined
      }
      const files = meta.files.map(({sha256: _, ...file}) => ({...file, bytes: EMPTY}))
      // Its modification time says when a build last used the entry, for `prune`.
      const now = new Date()
      await utimes(path.join(folder, 'meta.json'), now, now).catch(() => undefined)
      return {width: meta.width, height: meta.height, fallback: meta.fallback, files}
    } catch {
      return undefined
    }
  }

  /** Stores `encoded` under `key`; returns it without its bytes once they are safely on disk. */
  async write(key: string, encoded: Encoded): Promise<Encoded> {
    if (this.#folder === undefined || !this.#writable) return encoded
    const folder = path.join(this.#folder, key)
    try {
      await mkdir(folder, {recursive: true})
      // Another build may store the same picture at the same time: each writes its own temporary files.
      const temporary = `.${process.pid}-${randomUUID()}.tmp`
      for (const file of encoded.files) {
        await writeFile(path.join(folder, fileName(file) + temporary), file.bytes)
        await rename(path.join(folder, fileName(file) + temporary), path.join(folder, fileName(file)))
      }
      const meta: Meta = {
        width: encoded.width,
        height: encoded.height,
        fallback: encoded.fallback,
        files: encoded.files.map(({bytes, ...file}) => ({...file, sha256: sha256(bytes)}))
      }
      await writeFile(path.join(folder, `meta.json${temporary}`), `${JSON.stringify(meta)}\n`)
      await rename(path.join(folder, `meta.json${temporary}`), path.join(folder, 'meta.json'))
    } catch {
      this.#writable = false
      return encoded
    }
    return {...encoded, files: encoded.files.map((file) => ({...file, bytes: EMPTY}))}
  }

  /**
   * Removes the entries no build has used for `days` days, other than
   * `keep`: pictures replaced or deleted long ago. Only folders named like
   * keys are looked at, and only inside the cache's pictures folder.
   */
  async prune(keep: ReadonlySet<string>, days: number): Promise<number> {
    if (this.#folder === undefined || !this.#writable) return 0
    const oldest = Date.now() - days * 86_400_000
    let removed = 0
    for (const key of await readdir(this.#folder).catch(() => [] as string[])) {
      if (!/^[0-9a-f]{20}$/.test(key) || keep.has(key)) continue
      const folder = path.join(this.#folder, key)
      const used = await stat(path.join(folder, 'meta.json')).catch(() => stat(folder).catch(() => undefined))
      if (used && used.mtimeMs < oldest) {
        await rm(folder, {recursive: true, force: true})
        removed++
      }
    }
    return removed
  }

  /** The bytes of one file of the entry under `key`: in memory, or read back from the cache. */
  async bytes(key: string, file: EncodedFile): Promise<Uint8Array> {
    if (file.bytes.length > 0 || this.#folder === undefined) return file.bytes
    return readFile(path.join(this.#folder, key, fileName(file)))
  }
}
