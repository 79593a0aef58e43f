import {readdirSync, statSync} from 'node:fs'
import {readdir, readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {stampOf} from '../load/stamp.ts'
import type {Output} from '../types.ts'

/** The stylesheet, icons and other static files Warraq ships, copied verbatim. */
export const publicFolder = fileURLToPath(new URL('../../public', import.meta.url))

/** The page templates, which a build reads and never writes. */
export const templatesFolder = fileURLToPath(new URL('../../templates', import.meta.url))

/** Subsets of Noto Naskh Arabic the stylesheet declares: Arabic and Latin, regular and bold. */
const fontFiles = ['arabic-400', 'arabic-700', 'latin-400', 'latin-700'].map(
  (name) => `noto-naskh-arabic-${name}-normal.woff2`
)

/** Every file under `folder`, as outputs at the same relative paths, in code-point order. */
export async function readFolder(folder: string): Promise<Output[]> {
  const entries = await readdir(folder, {recursive: true, withFileTypes: true})
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path
        .relative(folder, path.join(entry.parentPath ?? (entry as unknown as {path: string}).path, entry.name))
        .split(path.sep)
        .join('/')
    )
    .sort()
  return Promise.all(files.map(async (file) => ({path: file, contents: await readFile(path.join(folder, file))})))
}

function fontFile(name: string): string {
  return createRequire(import.meta.url).resolve(`@fontsource/noto-naskh-arabic/files/${name}`)
}

/** The self-hosted font files, read from the @fontsource package, for `fonts/` in the output. */
export async function readFonts(): Promise<Output[]> {
  return Promise.all(fontFiles.map(async (name) => ({path: `fonts/${name}`, contents: await readFile(fontFile(name))})))
}

/** The path and stamp of every file `readFolder(publicFolder)` and `readFonts` read, a line each: equal stamps, equal assets. */
export function assetStamps(): string {
  const entries = readdirSync(publicFolder, {recursive: true, withFileTypes: true}).filter((entry) => entry.isFile())
  const files = [...entries.map((entry) => path.join(entry.parentPath, entry.name)).sort(), ...fontFiles.map(fontFile)]
  return files.map((file) => `${file}\t${stampOf(statSync(file, {bigint: true}))}`).join('\n')
}
