import {mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {Cache} from '../src/cache/store.ts'

describe('the cache store', () => {
  it('gives back what it stored, and treats one changed byte as damage, with a warning', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-cache-'))
    const cache = new Cache(folder)
    const value = {title: 'خبر عاجل', paragraphs: ['فقرة أولى.', 'فقرة "ثانية".'], count: 3}
    await cache.write('articles', 'one', value)
    expect(await cache.read('articles', 'one')).toEqual(value)
    const file = path.join(folder, 'articles', 'one.json')
    const bytes = await readFile(file)
    bytes[bytes.length - 5]! ^= 1
    await writeFile(file, bytes)
    expect(await cache.read('articles', 'one')).toBeUndefined()
    expect(cache.problems).toEqual([expect.stringMatching(/^Ignored a damaged cache file `.*one\.json`/)])
    expect(await readdir(path.join(folder, 'articles'))).toEqual(['one.json'])
  })

  it('ignores without a warning a file an older Warraq wrote, which held its JSON nested in JSON', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-cache-'))
    const cache = new Cache(folder)
    await cache.write('articles', 'old', {})
    await writeFile(
      path.join(folder, 'articles', 'old.json'),
      JSON.stringify({format: 1, checksum: 'abc', value: '{"record":null}'})
    )
    expect(await cache.read('articles', 'old')).toBeUndefined()
    expect(cache.problems).toEqual([])
  })

  it('forgets an entry by overwriting it, so it reads as absent without a warning', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-cache-'))
    const cache = new Cache(folder)
    await cache.write('articles', 'gone', {record: null})
    cache.forget('articles', 'gone')
    expect(await cache.read('articles', 'gone')).toBeUndefined()
    expect(cache.readSync('articles', 'gone')).toBeUndefined()
    expect(cache.problems).toEqual([])
  })
})
