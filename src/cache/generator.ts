import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {hashBytes} from '../render/fingerprint.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))

/** What a cache entry was made by: the parsing code; with the templates; with the search document's template alone. */
export interface GeneratorKeys {
  /** Changes with Warraq's sources or dependencies: invalidates parsed articles and everything else. */
  parse: string
  /** Changes also with the templates: invalidates rendered pages, not parsed articles. */
  render: string
  /** Changes with the parsing code and the search document's template only: invalidates the search index, which no other template shapes. */
  search: string
}

async function hashFolder(folder: string): Promise<string[]> {
  const entries = await readdir(path.join(root, folder), {recursive: true, withFileTypes: true})
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort()
  return Promise.all(files.map(async (file) => `${file} ${hashBytes(await readFile(path.join(root, file)))}`))
}

/** Hashes Warraq's own sources, dependency lock and templates, so any change to them is seen by the cache. */
export async function generatorKeys(): Promise<GeneratorKeys> {
  const lock = await readFile(path.join(root, 'package-lock.json')).catch(() => new Uint8Array())
  const parse = hashBytes([hashBytes(lock), ...(await hashFolder('src'))].join('\n'))
  const templates = await hashFolder('templates')
  const render = hashBytes([parse, ...templates].join('\n'))
  // The search document's template imports from src/ alone, which `parse` covers.
  const searchDocument = templates.filter((line) => line.startsWith(`templates${path.sep}search-document.ts `))
  if (searchDocument.length !== 1)
    throw new Error('Cannot find templates/search-document.ts, which the search index is made of')
  const search = hashBytes([parse, ...searchDocument].join('\n'))
  return {parse, render, search}
}
