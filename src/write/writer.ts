import type {Output} from '../types.ts'

/** Where a build puts its files: memory in tests, a staging folder on disk otherwise. */
export interface Writer {
  /**
   * Writes all `outputs`, taking them one by one from the iterable; paths are
   * relative to the output root and checked to stay inside it. Returns the paths written, in order taken.
   */
  write(outputs: Iterable<Output> | AsyncIterable<Output>): Promise<string[]>
  /** Makes everything written visible at once. */
  commit(): Promise<void>
  /** Drops everything written; the previous output stays as it was. */
  abort(): Promise<void>
}

/** Throws unless `path` is a plain relative path that stays inside the output root. */
export function checkOutputPath(path: string): void {
  const segments = path.split('/')
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.includes('\0') || segments.some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`Cannot write \`${path}\` without it staying inside the output folder`)
  }
}

/** A writer that keeps files in a map: for tests and for checking a site without touching the disk. */
export class MemoryWriter implements Writer {
  /** Committed files by path. */
  readonly files = new Map<string, string | Uint8Array>()
  #pending = new Map<string, string | Uint8Array>()

  async write(outputs: Iterable<Output> | AsyncIterable<Output>): Promise<string[]> {
    const paths: string[] = []
    for await (const output of outputs) {
      checkOutputPath(output.path)
      this.#pending.set(output.path, output.contents)
      paths.push(output.path)
    }
    return paths
  }

  async commit(): Promise<void> {
    this.files.clear()
    for (const [path, contents] of [...this.#pending].sort(([a], [b]) => (a < b ? -1 : 1))) this.files.set(path, contents)
    this.#pending.clear()
  }

  async abort(): Promise<void> {
    this.#pending.clear()
  }
}
