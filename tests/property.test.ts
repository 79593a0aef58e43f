import fc from 'fast-check'
import type {Element, Text} from 'hast'
import {selectAll} from 'hast-util-select'
import {defaultSchema} from 'rehype-sanitize'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {defaultFurniture, resolveConfig} from '../src/config.ts'
import {decode} from '../src/load/decode.ts'
import {hasErrors} from '../src/messages.ts'
import {parseArticle} from '../src/parse/article.ts'
import {furnitureSet} from '../src/parse/furniture.ts'
import {cleanText} from '../src/parse/words.ts'
import {collectSite} from '../src/collect/site.ts'
import {renderSite} from '../src/render/site.ts'
import {one, parsePage} from './helpers/html.ts'

const config = resolveConfig()
const furniture = furnitureSet(defaultFurniture)

const range = (from: number, to: number) => fc.integer({min: from, max: to}).map((code) => String.fromCodePoint(code))
/** Characters editors' files really hold, and the ones that break naive generators. */
const character = fc.oneof(
  {weight: 6, arbitrary: range(0x0621, 0x064a)}, // Arabic letters
  {weight: 1, arbitrary: range(0x064b, 0x0652)}, // diacritics
  {weight: 1, arbitrary: fc.constantFrom('\u0640', '،', '؛', '؟', '٫', '٠', '٩', '«', '»', '…')},
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '<',
      '>',
      '&',
      '"',
      "'",
      '*',
      '#',
      '_',
      '[',
      ']',
      '(',
      ')',
      '!',
      '`',
      '~',
      '|',
      '-',
      '=',
      '\\',
      '/',
      ':',
      ';',
      '{',
      '}',
      '%'
    )
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\u200e',
      '\u200f',
      '\u202a',
      '\u202b',
      '\u202c',
      '\u202d',
      '\u202e',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200c',
      '\u200d',
      '\ufeff'
    )
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '<script>',
      '</p>',
      '<!--',
      '-->',
      '<![CDATA[',
      '&amp;',
      '&#x3C;',
      'javascript:',
      'data:',
      ' onclick=',
      '</script>',
      '---',
      '\n---\n'
    )
  },
  {weight: 3, arbitrary: fc.constantFrom(' ', ' ', '\t', '\n', '\r\n', '\r')},
  {weight: 2, arbitrary: range(0x20, 0x7e)},
  {
    weight: 1,
    arbitrary: fc
      .integer({min: 0, max: 0x10ffff})
      .filter((code) => code < 0xd800 || code > 0xdfff)
      .map((code) => String.fromCodePoint(code))
  }
)
const text = fc.array(character, {maxLength: 80}).map((characters) => characters.join(''))
const frontMatter = fc.record(
  {title: text, author: text, summary: text, tags: fc.oneof(text, fc.array(text, {maxLength: 4})), extra: text},
  {requiredKeys: []}
)
type ArticleInput = typeof file extends fc.Arbitrary<infer T> ? T : never

const file = fc.record({
  extension: fc.constantFrom('.txt', '.md'),
  frontMatter: fc.option(frontMatter),
  garbage: fc.option(text), // raw text between the delimiters: any YAML, or none
  body: fc.array(text, {maxLength: 8}).map((lines) => lines.join('\n'))
})

/** The file's text: the generated front matter (or raw text between delimiters), then the body. */
function source(input: ArticleInput): string {
  const head =
    input.garbage !== null
      ? `---\n${input.garbage}\n---\n`
      : input.frontMatter
        ? `---\n${Object.entries({date: '2024-03-05', ...input.frontMatter})
            .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
            .join('\n')}\n---\n`
        : '---\ndate: 2024-03-05\n---\n'
  return head + input.body
}

function parse(input: {extension: string}, raw: string) {
  const decoded = decode(new TextEncoder().encode(raw))
  const vfile = new VFile({
    path: `article${input.extension}`,
    value: decoded.kind === 'text' ? decoded.text : '',
    data: {modifiedDay: '2020-01-01'}
  })
  return {article: parseArticle(vfile, {furniture}), vfile}
}

function articlePage(article: NonNullable<ReturnType<typeof parse>['article']>, vfile: VFile) {
  const site = collectSite([article], new Map([[vfile.path, vfile]]))
  // Tags whose pages would collide are an error: the build stops before rendering.
  if (hasErrors([vfile])) return undefined
  const output = [...renderSite({site, config})].find((item) => item.path === `articles/${article.slug}/index.html`)
  return parsePage(String(output?.render()))
}

/** The text of an element that must hold text only: fails when anything in it became an element. */
function onlyText(element: Element): string {
  for (const child of element.children)
    if (child.type !== 'text') throw new Error(`<${element.tagName}> holds <${(child as Element).tagName}>`)
  return element.children.map((child) => (child as Text).value).join('')
}

/** The text of a headline: text, and left-to-right runs isolated in `<bdi dir="ltr">` that hold text only. */
function isolatedText(element: Element): string {
  return element.children
    .map((child) => {
      if (child.type === 'element' && child.tagName === 'bdi' && child.properties.dir === 'ltr') return onlyText(child)
      return onlyText({...element, children: [child]})
    })
    .join('')
}

const allowedMarkdown = new Set([...(defaultSchema.tagNames ?? []), 'bdi'])

describe('any article file', () => {
  it('parses without throwing, renders well-formed HTML, and turns no text into markup', () => {
    fc.assert(
      fc.property(file, (input) => {
        const {article, vfile} = parse(input, source(input))
        if (!article) return
        const page = articlePage(article, vfile) // parsePage throws on any HTML parse error
        if (!page) return
        expect(isolatedText(one(page, 'h1'))).toBe(article.title)
        expect(onlyText(one(page, 'title'))).toBe(`${article.title} — ${config.title}`)
        if (article.author) expect(onlyText(one(page, '.author bdi'))).toBe(article.author)
        expect(selectAll('.tags bdi', page).map((element) => onlyText(element as Element))).toEqual(article.tags)
        for (const element of selectAll('*', page) as Element[]) {
          expect(Object.keys(element.properties).filter((name) => /^on/i.test(name))).toEqual([])
          for (const name of ['href', 'src'])
            expect(String(element.properties[name] ?? '')).not.toMatch(/^\s*(javascript|data):/i)
        }
        const body = selectAll('.article-body *', page) as Element[]
        if (article.format === 'text') {
          // Plain text: nothing but paragraphs of literal text, line for line, with Latin runs isolated.
          expect(body.map((element) => element.tagName).filter((name) => name !== 'p' && name !== 'bdi')).toEqual([])
          const paragraphs = selectAll('.article-body > p', page) as Element[]
          expect(paragraphs.map(isolatedText)).toEqual(article.paragraphs)
        } else {
          expect(body.map((element) => element.tagName).filter((name) => !allowedMarkdown.has(name))).toEqual([])
        }
      }),
      {numRuns: 1000}
    )
  })

  it('keeps every plain-text line between two sentences as the reader typed it, cleaned of spacing only', () => {
    fc.assert(
      fc.property(fc.array(text, {minLength: 1, maxLength: 6}), (lines) => {
        fc.pre(!lines.some((line) => line.includes('\0'))) // a NUL byte makes the file binary, by design
        // Chrome is looked for only above the first sentence and below the last: between them, every line stays.
        const body = ['نص أول.', ...lines, 'نص أخير.'].join('\n')
        const {article} = parse({extension: '.txt'}, `---\ntitle: ثابت\ndate: 2024-03-05\n---\n${body}`)
        const expected = body
          .split(/\r\n?|\n/)
          .map(cleanText)
          .filter((line) => line !== '')
        expect(article?.paragraphs).toEqual(expected)
      }),
      {numRuns: 1000}
    )
  })
})
