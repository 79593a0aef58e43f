import {availableParallelism} from 'node:os'
import type {VFile} from 'vfile'
import {restoreMessages} from '../cache/messages.ts'
import {hasErrors} from '../messages.ts'
import type {Article} from '../types.ts'
import {workerPool} from '../workers/pool.ts'
import {parseArticle} from './article.ts'
import type {ParseBatch, ParseOutput} from './worker.ts'

/**
 * Files to parse below which this thread alone is faster: a worker takes
 * about 0.4 s to load tsx and the parsers. Measured on 2 cores, cold builds
 * with one worker against none: 1,000 articles 4.6 s against 4.4 s, 2,000
 * 8.0 s against 8.2 s, 10,000 29.9 s against 32.8 s.
 */
export const POOL_MIN_FILES = 2000

/** Files sent to a worker at once: few messages, yet batches small enough to share out evenly. */
const BATCH_SIZE = 50

/**
 * How many worker threads parse `count` files, this thread reading the files
 * and storing the records meanwhile: `requested - 1` when threads are
 * requested (1: this thread parses alone), else one per core but this
 * thread's for a large batch, and none otherwise. On 2 cores one worker
 * beat two, which each parsed at half speed beside this thread's own work.
 */
export function parseWorkers(count: number, requested?: number, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(0, Math.floor(requested) - 1)
  return count >= POOL_MIN_FILES ? Math.max(0, cores - 1) : 0
}

/** What becomes of each parsed record, such as storing it in the cache, given its position in `files`. */
export type KeepParsed = (index: number, article: Article | undefined) => Promise<void>

/** Records parsed on this thread between two waits for `keep`: the cache writes catch up, and parsed bodies do not pile up. */
const KEEP_EVERY = 64

/**
 * Parses `files` into records on `workers` worker threads or, for 0, on this
 * one, handing each to `keep`, with its position in `files`, as soon as it is
 * parsed. Messages land on each file as if it had been parsed here, so both
 * ways give the same records and messages.
 */
export async function parseFiles(
  files: readonly VFile[],
  furniture: ReadonlySet<string>,
  workers: number,
  keep: KeepParsed,
  onParsed?: (count: number) => void
): Promise<void> {
  const kept: Array<Promise<void>> = []
  if (workers < 1) {
    for (const [index, file] of files.entries()) {
      kept.push(keep(index, parseArticle(file, {furniture})))
      onParsed?.(1)
      if (kept.length % KEEP_EVERY === 0) await Promise.all(kept.slice(-KEEP_EVERY))
    }
    await Promise.all(kept)
    return
  }
  // A file that could not be read has its error already and nothing to parse: a worker would not know.
  const readable: number[] = []
  for (const [index, file] of files.entries()) {
    if (!hasErrors([file])) readable.push(index)
    else {
      kept.push(keep(index, undefined))
      onParsed?.(1)
    }
  }
  const pool = workerPool(new URL('./worker.ts', import.meta.url), 'parseBatch', workers)
  try {
    const lines = [...furniture]
    const batches: Array<Promise<void>> = []
    for (let start = 0; start < readable.length; start += BATCH_SIZE) {
      const indexes = readable.slice(start, start + BATCH_SIZE)
      const batch: ParseBatch = {
        furniture: lines,
        files: indexes.map((index) => {
          const file = files[index]!
          return {
            path: file.path,
            text: String(file.value),
            ...(file.data.gitDay ? {gitDay: file.data.gitDay} : {}),
            ...(file.data.modifiedDay ? {modifiedDay: file.data.modifiedDay} : {})
          }
        })
      }
      batches.push(
        (pool.run(batch) as Promise<ParseOutput[]>).then((outputs) => {
          onParsed?.(outputs.length)
          for (const [offset, output] of outputs.entries()) {
            const index = indexes[offset]!
            restoreMessages(files[index]!, output.messages)
            kept.push(keep(index, output.article))
          }
        })
      )
    }
    await Promise.all(batches)
    await Promise.all(kept)
  } finally {
    await pool.destroy()
  }
}
