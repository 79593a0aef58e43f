import {describe, expect, it} from 'vitest'
import {build} from '../src/build.ts'
import {contrast, resolveConfig} from '../src/config.ts'
import {MemoryWriter} from '../src/write/writer.ts'
import {one, parsePage, texts} from './helpers/html.ts'

const look = {
  logo: 'favicon.svg',
  accent: '#7a1f1f',
  footer: 'جميع الحقوق محفوظة لغرفة الأخبار',
  social: [
    {name: 'فيسبوك', url: 'https://facebook.com/newsroom'},
    {name: 'X', url: 'https://x.com/newsroom'}
  ]
}

describe("the site's own look", () => {
  it('reads contrast as WCAG does', () => {
    // Hand-checked values: black on white is 21:1; #777777 on white is the well-known 4.48:1.
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
    expect(contrast('#ffffff', '#777777')).toBeCloseTo(4.48, 2)
  })

  it('shows the logo before the name, the accent on links, and the footer text and accounts', async () => {
    const writer = new MemoryWriter()
    const result = await build({articles: 'tests/fixtures/site/articles', config: resolveConfig(look), writer})
    expect(result.ok).toBe(true)
    const page = parsePage(String(writer.files.get('articles/municipal-elections/index.html')))
    const logo = one(page, '.site-title img.site-logo')
    expect(logo.properties.src).toBe('../../favicon.svg')
    expect(logo.properties.alt).toBe('')
    expect(texts(page, '.site-title')).toEqual(['ورّاق'])
    expect(texts(page, 'head style')).toEqual([':root{--accent:#7a1f1f}'])
    expect(texts(page, '.site-footer .footer-text')).toEqual([look.footer])
    expect(texts(page, '.site-footer nav.social a')).toEqual(['فيسبوك', 'X'])
    expect(one(page, '.site-footer nav.social a').properties.href).toBe('https://facebook.com/newsroom')
  })

  it('refuses an accent too light to read, a logo that is not in public/, and social links without a URL', async () => {
    expect(() => resolveConfig({accent: '#ff9999'})).toThrow(
      /`accent` `#ff9999` has a contrast of \d\.\d\d:1 against the page, expected 4\.5:1 or more/
    )
    expect(() => resolveConfig({accent: 'red'})).toThrow(/must be a colour written `#rrggbb`/)
    expect(() => resolveConfig({logo: '../secret.png'})).toThrow(/must name an \.svg or \.png file in public/)
    expect(() => resolveConfig({social: [{name: 'فيسبوك'}]})).toThrow(/`social` must be a list such as/)
    await expect(
      build({
        articles: 'tests/fixtures/site/articles',
        config: resolveConfig({logo: 'missing.svg'}),
        writer: new MemoryWriter()
      })
    ).rejects.toThrow('`logo` `missing.svg` is not a file in public/')
  })

  it('shows nothing of it when nothing is configured', async () => {
    const writer = new MemoryWriter()
    await build({articles: 'tests/fixtures/site/articles', config: resolveConfig(), writer})
    const html = String(writer.files.get('index.html'))
    expect(html).not.toContain('site-logo')
    expect(html).not.toContain('<style>')
    expect(html).not.toContain('class="social"')
  })
})
