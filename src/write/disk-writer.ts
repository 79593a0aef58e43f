import {copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync} from 'node:fs'
import {mkdir, readdir, readFile, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import pMap from 'p-map'
import type {OutputJob} from '../types.ts'
import {checkOutputPath, type Writer, type Written} from './writer.ts'
import {UsageError} from '../errors.ts'

/** The file that marks a folder as Warraq's output, safe to replace. */
export const OUTPUT_MARKER = '.warraq-output'
const MARKER_TEXT = 'This folder is built by Warraq, which replaces or updates it on every build.\n'
const BUILD_LINE = /^build (\S+)$/m
/** Files written at once; enough to keep the disk busy without exhausting file handles. */
const CONCURRENCY = 32

/** What an update moves, written beside the output before the first move so that an interrupted update can be undone. */
interface Journal {
  /** Files of the output replaced by a staged file of the same path; set aside in `old` first. */
  replaced: string[]
  /** Staged files new to the output. */
  added: string[]
  /** Files of the output that the build no longer has; set aside in `old`. */
  removed: string[]
}

/**
 * Writes into a staging folder beside the output folder, so the output is
 * never half-written. A first build (or one without the previous build's
 * fingerprints) stages every file and swaps the whole folder in by two
 * renames. An update stages only what changed and moves it in file by file,
 * after setting aside what it replaces and listing every move in a journal:
 * a failure or crash part-way is undone, by this build or the next, back to
 * the previous output byte for byte. Only folders carrying the marker (or
 * the staging and old folders it names itself) are ever deleted.
 */
export class DiskWriter implements Writer {
  readonly out: string
  readonly staging: string
  readonly old: string
  readonly journal: string
  #folders = new Set<string>()
  /** Fingerprints of the files in the current output, when they are known to be Warraq's unchanged files: then this build is an update. */
  #previous: Map<string, string> | undefined
  /** Every path the build wrote or kept, for an update to tell what it removes. */
  #paths = new Set<string>()
  /** Paths an update staged. */
  #staged: string[] = []
  /** Set by `stop`: nothing more may start. */
  #stopped = false
  /** File-system steps under way, which `stop` waits for. */
  #running = 0
  #idle: (() => void) | undefined

  constructor(out: string) {
    this.out = path.resolve(out)
    this.staging = `${this.out}.warraq-staging`
    this.old = `${this.out}.warraq-old`
    this.journal = `${this.out}.warraq-journal`
  }

  /**
   * Clears what an interrupted earlier build left, putting back first any
   * previous output it had set aside. The staging folder is made on the
   * first write, so a build with nothing to write touches nothing.
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
   * Makes this build an update of the current output, whose files have the
   * fingerprints in `fingerprints` (recorded by the build that wrote them):
   * a job whose fingerprint is the same is neither rendered nor written.
   */
  reuseFrom(fingerprints: ReadonlyMap<string, string>): void {
    this.#previous = new Map(fingerprints)
  }

  async write(jobs: Iterable<OutputJob> | AsyncIterable<OutputJob>): Promise<Written[]> {
    if (this.#folders.size === 0) {
      await this.#step(() => mkdir(this.staging, {recursive: true}))
      this.#folders.add(this.staging)
    }
    return pMap(jobs, (job) => this.#writeOne(job), {concurrency: CONCURRENCY})
  }

  async #writeOne(job: OutputJob): Promise<Written> {
    checkOutputPath(job.path)
    this.#paths.add(job.path)
    // A file removed from the output by hand since is written again: checking costs about 2 µs a file.
    if (this.#previous?.get(job.path) === job.fingerprint && existsSync(path.join(this.out, job.path))) {
      return {path: job.path, fingerprint: job.fingerprint, reused: true}
    }
    await this.#stage(job.path, await job.render())
    return {path: job.path, fingerprint: job.fingerprint, reused: false}
  }

  async #stage(relative: string, contents: string | Uint8Array): Promise<void> {
    const target = path.join(this.staging, relative)
    const folder = path.dirname(target)
    await this.#step(async () => {
      if (!this.#folders.has(folder)) {
        await mkdir(folder, {recursive: true})
        this.#folders.add(folder)
      }
      await writeFile(target, contents)
    })
    if (this.#previous) this.#staged.push(relative)
  }

  async commit(build?: string): Promise<void> {
    if (this.#folders.size === 0) return
    await this.#stage(OUTPUT_MARKER, MARKER_TEXT + (build ? `build ${build}\n` : ''))
    if (this.#previous) return this.#applyUpdate(this.#previous)
    const hadOutput = await stat(this.out).then(
      () => true,
      () => false
    )
    if (hadOutput) await this.#step(() => rename(this.out, this.old))
    await this.#step(() => rename(this.staging, this.out))
    if (hadOutput) await rm(this.old, {recursive: true, force: true})
  }

  /** Moves the staged files in and the removed ones out, in one synchronous run that a handled signal cannot split, undoing it all on failure. */
  async #applyUpdate(previous: ReadonlyMap<string, string>): Promise<void> {
    const removed = [...previous.keys()].filter(
      (relative) => !this.#paths.has(relative) && existsSync(path.join(this.out, relative))
    )
    const replaced: string[] = []
    const added: string[] = []
    for (const relative of this.#staged) (existsSync(path.join(this.out, relative)) ? replaced : added).push(relative)
    writeFileSync(this.journal, JSON.stringify({replaced, added, removed} satisfies Journal))
    try {
      for (const relative of [...replaced, ...removed]) {
        // The marker is copied aside, not moved: the folder must stay recognisably Warraq's until the new marker, staged last, replaces it.
        if (relative === OUTPUT_MARKER) copyInto(path.join(this.out, relative), path.join(this.old, relative))
        else move(path.join(this.out, relative), path.join(this.old, relative))
      }
      for (const relative of this.#staged) move(path.join(this.staging, relative), path.join(this.out, relative))
      for (const relative of removed) pruneFolders(this.out, relative)
      rmSync(this.journal)
    } catch (error) {
      this.recover()
      rmSync(this.old, {recursive: true, force: true})
      throw error
    }
    await rm(this.old, {recursive: true, force: true})
    await rm(this.staging, {recursive: true, force: true})
  }

  async abort(): Promise<void> {
    await rm(this.staging, {recursive: true, force: true})
  }

  /**
   * For a signal handler: lets no file-system step start, waits for those
   * under way (writes racing a removal could leave half a staging folder),
   * then removes the staging folder and puts back any output set aside.
   * The build's own steps never settle after this: the process is to exit.
   */
  async stop(): Promise<void> {
    this.#stopped = true
    if (this.#running > 0) await new Promise<void>((resolve) => (this.#idle = resolve))
    this.recover()
    rmSync(this.staging, {recursive: true, force: true})
  }

  /** Runs `work` unless stopped, counted for `stop`. */
  async #step<T>(work: () => Promise<T>): Promise<T> {
    if (this.#stopped) return new Promise<T>(() => {})
    this.#running++
    try {
      return await work()
    } finally {
      if (--this.#running === 0) this.#idle?.()
    }
  }

  /** Undoes an interrupted update by its journal, or puts back a whole output set aside by an interrupted swap. */
  private recover(): void {
    if (existsSync(this.journal) && !existsSync(this.out)) {
      // The output was deleted since: there is nothing to put back, and half of one would pass for it.
      rmSync(this.journal)
    } else if (existsSync(this.journal)) {
      const journal = JSON.parse(readFileSync(this.journal, 'utf8')) as Journal
      for (const relative of journal.added) {
        rmSync(path.join(this.out, relative), {force: true})
        pruneFolders(this.out, relative)
      }
      for (const relative of [...journal.replaced, ...journal.removed]) {
        if (existsSync(path.join(this.old, relative)))
          move(path.join(this.old, relative), path.join(this.out, relative))
      }
      rmSync(this.journal)
    } else if (existsSync(this.old) && !existsSync(this.out)) {
      renameSync(this.old, this.out)
    }
  }
}

/** Renames `from` to `to`, making `to`'s folder first. */
function move(from: string, to: string): void {
  mkdirSync(path.dirname(to), {recursive: true})
  renameSync(from, to)
}

/** Copies `from` to `to`, making `to`'s folder first. */
function copyInto(from: string, to: string): void {
  mkdirSync(path.dirname(to), {recursive: true})
  copyFileSync(from, to)
}

/** Removes the folders of `relative` under `root` that are left empty, deepest first. */
function pruneFolders(root: string, relative: string): void {
  for (let folder = path.dirname(relative); folder !== '.'; folder = path.dirname(folder)) {
    try {
      rmdirSync(path.join(root, folder))
    } catch {
      return
    }
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
      throw new UsageError(
        `Cannot build into \`${out}\` without replacing \`${folder}\`, which it holds; choose another --out folder, such as \`dist\``
      )
    }
  }
  for (const folder of folders.sources.map((item) => path.resolve(item))) {
    if (isInside(target, folder)) {
      throw new UsageError(
        `Cannot build into \`${out}\`: it lies inside \`${folder}\`, which a build never writes into; choose an --out folder outside it, such as \`dist\``
      )
    }
  }
  const entries: string[] = await readdir(target).catch(() => [])
  if (force || entries.length === 0 || entries.includes(OUTPUT_MARKER)) return
  throw new UsageError(
    `Cannot build into \`${out}\`: it holds files Warraq did not create, and a build replaces the whole folder; choose an empty or new --out folder, or pass --force to replace it`
  )
}
