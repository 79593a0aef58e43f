import {execFile} from 'node:child_process'
import {cp, mkdir, mkdtemp, readdir, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it} from 'vitest'
import {snapshot} from './helpers/cli.ts'

const run = promisify(execFile)

/**
 * A copy of Warraq whose node_modules is a folder of its own (each package a
 * link), so its bundle cache is its own too; or, given `modules`, a link to that folder.
 */
async function copyOfWarraq(modules?: string) {
  const root = await mkdtemp(path.join(tmpdir(), 'warraq-launch-'))
  const project = path.join(root, 'warraq')
  await mkdir(project)
  for (const entry of ['bin', 'src', 'templates', 'public', 'package.json', 'package-lock.json'])
    await cp(entry, path.join(project, entry), {recursive: true})
  if (modules) {
    await symlink(modules, path.join(project, 'node_modules'))
  } else {
    await mkdir(path.join(project, 'node_modules'))
    for (const name of await readdir('node_modules')) {
      if (!name.startsWith('.'))
        await symlink(path.resolve('node_modules', name), path.join(project, 'node_modules', name))
    }
  }
  await cp('tests/fixtures/archive/articles', path.join(root, 'articles'), {recursive: true})
  const warraq = (...args: string[]) =>
    run(
      process.execPath,
      [
        path.join(project, 'bin/warraq.js'),
        'build',
        '--articles',
        'articles',
        '--no-cache',
        '--threads',
        '2',
        '--base-url',
        'https://example.org/',
        ...args
      ],
      {cwd: root}
    )
  return {
    root,
    project,
    modules: path.join(project, 'node_modules'),
    cache: path.join(project, 'node_modules/.cache'),
    warraq
  }
}

describe('the command line', () => {
  it('runs from a bundle of the sources, worker threads too, and through tsx when the bundle cannot be made, with the same output', async () => {
    const copy = await copyOfWarraq()
    await copy.warraq('--out', 'bundled')
    const [bundle, ...others] = await readdir(path.join(copy.cache, 'warraq'))
    expect(others).toEqual([])
    expect(await readdir(path.join(copy.cache, 'warraq', bundle!))).toEqual(
      expect.arrayContaining(['cli.js', 'parse', 'search'])
    )
    // A file where the cache folder should be: no bundle can be written, so the run falls back to tsx.
    await rm(copy.cache, {recursive: true})
    await writeFile(copy.cache, '')
    const {stderr} = await copy.warraq('--out', 'through-tsx')
    expect(stderr).toBe('')
    expect(await snapshot(path.join(copy.root, 'through-tsx'))).toEqual(await snapshot(path.join(copy.root, 'bundled')))
  }, 60_000)

  it('gives two copies of Warraq sharing node_modules a bundle each, so each refuses to build over its own templates', async () => {
    const first = await copyOfWarraq()
    await first.warraq('--out', 'dist')
    // Same sources, another place: with the first copy's bundle, its paths would be the first copy's, and its templates unprotected.
    const second = await copyOfWarraq(first.modules)
    const templates = path.join(second.project, 'templates')
    const before = await snapshot(templates)
    await expect(second.warraq('--out', templates, '--force')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^Cannot build into/)
    })
    expect(await snapshot(templates)).toEqual(before)
    expect(await readdir(path.join(first.cache, 'warraq'))).toHaveLength(2)
  }, 60_000)
})
