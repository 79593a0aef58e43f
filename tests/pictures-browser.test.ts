import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {Browser, Page} from 'playwright-core'
import {buildAndServe, launchChromium, type ServedSite} from './helpers/browser.ts'
import {sample} from './helpers/sample.ts'

let site: ServedSite
let browser: Browser

beforeAll(async () => {
  site = await buildAndServe(sample.articles, sample.config, sample.cache)
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

const screens = [
  {name: 'a phone', viewport: {width: 360, height: 740}},
  {name: 'a laptop', viewport: {width: 1280, height: 800}}
]

/** An article of the sample with a lead picture and a body picture. */
const pictured = () => site.pages.find((page) => page.startsWith('articles/') && page.includes('inflation'))!

/** Opens `pathname` at `viewport` with every picture file held back until `release` is called. */
async function openHeld(pathname: string, viewport: {width: number; height: number}) {
  const context = await browser.newContext({viewport})
  const page = await context.newPage()
  const held: Array<() => void> = []
  await page.route(
    '**/media/**',
    (route) => new Promise<void>((done) => held.push(() => void route.continue().then(done)))
  )
  await page.goto(site.served.url + pathname, {waitUntil: 'domcontentloaded'})
  // The stylesheet sizes the picture to its column: measured before it applies, the box would be the file's own size.
  await page.waitForFunction(() =>
    [...document.styleSheets].some((sheet) => sheet.href?.endsWith('style.css') && sheet.cssRules.length > 0)
  )
  return {
    page,
    context,
    release: () => {
      for (const go of held.splice(0)) go()
    }
  }
}

/** The size of the first element matching `selector` (its place may move while the fonts arrive; its size may not). */
const box = (page: Page, selector: string) =>
  page.$eval(selector, (element) => {
    const rect = element.getBoundingClientRect()
    return {width: Math.round(rect.width), height: Math.round(rect.height)}
  })

describe.each(screens)('pictures on $name', ({viewport}) => {
  it('gives the lead picture its final box before its file arrives, so nothing moves', async () => {
    for (const pathname of ['', pictured()]) {
      const {page, context, release} = await openHeld(pathname, viewport)
      const selector = '.lead-figure img'
      const before = await box(page, selector)
      expect(before.width).toBeGreaterThan(200)
      expect(before.height).toBeGreaterThan(100)
      release()
      await page.waitForFunction((css) => (document.querySelector(css) as HTMLImageElement).complete, selector)
      await page.waitForLoadState('load')
      expect(await box(page, selector)).toEqual(before)
      await context.close()
    }
  })

  it('picks a file about as wide as the picture is drawn, in a modern format', async () => {
    const context = await browser.newContext({viewport})
    const page = await context.newPage()
    await page.goto(site.served.url + pictured(), {waitUntil: 'load'})
    const chosen = await page.$eval('.lead-figure img', (image) => ({
      source: (image as HTMLImageElement).currentSrc,
      drawn: image.getBoundingClientRect().width
    }))
    const width = Number(/-(\d+)\.(avif|webp|jpg|png)$/.exec(chosen.source)?.[1])
    expect(chosen.source).toMatch(/\.avif$/)
    // At least as wide as drawn (1 device pixel a CSS pixel here), and the smallest such of 400, 800, 1200, 1600.
    expect(width).toBeGreaterThanOrEqual(chosen.drawn)
    expect(width).toBe([400, 800, 1200, 1600].find((rung) => rung >= chosen.drawn))
    await context.close()
  })
})

describe('every picture of the sample site', () => {
  it('shows from the files on disk too, opened as file:// without a server', async () => {
    const context = await browser.newContext({viewport: {width: 360, height: 740}})
    const page = await context.newPage()
    for (const pathname of ['index.html', `${pictured()}index.html`, 'sections/sports/index.html']) {
      await page.goto(pathToFileURL(path.join(site.folder, pathname)).href, {waitUntil: 'load'})
      // Lazy pictures load as they near the screen: scroll the whole page past them.
      for (let top = 0; top < (await page.evaluate(() => document.body.scrollHeight)); top += 500) {
        await page.evaluate((y) => window.scrollTo(0, y), top)
        await page.waitForTimeout(20)
      }
      await page.waitForFunction(() => [...document.images].every((image) => image.complete))
      const broken = await page.$$eval('main img', (images) =>
        (images as HTMLImageElement[])
          .filter((image) => image.naturalWidth === 0)
          .map((image) => image.currentSrc || image.src)
      )
      expect(broken, pathname).toEqual([])
      expect(await page.$$eval('main img', (images) => images.length), pathname).toBeGreaterThan(2)
    }
    await context.close()
  })

  it('has a description, on every page', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const missing: string[] = []
    let pictures = 0
    for (const pathname of site.pages) {
      await page.goto(site.served.url + pathname, {waitUntil: 'domcontentloaded'})
      const alts = await page.$$eval('main img', (images) => images.map((image) => image.getAttribute('alt')))
      pictures += alts.length
      for (const [index, alt] of alts.entries()) if (!alt?.trim()) missing.push(`/${pathname} picture ${index + 1}`)
    }
    expect(missing).toEqual([])
    expect(pictures).toBeGreaterThan(30)
    await context.close()
  }, 120_000)
})
