import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildAndServe, launchChromium, type Served, type ServedSite} from './helpers/browser.ts'

let site: ServedSite
let served: Served
let browser: Browser
let page: Page

beforeAll(async () => {
  site = await buildAndServe('tests/fixtures/search/articles')
  served = site.served
  browser = await launchChromium()
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
})

/** Opens the search page for `query` (and filters) and returns the result links, best first. */
async function search(query: string, filters: {tag?: string; year?: string} = {}): Promise<string[]> {
  const params = new URLSearchParams({q: query, ...filters})
  await page.goto(`${served.url}search/?${params}`)
  await page.waitForSelector(`#search-results[data-query="${query}"]`, {state: 'attached', timeout: 15_000})
  return page.$$eval('#search-results li h2 a', (links) => links.map((link) => link.getAttribute('href') ?? ''))
}

describe('search in Arabic (Pagefind in Chromium)', () => {
  it('تركيا finds an article that only says بتركيا and وتركيا: attached prepositions and conjunctions', async () => {
    expect(await search('تركيا')).toContain('../articles/turkey-prefixed/')
  })

  it('حفتر finds an article that only says وحفتر: the conjunction و is attached', async () => {
    expect(await search('حفتر')).toContain('../articles/haftar-conjunction/')
  })

  it.each([['أنقرة'], ['انقرة']])(
    '%s finds an article that spells it أنقرة: alef with and without hamza',
    async (query) => {
      expect(await search(query)).toContain('../articles/ankara-hamza/')
    }
  )

  it.each([['مدرسة'], ['مدرسه']])('%s finds both spellings, with ة and with ه', async (query) => {
    const found = await search(query)
    expect(found).toContain('../articles/school-ta-marbuta/')
    expect(found).toContain('../articles/school-ha/')
  })

  it('الدِّفاع typed with diacritics finds الدفاع written without', async () => {
    expect(await search('الدِّفاع')).toContain('../articles/defence/')
  })

  it('two words rank an article with both above articles with one of them', async () => {
    const found = await search('ميناء طرابلس')
    expect(found[0]).toBe('../articles/port-and-city/')
    for (const single of ['../articles/city-only/', '../articles/port-only/']) {
      if (found.includes(single)) expect(found.indexOf(single)).toBeGreaterThan(0)
    }
  })

  it.each([['العودة'], ['الأعلى'], ['الأرشيف'], ['الوسوم'], ['المحتوى']])(
    '%s, a word only in the navigation or the back-to-top label, finds nothing',
    async (query) => {
      expect(await search(query)).toEqual([])
      expect(await page.textContent('#search-status')).toBe(`لا نتائج لـ«${query}».`)
    }
  )

  it('shows each result with its headline, date and an excerpt with the match marked', async () => {
    await search('أنقرة')
    const first = await page.$eval('#search-results li', (item) => ({
      title: item.querySelector('h2')?.textContent,
      date: item.querySelector('.entry-meta')?.textContent,
      marked: [...item.querySelectorAll('.entry-summary mark')].map((mark) => mark.textContent)
    }))
    expect(first).toEqual({title: 'اجتماع في العاصمة التركية', date: '12 مارس 2023', marked: ['أنقرة']})
  })

  it('filters results by tag and by year', async () => {
    const all = await search('طرابلس')
    expect(all).toEqual(
      expect.arrayContaining(['../articles/port-and-city/', '../articles/city-only/', '../articles/school-ta-marbuta/'])
    )
    expect(await search('طرابلس', {tag: 'تعليم'})).toEqual(['../articles/school-ta-marbuta/'])
    expect((await search('طرابلس', {year: '2024'})).sort()).toEqual([
      '../articles/city-only/',
      '../articles/port-and-city/'
    ])
  })

  it('says in Arabic that search needs JavaScript, with links to the archive, when JavaScript is off', async () => {
    const context = await browser.newContext({javaScriptEnabled: false})
    const plain = await context.newPage()
    await plain.goto(`${served.url}search/`)
    const notice = await plain.$eval('.search-noscript', (element) => ({
      text: element.textContent,
      links: [...element.querySelectorAll('a')].map((link) => link.getAttribute('href'))
    }))
    await context.close()
    expect(notice.text).toContain('البحث يحتاج إلى تفعيل JavaScript')
    expect(notice.links).toEqual(['../archive/', '../tags/', '../authors/'])
  })

  it('links the search page from every page header', async () => {
    await page.goto(`${served.url}articles/defence/`)
    expect(await page.$eval('header#top a[href$="search/"]', (link) => link.textContent)).toBe('بحث')
  })
})
