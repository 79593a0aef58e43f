import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildAndServe, launchChromium, type ServedSite} from './helpers/browser.ts'

const QUOTE = '"Libya is open for business, and we expect new licensing rounds in Q1 2026."'
const PARAGRAPH = `وقال الوزير في المؤتمر: ${QUOTE} وأضاف أن رقم الاستعلامات هو +218 21 123 4567 للمستثمرين.`
const TITLE = 'OPEC+ ترفع إنتاجها'

let folder: string
let site: ServedSite
let browser: Browser

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), 'warraq-bidi-'))
  await writeFile(path.join(folder, 'open.txt'), `---\ntitle: ${TITLE}\ndate: 2025-01-02\n---\n${PARAGRAPH}\n`)
  await writeFile(path.join(folder, 'later.txt'), '---\ntitle: خبر لاحق\ndate: 2025-01-03\n---\nنص الخبر اللاحق.\n')
  site = await buildAndServe(folder)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await rm(folder, {recursive: true, force: true})
})

interface Box {
  left: number
  right: number
  top: number
  bottom: number
}

/** Opens `pathname` `width` px wide, fonts loaded. */
async function open(pathname: string, width: number): Promise<Page> {
  const page = await browser.newPage({viewport: {width, height: 800}})
  const response = await page.goto(site.served.url + pathname)
  expect(response?.status(), `GET /${pathname}`).toBe(200)
  await page.evaluate(() => document.fonts.ready)
  return page
}

/**
 * The drawn box of each of `parts`, found one after the other in the text of
 * the first element matching `selector` that contains `within`: a range
 * measures the glyphs wherever the bidi algorithm put them, across the text
 * nodes that `<bdi>` elements split the text into.
 */
function boxes(page: Page, selector: string, within: string, parts: string[]): Promise<Box[]> {
  return page.evaluate(
    ([selector, within, parts]) => {
      const element = [...document.querySelectorAll(selector)].find((node) => node.textContent?.includes(within))
      if (!element) throw new Error(`No \`${selector}\` holds \`${within}\``)
      const texts: Text[] = []
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text)
      const place = (offset: number): [Text, number] => {
        for (const text of texts) {
          if (offset <= text.length) return [text, offset]
          offset -= text.length
        }
        throw new Error(`Offset past the end of \`${selector}\``)
      }
      let from = element.textContent!.indexOf(within)
      return parts.map((part) => {
        const start = element.textContent!.indexOf(part, from)
        from = start + part.length
        const range = document.createRange()
        range.setStart(...place(start))
        range.setEnd(...place(from))
        const {left, right, top, bottom} = range.getBoundingClientRect()
        return {left, right, top, bottom}
      })
    },
    [selector, within, parts] as const
  )
}

/** Whether two boxes sit on the same line: their heights overlap. */
function sameLine(a: Box, b: Box): boolean {
  return a.top < b.bottom && b.top < a.bottom
}

/** Whether the boxes sit on one line, each to the right of the one before, give or take half a pixel of rounding. */
function leftToRight(found: Box[]): boolean {
  return found.every(
    (box, index) => index === 0 || (sameLine(found[index - 1]!, box) && box.left >= found[index - 1]!.right - 0.5)
  )
}

describe('Latin text and numbers inside Arabic, in Chromium', () => {
  it.each([360, 1280])(
    'draws a quotation’s closing full stop and quote at its right end, %i px wide',
    async (width) => {
      const page = await open('articles/open/', width)
      const [year, stop, quote] = await boxes(page, '.article-body p', '2026."', ['2026', '.', '"'])
      expect({year, stop, quote, inOrder: leftToRight([year!, stop!, quote!])}).toMatchObject({inOrder: true})
      await page.locator('.article-body p').screenshot({path: `/tmp/bidi-${width}.png`})
      await page.close()
    }
  )

  it.each([360, 1280])('draws a phone number’s digit groups left to right in order, %i px wide', async (width) => {
    const page = await open('articles/open/', width)
    const groups = await boxes(page, '.article-body p', '+218', ['+218', '21', '123', '4567'])
    expect({groups, inOrder: leftToRight(groups)}).toMatchObject({inOrder: true})
    await page.close()
  })

  it.each([
    ['the article’s headline', 'articles/open/', 'h1'],
    ['a list entry', '', '.entry-title a'],
    ['the link from the next article', 'articles/later/', '.neighbours a']
  ])('draws the + of OPEC+ after OPEC in %s', async (_, pathname, selector) => {
    const page = await open(pathname, 360)
    const [name, plus] = await boxes(page, selector, 'OPEC+', ['OPEC', '+'])
    expect({name, plus, inOrder: leftToRight([name!, plus!])}).toMatchObject({inOrder: true})
    await page.close()
  })
})
