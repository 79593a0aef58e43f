import {mkdir, mkdtemp, readdir, utimes, writeFile} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import {describe, expect, it} from 'vitest'
import {cacheCommand} from '../src/cli/cache-command.ts'
import {processPictures, UNUSED_DAYS} from '../src/images/process.ts'
import {UsageError} from '../src/errors.ts'

/** An Io that keeps what a command prints. */
function capture() {
  const out: string[] = []
  return {out, io: {stdout: (text: string) => out.push(text), stderr: (text: string) => out.push(text)}}
}

describe('warraq cache', () => {
  it('tells the size by kind, then removes the cache on clean', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'warraq-cache-'))
    const cache = path.join(root, '.warraq-cache')
    await mkdir(path.join(cache, 'pictures', 'x'), {recursive: true})
    await mkdir(path.join(cache, 'articles'))
    await writeFile(path.join(cache, 'pictures', 'x', 'a'), Buffer.alloc(1_048_576))
    await writeFile(path.join(cache, 'articles', 'b'), Buffer.alloc(524_288))
    const sized = capture()
    expect(await cacheCommand(undefined, sized.io, cache)).toBe(0)
    expect(sized.out).toEqual([`\`${cache}\`: 1.5 MB (articles 0.5 MB, pictures 1.0 MB)`])
    const cleaned = capture()
    expect(await cacheCommand('clean', cleaned.io, cache)).toBe(0)
    expect(cleaned.out[0]).toMatch(/^Removed `.*` \(1\.5 MB\): the next build starts from scratch\.$/)
    expect(existsSync(cache)).toBe(false)
    expect(existsSync(root)).toBe(true)
    const again = capture()
    expect(await cacheCommand('clean', again.io, cache)).toBe(0)
    expect(again.out[0]).toMatch(/^No cache at /)
  })

  it('refuses to remove a folder holding what Warraq does not write there', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'warraq-cache-foreign-'))
    await writeFile(path.join(cache, 'thesis.docx'), 'years of work')
    await expect(cacheCommand('clean', capture().io, cache)).rejects.toThrow(UsageError)
    expect(await readdir(cache)).toEqual(['thesis.docx'])
  })
})

describe('cached pictures', () => {
  it(`are removed once no build has used them for ${UNUSED_DAYS} days, and kept while in use or recent`, async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-prune-'))
    const cache = path.join(folder, 'cache')
    const picture = path.join(folder, 'a.jpg')
    await sharp({create: {width: 300, height: 200, channels: 3, background: '#336699'}})
      .jpeg()
      .toFile(picture)
    const first = await processPictures([picture], {cache})
    const used = first.pictures.get(picture)!.key
    const entries = path.join(cache, 'pictures')
    const old = new Date(Date.now() - (UNUSED_DAYS + 1) * 86_400_000)
    for (const [key, when] of [
      ['0123456789abcdef0123', old],
      ['fedcba9876543210fedc', new Date()]
    ] as const) {
      await mkdir(path.join(entries, key))
      await writeFile(path.join(entries, key, 'meta.json'), '{}')
      await utimes(path.join(entries, key, 'meta.json'), when, when)
    }
    // The picture in use was last used long ago too: using it again keeps it.
    await utimes(path.join(entries, used, 'meta.json'), old, old)
    const second = await processPictures([picture], {cache})
    expect(second.encoded).toBe(0)
    expect((await readdir(entries)).sort()).toEqual([used, 'fedcba9876543210fedc'].sort())
  })
})
