import {mkdtemp, rm} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'
import {launchChromium, serve, type Served} from './helpers/browser.ts'

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let temporary: string
let served: Served
let browser: Browser

beforeAll(async () => {
  temporary = await mkdtemp(path.join(tmpdir(), 'warraq-axe-'))
  const result = await build({articles: 'tests/fixtures/site/articles', out: path.join(temporary, 'dist'), config: resolveConfig()})
  expect(result.ok).toBe(true)
  served = await serve(path.join(temporary, 'dist'))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await served?.close()
  if (temporary) await rm(temporary, {recursive: true, force: true})
})

describe('accessibility (axe-core in Chromium)', () => {
  it.each([
    ['home', ''],
    ['article', 'articles/haftar-ankara/'],
    ['Markdown article', 'articles/municipal-elections/']
  ])('finds no violation of any impact on the %s page, in light and dark schemes', async (_name, pathname) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({viewport: {width: 360, height: 740}, colorScheme})
      const page = await context.newPage()
      await page.goto(served.url + pathname)
      await page.addScriptTag({path: axePath})
      const violations = await page.evaluate(async () => {
        const results = await (window as unknown as {axe: {run: (context: Document, options: object) => Promise<{violations: Array<{id: string; impact: string; nodes: Array<{target: string[]}>}>}>}}).axe.run(document, {resultTypes: ['violations']})
        return results.violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      })
      await context.close()
      expect(violations, colorScheme).toEqual([])
    }
  })
})
