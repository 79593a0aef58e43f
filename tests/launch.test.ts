import {execFile} from 'node:child_process'
import {cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {snapshot} from './helpers/cli.ts'

const run = promisify(execFile)

/** A copy of Warraq whose node_modules is a folder of its own (each package a link), so its bundle cache is its own too. */
async function copyOfWarraq() {
  const root = await mkdtemp(path.join(tmpdir(), 'warraq-launch-'))
  const project = path.join(root, 'warraq')
  await mkdir(path.join(project, 'node_modules'), {recursive: true})
  for (const entry of ['bin', 'src', 'templates', 'public', 'package.json', 'package-lock.json']) await cp(entry, path.join(project, entry), {recursive: true})
  for (const name of await readdir('node_modules')) {
    if (!name.startsWith('.')) await symlink(path.resolve('node_modules', name), path.join(project, 'node_modules', name))
  }
  await cp('tests/fixtures/archive/articles', path.join(root, 'articles'), {recursive: true})
  const warraq = (...args: string[]) => run(process.execPath, [path.join(project, 'bin/warraq.js'), 'build', '--articles', 'articles', '--no-cache', '--threads', '2', ...args], {cwd: root})
  return {root, cache: path.join(project, 'node_modules/.cache'), warraq}
}

describe('the command line', () => {
  it('runs from a bundle of the sources, worker threads too, and through tsx when the bundle cannot be made, with the same output', async () => {
    const copy = await copyOfWarraq()
    await copy.warraq('--out', 'bundled')
    const [bundle, ...others] = await readdir(path.join(copy.cache, 'warraq'))
    expect(others).toEqual([])
    expect(await readdir(path.join(copy.cache, 'warraq', bundle!))).toEqual(expect.arrayContaining(['cli.js', 'parse', 'search']))
    // A file where the cache folder should be: no bundle can be written, so the run falls back to tsx.
    await rm(copy.cache, {recursive: true})
    await writeFile(copy.cache, '')
    const {stderr} = await copy.warraq('--out', 'through-tsx')
    expect(stderr).toBe('')
    expect(await snapshot(path.join(copy.root, 'through-tsx'))).toEqual(await snapshot(path.join(copy.root, 'bundled')))
  }, 60_000)
})
