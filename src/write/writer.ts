import {hashBytes} from '../render/fingerprint.ts'
import type {Output, OutputJob} from '../types.ts'

/** What became of one job: written anew, or taken unchanged from the previous build. */
export interface Written {
  path: string
  fingerprint: string
  reused: boolean
}

/** Where a build puts its files: memory in tests, a staging folder on disk otherwise. */
export interface Writer {
  /**
   * Writes every job, taking them one by one from the iterable; paths are
   * relative to the output root and checked to stay inside it. A writer may
   * reuse a file of the previous build whose fingerprint is the job's
   * instead of rendering it. Returns what it did, in the order taken.
   */
  write(jobs: Iterable<OutputJob> | AsyncIterable<OutputJob>): Promise<Written[]>
  /** Makes everything written visible at once, marked as the build of inputs `build`. */
  commit(build?: string): Promise<void>
  /** Drops everything written; the previous output stays as it was. */
  abort(): Promise<void>
}

/** A job for a file whose contents are already known: its fingerprint is the hash of those contents. */
export function constantJob(output: Output): OutputJob {
  return {path: output.path, fingerprint: hashBytes(output.contents), render: () => output.contents}
}

/** Throws unless `path` is a plain relative path that stays inside the output root. */
export function checkOutputPath(path: string): void {
  const segments = path.split('/')
  if (
    path === '' ||
    path.startsWith('/') ||
    path.includes('\\') ||
    path.includes('\0') ||
    segments.some((part) => part === '' || part === '.' || part === '..')
  ) {
    throw new Error(`Cannot write \`${path}\` without it staying inside the output folder`)
  }
}

/** A writer that keeps files in a map: for tests and for checking a site without touching the disk. */
export class MemoryWriter implements Writer {
  /** Committed files by path. */
  readonly files = new Map<string, string | Uint8Array>()
  #pending = new Map<string, string | Uint8Array>()

  async write(jobs: Iterable<OutputJob> | AsyncIterable<OutputJob>): Promise<Written[]> {
    const written: Written[] = []
    for await (const job of jobs) {
      checkOutputPath(job.path)
      this.#pending.set(job.path, await job.render())
      written.push({path: job.path, fingerprint: job.fingerprint, reused: false})
    }
    return written
  }

  async commit(): Promise<void> {
    this.files.clear()
    for (const [path, contents] of [...this.#pending].sort(([a], [b]) => (a < b ? -1 : 1)))
      this.files.set(path, contents)
    this.#pending.clear()
  }

  async abort(): Promise<void> {
    this.#pending.clear()
  }
}
