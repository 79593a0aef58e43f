import {availableParallelism} from 'node:os'
import Tinypool from 'tinypool'
import type {VFile} from 'vfile'
import {restoreMessages} from '../cache/messages.ts'
import {hasErrors} from '../messages.ts'
import type {Article} from '../types.ts'
import {parseArticle} from './article.ts'
import type {ParseBatch, ParseOutput} from './worker.ts'

/**
 * Files to parse below which one thread is faster: two workers take about
 * 0.5 s to load tsx and the parsers, what parsing 600 articles on the main
 * thread takes (0.66 ms an article at 10,000, `npm run bench`).
 */
export const POOL_MIN_FILES = 600

/**
 * Fewest cores for the pool to pay. On 2 cores it measured slower than one
 * thread, 7.72 s against 7.38 s for a cold build of 2,000 articles and
 * 6.7 s against 6.6 s to parse 10,000: each worker parsed at 1.2 ms an
 * article where the lone main thread took 0.66 ms, and Pagefind's indexer
 * needs the second core while pages are written.
 */
export const POOL_MIN_CORES = 3

/** Files sent to a worker at once: few messages, yet batches small enough to share out evenly. */
const BATCH_SIZE = 50

/** How many threads parse `count` files: `requested` when given, else every core for a large batch on enough cores, and one thread otherwise. */
export function parseThreads(count: number, requested?: number, cores = availableParallelism()): number {
  if (requested !== undefined) return Math.max(1, Math.floor(requested))
  return count >= POOL_MIN_FILES && cores >= POOL_MIN_CORES ? cores : 1
}

/** What becomes of each parsed record, such as storing it in the cache, given its position in `files`. */
export type KeepParsed = (index: number, article: Article | undefined) => Promise<Article | undefined>

/** Records parsed on this thread between two waits for `keep`: the cache writes catch up, and parsed bodies do not pile up. */
const KEEP_EVERY = 64

/**
 * Parses `files` (read, without errors) into records, in order, on `threads`
 * worker threads or, for 1, on this one, handing each to `keep` as soon as it
 * is parsed. Messages land on each file as if it had been parsed here, so
 * both ways give the same records and messages.
 */
export async function parseFiles(files: readonly VFile[], furniture: ReadonlySet<string>, threads: number, keep: KeepParsed, onParsed?: (count: number) => void): Promise<Array<Article | undefined>> {
  if (threads <= 1) {
    const kept: Array<Promise<Article | undefined>> = []
    for (const [index, file] of files.entries()) {
      kept.push(keep(index, parseArticle(file, {furniture})))
      onParsed?.(1)
      if (kept.length % KEEP_EVERY === 0) await Promise.all(kept.slice(-KEEP_EVERY))
    }
    return Promise.all(kept)
  }
  // A file that could not be read has its error already and nothing to parse.
  const readable = [...files.keys()].filter((index) => !hasErrors([files[index]!]))
  if (readable.length < files.length) {
    const others = [...files.keys()].filter((index) => hasErrors([files[index]!]))
    const kept: Array<Promise<Article | undefined>> = new Array(files.length)
    for (const index of others) kept[index] = keep(index, undefined)
    onParsed?.(files.length - readable.length)
    const articles = await parseFiles(readable.map((index) => files[index]!), furniture, threads, (position, article) => keep(readable[position]!, article), onParsed)
    for (const [position, index] of readable.entries()) kept[index] = Promise.resolve(articles[position])
    return Promise.all(kept)
  }
  const pool = new Tinypool({filename: new URL('./worker-entry.js', import.meta.url).href, minThreads: threads, maxThreads: threads})
  try {
    const lines = [...furniture]
    const batches: Array<Promise<Array<Article | undefined>>> = []
    for (let start = 0; start < files.length; start += BATCH_SIZE) {
      const slice = files.slice(start, start + BATCH_SIZE)
      const batch: ParseBatch = {
        furniture: lines,
        files: slice.map((file) => ({path: file.path, text: String(file.value), ...(file.data.gitDay ? {gitDay: file.data.gitDay} : {}), ...(file.data.modifiedDay ? {modifiedDay: file.data.modifiedDay} : {})}))
      }
      batches.push(
        (pool.run(batch) as Promise<ParseOutput[]>).then((outputs) => {
          onParsed?.(outputs.length)
          return Promise.all(
            outputs.map((output, offset) => {
              restoreMessages(slice[offset]!, output.messages)
              return keep(start + offset, output.article)
            })
          )
        })
      )
    }
    return (await Promise.all(batches)).flat()
  } finally {
    await pool.destroy()
  }
}
