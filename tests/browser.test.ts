import type {Browser, BrowserContext, BrowserContextOptions, Page} from 'playwright-core'
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest'
import {buildAndServe, launchChromium, type ServedSite} from './helpers/browser.ts'

// The fixture site; the sample folder 'articles' works too.
const ARTICLES = 'tests/fixtures/site/articles'
const ARTICLE = 'articles/haftar-ankara/'
const PHONE = {width: 360, height: 740}

/** The small fixture site, and the archive fixture at 5 articles a page, so that every kind of page and pager is there. */
const sites: Partial<Record<'small' | 'archive', ServedSite>> = {}
let browser: Browser
const contexts: BrowserContext[] = []

beforeAll(async () => {
  sites.small = await buildAndServe(ARTICLES)
  expect(sites.small!.pages).toEqual(expect.arrayContaining(['', ARTICLE, '404.html']))
  sites.archive = await buildAndServe('tests/fixtures/archive/articles', {pageSize: 5})
  expect(sites.archive!.pages).toEqual(
    expect.arrayContaining(['tags/', 'archive/', 'archive/2024/03/', 'latest/page/2/'])
  )
  browser = await launchChromium()
})

afterEach(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()))
})

afterAll(async () => {
  await browser?.close()
  await Promise.all(Object.values(sites).map((site) => site.close()))
})

/** Opens `pathname` on a phone-sized screen, recording every URL requested and every request that failed. */
async function open(pathname: string, options: BrowserContextOptions = {}, site = sites.small!) {
  const context = await browser.newContext({viewport: PHONE, ...options})
  contexts.push(context)
  const page = await context.newPage()
  const requests: string[] = []
  const failures: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText}`))
  page.on('response', (response) => void (response.ok() || failures.push(`${response.url()}: ${response.status()}`)))
  const response = await page.goto(site.served.url + pathname)
  expect(response?.status(), `GET /${pathname}`).toBe(200)
  return {page, requests, failures}
}

/**
 * Opens every page of `site` on a phone-sized screen, a few tabs at a time
 * (the archive has about a hundred pages), and returns what `inspect` finds
 * on each, prefixed with the page's path and sorted.
 */
async function inspectEveryPage(site: ServedSite, inspect: (page: Page) => Promise<string[]>): Promise<string[]> {
  const {page} = await open('', {}, site)
  const tabs = [page, ...(await Promise.all([1, 2, 3].map(() => page.context().newPage())))]
  const queue = [...site.pages]
  const found: string[] = []
  await Promise.all(
    tabs.map(async (tab) => {
      for (let pathname = queue.shift(); pathname !== undefined; pathname = queue.shift()) {
        const response = await tab.goto(site.served.url + pathname)
        expect(response?.status(), `GET /${pathname}`).toBe(200)
        found.push(...(await inspect(tab)).map((line) => `/${pathname} ${line}`))
      }
    })
  )
  return found.sort()
}

/** Scrolls to the bottom, then activates the back-to-top link with the keyboard. */
async function backToTopByKeyboard(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0)
  await page.focus('a[href="#top"]')
  await page.keyboard.press('Enter')
}

/** Checks that the header (#top) has focus and that Tab then reaches the first link in it. */
async function expectFocusOnHeader(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('top')
  await page.keyboard.press('Tab')
  const focus = await page.evaluate(() => ({
    active: document.activeElement?.outerHTML.slice(0, 80),
    firstHeaderLink: document.querySelector('header#top a')?.outerHTML.slice(0, 80) ?? 'no link in header#top'
  }))
  expect(focus.active).toBe(focus.firstHeaderLink)
}

describe('the built site in Chromium', () => {
  it('lays the page out right to left in Arabic', async () => {
    const {page} = await open(ARTICLE)
    const seen = await page.evaluate(() => ({
      lang: document.documentElement.lang,
      html: getComputedStyle(document.documentElement).direction,
      paragraphs: [...document.querySelectorAll('.article-body p')].map((p) => getComputedStyle(p).direction)
    }))
    expect(seen.lang).toBe('ar')
    expect(seen.html).toBe('rtl')
    expect(seen.paragraphs.length).toBeGreaterThan(0)
    expect(new Set(seen.paragraphs)).toEqual(new Set(['rtl']))
  })

  it('loads the self-hosted Arabic font and asks nothing of other hosts', async () => {
    const {page, requests, failures} = await open(ARTICLE)
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready
      return {
        available: document.fonts.check('16px "Noto Naskh Arabic"', 'التقى'),
        // `check` is also true when the family has no faces, or when a face failed to load.
        faces: [...document.fonts]
          .filter((face) => face.family.replace(/["']/g, '') === 'Noto Naskh Arabic')
          .map((face) => ({weight: face.weight, arabic: face.unicodeRange.includes('U+600-6FF'), status: face.status}))
      }
    })
    expect(fonts.available).toBe(true)
    expect(fonts.faces).toContainEqual({weight: '400', arabic: true, status: 'loaded'})
    expect(fonts.faces.filter((face) => face.status === 'error')).toEqual([])
    expect(failures).toEqual([])
    expect(requests.filter((url) => new URL(url).hostname !== '127.0.0.1')).toEqual([])
  })

  it.each(['small', 'archive'] as const)(
    'does not scroll sideways on a 360 px screen, on any page of the %s fixture',
    async (name) => {
      const wide = await inspectEveryPage(sites[name]!, async (page) => {
        await page.evaluate(() => document.fonts.ready)
        const widths = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          viewport: window.innerWidth
        }))
        return widths.scroll > widths.viewport ? [`is ${widths.scroll} px wide`] : []
      })
      expect(wide).toEqual([])
    },
    60_000
  ) // about a hundred pages in the archive fixture

  it('takes a keyboard user back to the top at once when motion is reduced, focus on the header', async () => {
    const {page} = await open(ARTICLE, {reducedMotion: 'reduce'})
    await backToTopByKeyboard(page)
    // No polling: with reduced motion the jump must be instant.
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    await expectFocusOnHeader(page)
  })

  it('scrolls smoothly back to the top with default motion, focus on the header', async () => {
    const {page} = await open(ARTICLE)
    await backToTopByKeyboard(page)
    await expect.poll(() => page.evaluate(() => window.scrollY), {timeout: 5000}).toBe(0)
    await expectFocusOnHeader(page)
  })

  it.each(['small', 'archive'] as const)(
    'never slants or letter-spaces text in the main content, on any page of the %s fixture',
    async (name) => {
      const offenders = await inspectEveryPage(sites[name]!, (page) =>
        page.evaluate(() =>
          [...document.querySelectorAll('main, main *')].flatMap((element) => {
            const style = getComputedStyle(element)
            const spaced = style.letterSpacing !== 'normal' && style.letterSpacing !== '0px'
            return style.fontStyle !== 'normal' || spaced
              ? [`<${element.localName}> font-style: ${style.fontStyle}; letter-spacing: ${style.letterSpacing}`]
              : []
          })
        )
      )
      expect(offenders).toEqual([])
    },
    60_000
  )
})
