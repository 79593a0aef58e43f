import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {Browser, BrowserContext, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {launchChromium} from './helpers/browser.ts'
import {eventually, type ServeProcess, startServe} from './helpers/serve.ts'

const GOOD = '---\ntitle: خبر سليم\ndate: 2024-05-01\n---\nنص الخبر السليم.\n'
const BROKEN = '---\ntitle: [خبر مكسور\ndate: 2024-05-01\n---\nنص الخبر السليم.\n'
/** No `date`: the day is taken from the file name, with a warning. */
const UNDATED = '---\ntitle: خبر بلا تاريخ\n---\nنص خبر بلا تاريخ.\n'
/** Where the screenshots go, to be looked at by a person; git ignores the folder. */
const SCRATCH = path.resolve('scratch')

let server: ServeProcess
let browser: Browser

/** The number of the last build, as a served page carries it. */
async function lastBuild(): Promise<number> {
  return Number(/"build":(\d+)/.exec((await server.get('articles/sound/')).text)?.[1])
}

/** Writes `text` to the article `name` and waits until serve has built it. */
async function save(name: string, text: string): Promise<void> {
  const before = await lastBuild()
  await writeFile(path.join(server.root, 'articles', name), text)
  await eventually(async () => (await lastBuild()) > before, 10, server.output)
}

/** A new tab `width` px wide on the article, fonts loaded. */
async function open(width: number, height = 740, colorScheme: 'light' | 'dark' = 'light') {
  const context: BrowserContext = await browser.newContext({viewport: {width, height}, colorScheme})
  const page = await context.newPage()
  await page.goto(`${server.origin}articles/sound/`)
  await page.evaluate(() => document.fonts.ready)
  return page
}

/** What a reader sees of the overlay, read through its shadow root; undefined when there is none. */
function overlay(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('warraq-overlay')?.shadowRoot
    const sheet = root?.querySelector('section')
    if (!root || !sheet) return undefined
    const style = (node: Element | null | undefined) => (node ? getComputedStyle(node) : undefined)
    const item = (severity: string) => {
      const node = root.querySelector(`li.${severity}`)
      const label = node?.querySelector('.label')
      return {
        label: label?.textContent,
        labelBackground: style(label)?.backgroundColor,
        background: style(node)?.backgroundColor,
        border: `${style(node)?.borderInlineStartStyle} ${style(node)?.borderInlineStartColor}`
      }
    }
    const sizes = [...root.querySelectorAll('h2, p, .label, bdi')].map((node) =>
      Number.parseFloat(style(node)!.fontSize)
    )
    const place = root.querySelector('.place')
    return {
      dir: sheet.getAttribute('dir'),
      lang: sheet.getAttribute('lang'),
      kind: sheet.className,
      heading: root.querySelector('h2')?.textContent,
      summary: root.querySelector('.summary')?.textContent,
      height: sheet.getBoundingClientRect().height,
      font: style(sheet)!.fontFamily,
      smallest: Math.min(...sizes),
      place: place?.textContent,
      placeDirection: style(place)?.direction,
      error: item('error'),
      warning: item('warning'),
      close: root.querySelector('button')?.getAttribute('aria-label')
    }
  })
}

beforeAll(async () => {
  server = await startServe({'sound.md': GOOD, 'broken.md': GOOD, '2024-05-04-undated.md': UNDATED})
  browser = await launchChromium()
  await mkdir(SCRATCH, {recursive: true})
}, 90_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('the overlay of warraq serve, in Chromium', () => {
  it('shows the warnings of a good build in a small panel that stays closed once closed', async () => {
    const page = await open(360)
    const shown = await overlay(page)
    expect(shown).toMatchObject({dir: 'rtl', lang: 'ar', kind: 'sheet warned', heading: 'اكتمل بناء الموقع'})
    expect(shown!.summary).toBe('تحذير واحد')
    expect(shown!.height).toBeLessThanOrEqual(740 / 4)
    await page.screenshot({path: path.join(SCRATCH, 'overlay-warnings-360.png')})
    await page.getByRole('button', {name: 'إغلاق'}).click()
    expect(await overlay(page)).toBeUndefined()
    await page.reload()
    expect(await overlay(page)).toBeUndefined()
    await page.context().close()
  })

  it('shows a failed build over the last good page, in Arabic, on a phone, until it is fixed', async () => {
    const live = await open(360)
    await save('broken.md', BROKEN)
    // The page open during the build got the news from the event stream.
    await live.waitForFunction(() => document.querySelector('warraq-overlay')?.shadowRoot?.querySelector('.failed'))
    await live.context().close()

    const page = await open(360)
    const shown = await overlay(page)
    expect(shown).toMatchObject({
      dir: 'rtl',
      lang: 'ar',
      kind: 'sheet failed',
      heading: 'تعذّر بناء الموقع: الصفحة المعروضة من آخر بناء ناجح',
      summary: 'خطأ واحد وتحذير واحد',
      place: expect.stringMatching(/^articles\/broken\.md:2:\d+$/),
      placeDirection: 'ltr',
      close: 'إغلاق'
    })
    expect(shown!.font).toMatch(/^"Noto Naskh Arabic"/)
    expect(shown!.smallest).toBeGreaterThanOrEqual(14)
    expect(shown!.height).toBeLessThanOrEqual(740 / 3 + 1)
    console.info(`failed-build overlay at 360×740: ${shown!.height} px high`)
    // Told apart by words, and by colour and border as well.
    expect([shown!.error.label, shown!.warning.label]).toEqual(['خطأ', 'تحذير'])
    expect(shown!.error.labelBackground).not.toBe(shown!.warning.labelBackground)
    expect(shown!.error.background).not.toBe(shown!.warning.background)
    expect(shown!.error.border).not.toBe(shown!.warning.border)
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'تعذّر'))).toBe(true)
    await page.screenshot({path: path.join(SCRATCH, 'overlay-error-360.png')})
    await page.evaluate(() =>
      document.querySelector('warraq-overlay')!.shadowRoot!.querySelector('.list')!.scrollBy(0, 999)
    )
    await page.screenshot({path: path.join(SCRATCH, 'overlay-error-360-scrolled.png')})

    await page.getByRole('button', {name: 'إغلاق'}).click()
    expect(await overlay(page)).toBeUndefined()
    await page.reload()
    expect((await overlay(page))?.kind).toBe('sheet failed')
    await page.keyboard.press('Escape')
    expect(await overlay(page)).toBeUndefined()
    await page.reload()

    await page.evaluate(() => Object.assign(window, {before: true}))
    await save('broken.md', GOOD)
    await page.waitForFunction(() => !('before' in window) && document.readyState === 'complete')
    expect((await overlay(page))?.kind).toBe('sheet warned')
    await save('2024-05-04-undated.md', UNDATED.replace('\n---\nنص', '\ndate: 2024-05-04\n---\nنص'))
    await page.waitForFunction(() => document.readyState === 'complete' && !document.querySelector('warraq-overlay'))
    await page.context().close()
  }, 60_000)

  it('looks right wide and in the dark', async () => {
    await save('broken.md', BROKEN)
    for (const [width, height, scheme] of [
      [1280, 800, 'light'],
      [360, 740, 'dark']
    ] as const) {
      const page = await open(width, height, scheme)
      expect((await overlay(page))!.height).toBeLessThanOrEqual(height / 3 + 1)
      await page.screenshot({path: path.join(SCRATCH, `overlay-error-${width}-${scheme}.png`)})
      await page.context().close()
    }
  })
})
