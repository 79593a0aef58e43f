import {mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import {beforeAll, describe, expect, it} from 'vitest'
import {processPictures, widthsFor} from '../src/images/index.ts'

let folder: string

/** A picture `width` × `height` of two colours, as a file of `format`; with `alpha`, half transparent. */
async function picture(name: string, width: number, height: number, format: 'jpeg' | 'png', alpha = false) {
  const file = path.join(folder, name)
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="${width}" height="${height}" fill="#1d3557" fill-opacity="${alpha ? 0.5 : 1}"/><circle cx="${width / 3}" cy="${height / 2}" r="${height / 3}" fill="#e63946"/></svg>`
  const image = sharp(Buffer.from(svg))
  await (format === 'png' ? image.png() : image.flatten({background: '#fff'}).jpeg()).toFile(file)
  return file
}

const bytesOf = async (jobs: Awaited<ReturnType<typeof processPictures>>['jobs']) =>
  Promise.all(jobs.map(async (job) => [job.path, Buffer.from(await job.render()).toString('base64')] as const))

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'warraq-pictures-'))
})

describe('picture widths', () => {
  it('never upscales, and makes the picture its own widest file under 1,600 pixels', () => {
    expect(widthsFor(300)).toEqual([300])
    expect(widthsFor(400)).toEqual([400])
    expect(widthsFor(1000)).toEqual([400, 800, 1000])
    expect(widthsFor(1600)).toEqual([400, 800, 1200, 1600])
    expect(widthsFor(4000)).toEqual([400, 800, 1200, 1600])
  })
})

describe('processPictures', () => {
  it('encodes a JPEG in AVIF, WebP and JPEG at each width, heights in proportion, named by content', async () => {
    const file = await picture('Port Photo.jpg', 1000, 500, 'jpeg')
    const {pictures, jobs, encoded, problems} = await processPictures([file])
    expect(problems.size).toBe(0)
    expect(encoded).toBe(1)
    const processed = pictures.get(file)!
    expect(processed).toMatchObject({width: 1000, height: 500, fallback: 'jpeg'})
    const summary = processed.derivatives.map((item) => `${item.format} ${item.width}×${item.height}`)
    expect(summary.sort()).toEqual(
      ['avif', 'jpeg', 'webp']
        .flatMap((format) => [`${format} 1000×500`, `${format} 400×200`, `${format} 800×400`])
        .sort()
    )
    for (const item of processed.derivatives) {
      expect(item.path).toMatch(new RegExp(`^media/port-photo-${processed.key.slice(0, 10)}-\\d+\\.(avif|webp|jpg)$`))
    }
    // Each file is what its name says: decoded, it has its format and width.
    for (const job of jobs) {
      const meta = await sharp(Buffer.from(await job.render())).metadata()
      const item = processed.derivatives.find((derivative) => derivative.path === job.path)!
      expect(meta.width).toBe(item.width)
      expect(meta.format).toBe(item.format === 'avif' ? 'heif' : item.format)
    }
  })

  it('gives a picture with transparency a PNG fallback, and copies an SVG byte for byte', async () => {
    const png = await picture('logo.png', 500, 300, 'png', true)
    const svg = path.join(folder, 'map.svg')
    await writeFile(
      svg,
      '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80"/></svg>'
    )
    const {pictures, jobs} = await processPictures([png, svg])
    expect(pictures.get(png)!.fallback).toBe('png')
    expect(pictures.get(png)!.derivatives.map((item) => item.format)).toContain('png')
    expect(pictures.get(svg)).toMatchObject({width: 120, height: 80, fallback: 'svg'})
    const copy = jobs.find((job) => job.path.endsWith('.svg'))!
    expect(Buffer.from(await copy.render())).toEqual(await readFile(svg))
  })

  it('gives the same bytes every time, and takes them from the cache without encoding again', async () => {
    const file = await picture('same.jpg', 900, 600, 'jpeg')
    const cache = await mkdtemp(path.join(tmpdir(), 'warraq-pictures-cache-'))
    const uncached = await bytesOf((await processPictures([file])).jobs)
    const first = await processPictures([file], {cache})
    expect(first.encoded).toBe(1)
    expect(await bytesOf(first.jobs)).toEqual(uncached)
    const second = await processPictures([file], {cache})
    expect(second.encoded).toBe(0)
    expect(await bytesOf(second.jobs)).toEqual(uncached)
  })

  it('encodes again only the picture that changed, and a damaged cache entry', async () => {
    const cache = await mkdtemp(path.join(tmpdir(), 'warraq-pictures-cache-'))
    const one = await picture('one.jpg', 600, 400, 'jpeg')
    const two = await picture('two.jpg', 640, 400, 'jpeg')
    const before = await processPictures([one, two], {cache})
    expect(before.encoded).toBe(2)
    await picture('two.jpg', 700, 400, 'jpeg')
    const after = await processPictures([one, two], {cache})
    expect(after.encoded).toBe(1)
    expect(after.pictures.get(one)).toEqual(before.pictures.get(one))
    expect(after.pictures.get(two)!.width).toBe(700)
    // Damage one file of the first picture's entry: it is encoded again, to the same bytes.
    const entry = path.join(cache, 'pictures', before.pictures.get(one)!.key)
    const stored = (await readdir(entry)).find((name) => name.endsWith('.webp'))!
    await writeFile(path.join(entry, stored), 'damaged')
    const repaired = await processPictures([one], {cache})
    expect(repaired.encoded).toBe(1)
    expect(await bytesOf(repaired.jobs)).toEqual(await bytesOf((await processPictures([one])).jobs))
  })

  it('reports a missing file and a file that is no picture, without throwing', async () => {
    const text = path.join(folder, 'fake.jpg')
    await writeFile(text, 'not a picture')
    const truncated = path.join(folder, 'cut.jpg')
    await writeFile(truncated, (await readFile(await picture('whole.jpg', 300, 200, 'jpeg'))).subarray(0, 40))
    const {problems, pictures} = await processPictures([path.join(folder, 'gone.jpg'), text, truncated])
    expect(pictures.size).toBe(0)
    expect(problems.get(path.join(folder, 'gone.jpg'))).toBe('cannot be read (ENOENT)')
    expect(problems.get(text)).toBe('is not a JPEG, PNG, WebP, AVIF, GIF or SVG picture')
    expect(problems.get(truncated)).toBe('is damaged or cut short')
  })

  it('refuses an SVG that could run script or has no size, and gives an opaque PNG a JPEG fallback', async () => {
    const script = path.join(folder, 'script.svg')
    await writeFile(
      script,
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><rect width="10" height="10"/></svg>'
    )
    const unsized = path.join(folder, 'unsized.svg')
    await writeFile(
      unsized,
      '<svg xmlns="http://www.w3.org/2000/svg" width="100%"><rect width="10" height="10"/></svg>'
    )
    const opaque = await picture('screenshot.png', 500, 300, 'png')
    const {problems, pictures} = await processPictures([script, unsized, opaque])
    expect(problems.get(script)).toMatch(/^holds script/)
    expect(problems.get(unsized)).toBe('has no size; give its <svg> a viewBox')
    expect(pictures.get(opaque)!.fallback).toBe('jpeg')
  })
})
