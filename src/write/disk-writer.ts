import {existsSync, renameSync, rmSync} from 'node:fs'
import {mkdir, readdir, rename, rm, stat, writeFile} from 'node:fs/promises'
import path from 'node:path'
import pMap from 'p-map'
import type {Output} from '../types.ts'
import {checkOutputPath, type Writer} from './writer.ts'

/** The file that marks a folder as Warraq's output, safe to replace. */
export const OUTPUT_MARKER = '.warraq-output'
const MARKER_TEXT = 'This folder is built by Warraq and replaced whole on every build.\n'
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

  constructor(out: string) {
    this.out = path.resolve(out)
    this.staging = `${this.out}.warraq-staging`
    this.old = `${this.out}.warraq-old`
  }

  /**
   * Clears what an interrupted earlier build left and creates an empty
   * staging folder. A build stopped between the two renames of `commit`
   * left the previous output aside as `old`: that is put back first.
   */
  async begin(): Promise<void> {
    this.recover()
    await rm(this.staging, {recursive: true, force: true})
    await rm(this.old, {recursive: true, force: true})
    await mkdir(this.staging, {recursive: true})
    this.#folders = new Set([this.staging])
  }

  async write(outputs: Iterable<Output> | AsyncIterable<Output>): Promise<string[]> {
    return pMap(outputs, (output) => this.#writeOne(output), {concurrency: CONCURRENCY})
  }

  async #writeOne(output: Output): Promise<string> {
    checkOutputPath(output.path)
    const target = path.join(this.staging, output.path)
    const folder = path.dirname(target)
    if (!this.#folders.has(folder)) {
      await mkdir(folder, {recursive: true})
      this.#folders.add(folder)
    }
    await writeFile(target, output.contents)
    return output.path
  }

  async commit(): Promise<void> {
    await writeFile(path.join(this.staging, OUTPUT_MARKER), MARKER_TEXT)
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
