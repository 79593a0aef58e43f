import {existsSync, renameSync, rmSync} from 'node:fs'
import {link, mkdir, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import pMap from 'p-map'
import type {OutputJob} from '../types.ts'
import {checkOutputPath, type Writer, type Written} from './writer.ts'

/** The file that marks a folder as Warraq's output, safe to replace. */
export const OUTPUT_MARKER = '.warraq-output'
const MARKER_TEXT = 'This folder is built by Warraq and replaced whole on every build.\n'
const BUILD_LINE = /^build (\S+)$/m
/** Files written at once; enough to keep the disk busy without exhausting file handles. */
const CONCURRENCY = 32

/**
 * Writes into a staging folder beside the output folder and, on commit,
 * swaps it in by two renames, so the output is never half-written. Only
 * folders carrying the marker (or the staging and old folders it names
 * itself) are ever deleted.
 */
export class DiskWriter implements Writer {
  readonly out: string
  readonly staging: string
  readonly old: string
  #folders = new Set<string>()
  /** Fingerprints of the files in the current output, when they are known to be Warraq's unchanged files. */
  #previous = new Map<string, string>()

  constructor(out: string) {
    this.out = path.resolve(out)
    this.staging = `${this.out}.warraq-staging`
    this.old = `${this.out}.warraq-old`
  }

  /**
   * Clears what an interrupted earlier build left. A build stopped between
   * the two renames of `commit` left the previous output aside as `old`:
   * that is put back first. The staging folder is made on the first write,
   * so a build with nothing to write touches nothing.
   */
  async begin(): Promise<void> {
    this.recover()
    await rm(this.staging, {recursive: true, force: true})
    await rm(this.old, {recursive: true, force: true})
  }

  /** The inputs fingerprint the current output was built from, as its marker says. */
  async currentBuild(): Promise<string | undefined> {
    const marker = await readFile(path.join(this.out, OUTPUT_MARKER), 'utf8').catch(() => '')
    return BUILD_LINE.exec(marker)?.[1]
  }

  /**
   * Lets `write` take a file from the current output, by a hard link, when
   * its fingerprint in `fingerprints` (recorded by the build that wrote it)
   * equals the job's: no rendering, no writing.
   */
  reuseFrom(fingerprints: ReadonlyMap<string, string>): void {
    this.#previous = new Map(fingerprints)
  }

  async write(jobs: Iterable<OutputJob> | AsyncIterable<OutputJob>): Promise<Written[]> {
    if (this.#folders.size === 0) {
      await mkdir(this.staging, {recursive: true})
      this.#folders.add(this.staging)
    }
    return pMap(jobs, (job) => this.#writeOne(job), {concurrency: CONCURRENCY})
  }

  async #writeOne(job: OutputJob): Promise<Written> {
    checkOutputPath(job.path)
    const target = path.join(this.staging, job.path)
    const folder = path.dirname(target)
    if (!this.#folders.has(folder)) {
      await mkdir(folder, {recursive: true})
      this.#folders.add(folder)
    }
    if (this.#previous.get(job.path) === job.fingerprint) {
      const reused = await link(path.join(this.out, job.path), target).then(() => true, () => false)
      if (reused) return {path: job.path, fingerprint: job.fingerprint, reused}
    }
    await writeFile(target, await job.render())
    return {path: job.path, fingerprint: job.fingerprint, reused: false}
  }

  async commit(build?: string): Promise<void> {
    if (this.#folders.size === 0) return
    await writeFile(path.join(this.staging, OUTPUT_MARKER), MARKER_TEXT + (build ? `build ${build}\n` : ''))
    const hadOutput = await stat(this.out).then(() => true, () => false)
    if (hadOutput) await rename(this.out, this.old)
    await rename(this.staging, this.out)
    if (hadOutput) await rm(this.old, {recursive: true, force: true})
  }

  async abort(): Promise<void> {
    await rm(this.staging, {recursive: true, force: true})
  }

  /** `abort` for a signal handler, which cannot wait: removes the staging folder and puts any set-aside output back. */
  abortSync(): void {
    rmSync(this.staging, {recursive: true, force: true})
    this.recover()
  }

  private recover(): void {
    if (existsSync(this.old) && !existsSync(this.out)) renameSync(this.old, this.out)
  }
}

/** Folders an output folder must keep clear of. */
export interface ProtectedFolders {
  /** Folders the output may not be, hold or lie inside: the articles, templates and public files. */
  sources: readonly string[]
  /** Folders the output may not be or hold, though it may lie inside them: the project. */
  roots: readonly string[]
}

function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/**
 * Throws when `out` may not be replaced: it is, holds or lies inside a source
 * folder, it is or holds a root, or it is a non-empty folder Warraq did not
 * create (no marker), unless `force`.
 */
export async function checkOutputFolder(out: string, folders: ProtectedFolders, force: boolean): Promise<void> {
  const target = path.resolve(out)
  for (const folder of [...folders.sources, ...folders.roots].map((item) => path.resolve(item))) {
    if (isInside(folder, target)) {
      throw new Error(`Cannot build into \`${out}\` without replacing \`${folder}\`, which it holds; choose another --out folder, such as \`dist\``)
    }
  }
  for (const folder of folders.sources.map((item) => path.resolve(item))) {
    if (isInside(target, folder)) {
      throw new Error(`Cannot build into \`${out}\`: it lies inside \`${folder}\`, which a build never writes into; choose an --out folder outside it, such as \`dist\``)
    }
  }
  const entries: string[] = await readdir(target).catch(() => [])
  if (force || entries.length === 0 || entries.includes(OUTPUT_MARKER)) return
  throw new Error(`Cannot build into \`${out}\`: it holds files Warraq did not create, and a build replaces the whole folder; choose an empty or new --out folder, or pass --force to replace it`)
}
