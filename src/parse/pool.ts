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

/**
 * Parses `files` (read, without errors) into records, in order, on `threads`
 * worker threads or, for 1, on this one. Messages land on each file as if it
 * had been parsed here, so both ways give the same records and messages.
 */
export async function parseFiles(files: readonly VFile[], furniture: ReadonlySet<string>, threads: number, onParsed?: (count: number) => void): Promise<Array<Article | undefined>> {
  if (threads <= 1) {
    return files.map((file) => {
      const article = parseArticle(file, {furniture})
      onParsed?.(1)
      return article
    })
  }
  // A file that could not be read has its error already and nothing to parse.
  const readable = files.filter((file) => !hasErrors([file]))
  if (readable.length < files.length) {
    const articles = await parseFiles(readable, furniture, threads, onParsed)
    const byFile = new Map(readable.map((file, index) => [file, articles[index]]))
    onParsed?.(files.length - readable.length)
    return files.map((file) => byFile.get(file))
  }
  const pool = new Tinypool({filename: new URL('./worker-entry.js', import.meta.url).href, minThreads: threads, maxThreads: threads})
  try {
    const lines = [...furniture]
    const batches: Array<Promise<ParseOutput[]>> = []
    for (let start = 0; start < files.length; start += BATCH_SIZE) {
      const slice = files.slice(start, start + BATCH_SIZE)
      const batch: ParseBatch = {
        furniture: lines,
        files: slice.map((file) => ({path: file.path, text: String(file.value), ...(file.data.gitDay ? {gitDay: file.data.gitDay} : {}), ...(file.data.modifiedDay ? {modifiedDay: file.data.modifiedDay} : {})}))
      }
      batches.push(
        (pool.run(batch) as Promise<ParseOutput[]>).then((outputs) => {
          onParsed?.(outputs.length)
          return outputs
        })
      )
    }
    const outputs = (await Promise.all(batches)).flat()
    return outputs.map((output, index) => {
      restoreMessages(files[index]!, output.messages)
      return output.article
    })
  } finally {
    await pool.destroy()
  }
}
