import Tinypool from 'tinypool'

/**
 * A pool of `threads` worker threads that each run the function `name`
 * exported by the TypeScript module `module`, loaded through tsx.
 */
export function workerPool(module: URL, name: string, threads: number): Tinypool {
  return new Tinypool({filename: new URL('./entry.js', import.meta.url).href, minThreads: threads, maxThreads: threads, workerData: {module: module.href, name}})
}
