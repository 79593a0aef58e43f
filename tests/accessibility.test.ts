import {createRequire} from 'node:module'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildAndServe, launchChromium, type Served, type ServedSite} from './helpers/browser.ts'
import {sample} from './helpers/sample.ts'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
/** The small fixture site, the archive fixture at 5 articles a page so that pagers show, and the sample site. */
const sites: ServedSite[] = []
let small: Served
let archive: Served
let newsroom: Served
let browser: Browser

beforeAll(async () => {
  sites.push(
    // With the site's own look configured, so axe also reads the accent's contrast, the logo and the footer links.
    await buildAndServe('tests/fixtures/site/articles', {
      logo: 'favicon.svg',
      accent: '#7a1f1f',
      footer: 'جميع الحقوق محفوظة لغرفة الأخبار',
      social: [{name: 'فيسبوك', url: 'https://facebook.com/newsroom'}]
    }),
    await buildAndServe('tests/fixtures/archive/articles', {pageSize: 5}),
    // Pictures, sections, pages and the front page, with the sample's logo, accent, footer and social links.
    await buildAndServe(sample.articles, sample.config, sample.cache)
  )
  small = sites[0]!.served
  archive = sites[1]!.served
  newsroom = sites[2]!.served
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await Promise.all(sites.map((site) => site.close()))
})

/** What `axe.run` resolves with, as far as these tests read it. */
interface AxeResults {
  violations: AxeResult[]
  passes: AxeResult[]
  incomplete: AxeResult[]
}
interface AxeResult {
  id: string
  impact: string | null
  nodes: Array<{target: string[]}>
}
type Axe = {
  run: (context: Document, options: object) => Promise<AxeResults>
  _cache: {set: (key: string, value: unknown) => void}
}

/**
 * Runs axe-core on `url` in a phone-sized window, once `ready` (a selector
 * for what a script adds) is there. Returns one line per violation (rule,
 * impact, elements), and every element with text of its own whose contrast
 * axe did not look at.
 */
async function audit(
  url: string,
  colorScheme: 'light' | 'dark',
  ready?: string
): Promise<{violations: string[]; unchecked: string[]}> {
  const context = await browser.newContext({viewport: {width: 360, height: 740}, colorScheme})
  try {
    const page = await context.newPage()
    const response = await page.goto(url)
    expect(response?.status(), `GET ${url}`).toBe(200)
    if (ready) await page.waitForSelector(ready)
    await page.evaluate(() => document.fonts.ready)
    await page.addScriptTag({path: axePath})
    return await page.evaluate(async () => {
      const axe = (window as unknown as {axe: Axe}).axe
      const elements = [...document.body.querySelectorAll('*')]
      // axe skips text it takes for an icon font: it draws the first letter
      // alone, compares it with the whole word, and Arabic letters change
      // shape when joined. After three such words it skips every text in the
      // font. No page here uses an icon font: mark every font as plain text
      // in axe's own cache (pinned axe-core; `unchecked` fails if this stops working).
      const fonts = new Set(elements.map((element) => getComputedStyle(element).fontFamily))
      axe._cache.set('fonts', Object.fromEntries([...fonts].map((font) => [font, {occurrences: 3, numLigatures: 0}])))
      const results = await axe.run(document, {})
      const contrast = [...results.passes, ...results.violations, ...results.incomplete].filter(
        (result) => result.id === 'color-contrast'
      )
      const checked = new Set(
        contrast.flatMap((result) => result.nodes.map((node) => document.querySelector(node.target.join(' '))))
      )
      // Words or numbers of its own (not "…"), and seen: not hidden, not clipped to a pixel like the skip link.
      const hasText = (element: Element) =>
        [...element.childNodes].some(
          (node) => node.nodeType === Node.TEXT_NODE && /[\p{L}\p{N}]/u.test(node.textContent!)
        )
      const seen = (element: Element) => element.checkVisibility() && element.getBoundingClientRect().width > 1
      return {
        violations: results.violations.map(
          (violation) =>
            `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
        ),
        unchecked: elements
          .filter((element) => hasText(element) && seen(element) && !checked.has(element))
          .map((element) => element.outerHTML.slice(0, 80))
      }
    })
  } finally {
    await context.close()
  }
}

describe('accessibility (axe-core in Chromium)', () => {
  it.each([
    ['home', ''],
    ['article', 'articles/haftar-ankara/'],
    ['Markdown article', 'articles/municipal-elections/']
  ])('finds no violation of any impact on the %s page, in light and dark schemes', async (_name, pathname) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      expect(await audit(small.url + pathname, colorScheme), colorScheme).toEqual({violations: [], unchecked: []})
    }
  })

  it.each([
    ['home', ''],
    ['list of all articles (with a pager)', 'latest/'],
    ['article with tags, neighbours and related articles', 'articles/news-30/'],
    ['tag', 'tags/اقتصاد/'],
    ['tags index', 'tags/'],
    ['authors index', 'authors/'],
    ['author', 'authors/سالم-علي/'],
    ['archive index', 'archive/'],
    ['month', 'archive/2024/03/'],
    ['404', '404.html'],
    ['search (with results)', 'search/?q=%D8%A7%D9%84%D8%AE%D8%A8%D8%B1', '#search-results li']
  ])(
    "finds no violation of any impact on the archive fixture's %s page, in light and dark schemes",
    async (_name, pathname, ready?: string) => {
      for (const colorScheme of ['light', 'dark'] as const) {
        expect(await audit(archive.url + pathname, colorScheme, ready), colorScheme).toEqual({
          violations: [],
          unchecked: []
        })
      }
    }
  )

  it.each([
    ['front page, with pictures and sections', ''],
    ['article with a lead picture and a figure in its body', 'articles/2026-10-09-oil-exports/'],
    ['article with Arabic front matter keys', 'articles/2026-12-01-inflation-october/'],
    ['section', 'sections/economy/'],
    ['page', 'about/'],
    ['contact page', 'contact/']
  ])("finds no violation of any impact on the sample site's %s, in light and dark schemes", async (_name, pathname) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      expect(await audit(newsroom.url + pathname, colorScheme), colorScheme).toEqual({violations: [], unchecked: []})
    }
  })
})
