import Tinypool from 'tinypool'

/** What src/launch.js leaves for a run from a bundle: where the sources are, and where the bundle is. */
interface Bundle {
  root: string
  bundle: string
}

/**
 * A pool of `threads` worker threads that each run the function `name`
 * exported by the TypeScript module `module`: from the bundle the command
 * line runs from, if any (an entry point of src/launch.js), else through tsx.
 */
export function workerPool(module: URL, name: string, threads: number): Tinypool {
  const bundle = (globalThis as {[key: symbol]: Bundle | undefined})[Symbol.for('warraq.bundle')]
  const bundled =
    bundle && module.href.startsWith(bundle.root)
      ? bundle.bundle + module.href.slice(bundle.root.length).replace(/\.ts$/, '.js')
      : undefined
  const workerData = {module: bundled ?? module.href, name, typescript: bundled === undefined}
  return new Tinypool({
    filename: new URL('./entry.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData
  })
}
