import {cp, mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import {describe, expect, it} from 'vitest'
import {build} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'
import {runCli, snapshot} from './helpers/cli.ts'
import {one, parsePage} from './helpers/html.ts'
import {messages} from './helpers/parse.ts'

const config = resolveConfig({baseUrl: 'https://news.example.org/'})

/** Draws a 1,000 × 600 picture whose circle sits at `x`, so two values give two different files. */
async function draw(file: string, x: number) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="600"><rect width="1000" height="600" fill="#264653"/><circle cx="${x}" cy="300" r="150" fill="#e9c46a"/></svg>`
  await sharp(Buffer.from(svg)).jpeg().toFile(file)
}

/** A site of two articles in folders of their own, each with a lead picture, one with a body picture too. */
async function site() {
  const root = await mkdtemp(path.join(tmpdir(), 'warraq-pictures-site-'))
  const articles = path.join(root, 'articles')
  for (const [name, x] of [
    ['2024-03-05-port', 300],
    ['2024-03-06-market', 600]
  ] as const) {
    await mkdir(path.join(articles, 'economy', name), {recursive: true})
    await draw(path.join(articles, 'economy', name, 'picture.jpg'), x)
  }
  await draw(path.join(articles, 'economy', '2024-03-06-market', 'chart.jpg'), 500)
  await writeFile(
    path.join(articles, 'economy', '2024-03-05-port', 'index.md'),
    '---\ntitle: الميناء\ndate: 2024-03-05\nimage: picture.jpg\nimageCaption: رافعات الميناء\nimageCredit: "رسم: ورّاق"\n---\nنص الخبر.\n'
  )
  await writeFile(
    path.join(articles, 'economy', '2024-03-06-market', 'index.md'),
    '---\ntitle: السوق\ndate: 2024-03-06\nimage: picture.jpg\nimageAlt: سوق\n---\nنص.\n\n![أسعار](chart.jpg "أسعار الأسبوع")\n'
  )
  return {root, articles, out: path.join(root, 'dist'), cache: path.join(root, '.cache')}
}

describe('a site with pictures', () => {
  it('shows the lead picture as a sized figure with caption and credit, and a body picture lazily', async () => {
    const current = await site()
    const result = await build({articles: current.articles, out: current.out, cache: current.cache, config})
    expect(result).toMatchObject({ok: true, encoded: 3})
    const port = parsePage(await readFile(path.join(current.out, 'articles/2024-03-05-port/index.html'), 'utf8'))
    const lead = one(port, 'figure.lead-figure img')
    expect(lead.properties).toMatchObject({width: 1000, height: 600, alt: 'رافعات الميناء'})
    expect(lead.properties.loading).toBeUndefined()
    expect(String(lead.properties.src)).toMatch(/^\.\.\/\.\.\/media\/picture-[0-9a-f]{10}-1000\.jpg$/)
    expect(one(port, 'figure.lead-figure figcaption').children.length).toBe(2)
    const market = parsePage(await readFile(path.join(current.out, 'articles/2024-03-06-market/index.html'), 'utf8'))
    const body = one(market, '.article-body figure img')
    expect(body.properties).toMatchObject({alt: 'أسعار', loading: 'lazy', width: 1000, height: 600})
    // Every file a page names is in the output, so the site works from file:// as from a server.
    for (const source of [lead, body, one(market, '.article-body source[type="image/avif"]')]) {
      const srcset = String(source.properties.srcSet ?? '').split(', ')
      for (const candidate of srcset) {
        const file = candidate.split(' ')[0]!.replace('../../', '')
        await expect(readFile(path.join(current.out, file))).resolves.toBeTruthy()
      }
    }
    // Records give the lead picture's processed file, absolute, in the list as in the article's own record.
    const records = JSON.parse(await readFile(path.join(current.out, 'api/articles.json'), 'utf8'))
    const own = JSON.parse(await readFile(path.join(current.out, 'api/articles/2024-03-05-port.json'), 'utf8'))
    const image = records.find((record: {slug: string}) => record.slug === '2024-03-05-port').image
    expect(image).toMatch(/^https:\/\/news\.example\.org\/media\/picture-[0-9a-f]{10}-1000\.jpg$/)
    expect(own.image).toBe(image)
    // The home page shows both as thumbnails, sized, below the lead story.
    const home = parsePage(await readFile(path.join(current.out, 'index.html'), 'utf8'))
    expect(one(home, '.lead-story img').properties.alt).toBe('سوق')
  })

  it('encodes only the changed picture on the next build, and gives the bytes of a clean build', async () => {
    const current = await site()
    await build({articles: current.articles, out: current.out, cache: current.cache, config})
    await draw(path.join(current.articles, 'economy', '2024-03-05-port', 'picture.jpg'), 100)
    const next = await build({articles: current.articles, out: current.out, cache: current.cache, config, quick: true})
    expect(next).toMatchObject({ok: true, encoded: 1})
    const clean = path.join(current.root, 'clean')
    await build({articles: current.articles, out: clean, config})
    expect(await snapshot(current.out)).toEqual(await snapshot(clean))
    // And nothing at all the time after.
    const again = await build({articles: current.articles, out: current.out, cache: current.cache, config, quick: true})
    expect(again).toMatchObject({ok: true, encoded: 0, read: 0})
  })

  it('says in the summary line how many pictures each build encoded', async () => {
    const current = await site()
    const build = () => runCli(['build', '--articles', 'articles', '--out', 'dist'], current.root)
    expect((await build()).stdout).toMatch(/\(0 unchanged, 3 pictures encoded\), /)
    await draw(path.join(current.articles, 'economy', '2024-03-06-market', 'chart.jpg'), 200)
    expect((await build()).stdout).toMatch(/ unchanged, 1 picture encoded\), /)
    expect((await build()).stdout).toMatch(/\(all unchanged\), /)
  })

  it('reports a missing picture at its place, and writes nothing', async () => {
    const current = await site()
    const copy = path.join(current.root, 'copy')
    await cp(current.articles, copy, {recursive: true})
    await writeFile(
      path.join(copy, 'economy', '2024-03-05-port', 'index.md'),
      '---\ntitle: الميناء\ndate: 2024-03-05\nimage: photo.jpg\n---\nنص.\n\n![رافعة](../../crane.jpg)\n'
    )
    const result = await build({articles: copy, out: current.out, config})
    expect(result.ok).toBe(false)
    const file = result.files.find((item) => item.path === 'economy/2024-03-05-port/index.md')!
    expect(messages(file)).toEqual(['4:8 error missing-picture', '8:1 error missing-picture'])
    expect(file.messages[0]!.reason).toContain('put the picture there or correct its name')
    const outside = await build({
      articles: path.join(copy, 'economy'),
      out: current.out,
      config
    })
    const moved = outside.files.find((item) => item.path === '2024-03-05-port/index.md')!
    expect(messages(moved)).toEqual(['4:8 error missing-picture', '8:1 error picture-outside'])
  })
})
