import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import pMap from 'p-map'
import sharp from 'sharp'
import type {OutputJob} from '../types.ts'
import {type Encoded, encodePicture, type PictureFormat} from './encode.ts'
import {PictureStore} from './store.ts'
import {ENCODING} from './settings.ts'

/** One encoded file of a picture, as written to the site. */
export interface Derivative {
  /** Path in the site, such as `media/haftar-3f9a1c2b7e-800.webp`. */
  path: string
  width: number
  height: number
  format: PictureFormat
}

/** A processed picture: its size upright and every file, by format then width. */
export interface Picture {
  width: number
  height: number
  fallback: Encoded['fallback']
  derivatives: Derivative[]
  /** Hash of the source's bytes and the encoder settings: equal keys, equal files. */
  key: string
}

/** Output of `processPictures`. */
export interface PicturesResult {
  /** By absolute source path. */
  pictures: Map<string, Picture>
  /** Why a source could not be used, by absolute source path, for a message at each place that names it. */
  problems: Map<string, string>
  /** One job per derivative, rendered only when its path is new to the output. */
  jobs: OutputJob[]
  /** How many sources were encoded, rather than taken from the cache. */
  encoded: number
}

/** Everything besides its bytes that a picture's files depend on: the settings and the encoders' versions. */
const SETTINGS = JSON.stringify([ENCODING, sharp.versions.sharp, sharp.versions.vips])

/**
 * Days after which a cached picture no build has used is removed: long
 * enough that switching branches or restoring an old article finds it,
 * short enough that a replaced picture does not stay for ever.
 */
export const UNUSED_DAYS = 30

/** Pictures encoded at once: sharp spreads each over the cores already. */
const AT_ONCE = 2

/** The ASCII part of a file name, for readable URLs; `picture` when nothing is left. */
function stemOf(file: string): string {
  const stem = path
    .basename(file, path.extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
  return stem || 'picture'
}

/**
 * Encodes each source picture into responsive files (see `encodePicture`),
 * or takes them from `options.cache` when a picture with the same bytes was
 * encoded with the same settings before. A file name holds the key, so a
 * changed picture gets new URLs and a browser never shows a stale copy.
 * Never throws for a picture: what cannot be read is in `problems`.
 */
export async function processPictures(
  sources: readonly string[],
  options: {cache?: string} = {}
): Promise<PicturesResult> {
  const store = new PictureStore(options.cache)
  const result: PicturesResult = {pictures: new Map(), problems: new Map(), jobs: [], encoded: 0}
  const seen = new Set<string>()
  // Two sources with the same bytes (a picture copied beside two articles) are encoded once.
  const pending = new Map<string, Promise<Encoded | undefined>>()
  const problems = new Map<string, string>()
  await pMap(
    sources,
    async (source) => {
      let bytes: Uint8Array
      try {
        bytes = await readFile(source)
      } catch (error) {
        result.problems.set(source, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'})`)
        return
      }
      const key = createHash('sha256').update(SETTINGS).update(bytes).digest('hex').slice(0, 20)
      let work = pending.get(key)
      if (!work) {
        work = encodeOnce(key, bytes, store, () => result.encoded++).catch((error: Error) => {
          problems.set(key, error.message.split('\n')[0]!)
          return undefined
        })
        pending.set(key, work)
      }
      const encoded = await work
      if (!encoded) {
        result.problems.set(source, problems.get(key) ?? 'cannot be read as a picture')
        return
      }
      const stem = `media/${stemOf(source)}-${key.slice(0, 10)}`
      const derivatives = encoded.files.map((file) => ({
        path:
          file.format === 'svg' || file.format === 'gif'
            ? `${stem}.${file.format}`
            : `${stem}-${file.width}.${extension(file.format)}`,
        width: file.width,
        height: file.height,
        format: file.format
      }))
      result.pictures.set(source, {
        width: encoded.width,
        height: encoded.height,
        fallback: encoded.fallback,
        derivatives,
        key
      })
      encoded.files.forEach((file, index) => {
        const target = derivatives[index]!.path
        // Two sources with the same bytes share their files: write each once.
        if (seen.has(target)) return
        seen.add(target)
        result.jobs.push({path: target, fingerprint: `${key}:${index}`, render: () => store.bytes(key, file)})
      })
    },
    {concurrency: AT_ONCE}
  )
  await store.prune(new Set([...result.pictures.values()].map((picture) => picture.key)), UNUSED_DAYS)
  // Jobs in a fixed order, whichever picture finished first.
  result.jobs.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return result
}

/** The entry under `key`, from the store or encoded and stored; `counted` is called when it is encoded. */
async function encodeOnce(key: string, bytes: Uint8Array, store: PictureStore, counted: () => void): Promise<Encoded> {
  const stored = await store.read(key)
  if (stored) return stored
  const encoded = await encodePicture(bytes)
  counted()
  return store.write(key, encoded)
}

function extension(format: PictureFormat): string {
  return format === 'jpeg' ? 'jpg' : format
}
