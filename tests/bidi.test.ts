import fc from 'fast-check'
import type {ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {describe, expect, it} from 'vitest'
import {isolatedText, isolateLtr} from '../src/parse/bidi.ts'
import {toHtml} from '../src/render/html.ts'
import {parseText} from './helpers/parse.ts'

/** `text` with its runs isolated, as HTML. */
function isolated(text: string): string {
  return toHtml({type: 'root', children: isolatedText(text)})
}

/** A body tree with its runs isolated, as HTML. */
function isolatedTree(...children: Root['children']): string {
  return toHtml(isolateLtr({type: 'root', children}))
}

function textOf(nodes: readonly ElementContent[]): string {
  return nodes
    .map((node) => (node.type === 'text' ? node.value : node.type === 'element' ? textOf(node.children) : ''))
    .join('')
}

const QUOTE = '"Libya is open for business, and we expect new licensing rounds in Q1 2026."'

const word = fc.oneof(
  fc.constantFrom('قال', 'الوزير', 'ليبيا', 'و', '٢٠٢٥', '،', '«', '»', '؟'),
  fc.constantFrom('Libya', 'OPEC', 'Q1', 'don’t', 'é', 'info@noc.ly', 'https://a.ly/x'),
  fc.stringMatching(/^[0-9]{1,4}$/),
  fc.constantFrom('"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '.', ',', ':', '!', '?', '-', '+', '%', '/')
)
/** Strings mixing Arabic and Latin words, digits and punctuation, run together or apart. */
const mixed = fc
  .array(fc.tuple(word, fc.constantFrom('', ' ', ' ', '-', '.')), {maxLength: 20})
  .map((parts) => parts.flat().join(''))

/** Every `<bdi>` in `nodes`, at any depth. */
function isolates(nodes: readonly ElementContent[]): ElementContent[][] {
  return nodes.flatMap((node) =>
    node.type !== 'element' ? [] : [...(node.tagName === 'bdi' ? [node.children] : []), ...isolates(node.children)]
  )
}

describe('isolatedText', () => {
  it('keeps a quotation whole, its closing full stop and quote inside the isolate', () => {
    expect(isolated(`وقال الوزير: ${QUOTE} وأضاف`)).toBe(`وقال الوزير: <bdi dir="ltr">${QUOTE}</bdi> وأضاف`)
    expect(isolated('قال: “Libya is open.” ثم')).toBe('قال: <bdi dir="ltr">“Libya is open.”</bdi> ثم')
  })

  it('isolates a phone number as one run', () => {
    expect(isolated('الرقم هو +218 21 123 4567 للمستثمرين.')).toBe(
      'الرقم هو <bdi dir="ltr">+218 21 123 4567</bdi> للمستثمرين.'
    )
    expect(isolated('اتصلوا على 091-234-5678 مساء')).toBe('اتصلوا على <bdi dir="ltr">091-234-5678</bdi> مساء')
  })

  it('isolates an e-mail address and a URL, leaving the sentence’s full stop outside', () => {
    expect(isolated('راسلونا على info@noc.ly.')).toBe('راسلونا على <bdi dir="ltr">info@noc.ly</bdi>.')
    expect(isolated('المصدر: https://www.example.org/news/2024/ اليوم')).toBe(
      'المصدر: <bdi dir="ltr">https://www.example.org/news/2024/</bdi> اليوم'
    )
  })

  it('isolates a Latin name in brackets with its brackets', () => {
    expect(isolated('قالت (CNN) إن')).toBe('قالت <bdi dir="ltr">(CNN)</bdi> إن')
  })

  it('leaves outside a quote or bracket opened in the Arabic text, and a trailing comma', () => {
    expect(isolated('نقلت “وكالة Reuters” و(وكالة AFP) من Paris, ثم')).toBe(
      'نقلت “وكالة <bdi dir="ltr">Reuters</bdi>” و(وكالة <bdi dir="ltr">AFP</bdi>) من <bdi dir="ltr">Paris</bdi>, ثم'
    )
  })

  it('does not isolate plain numbers: a year, a percentage, a decimal, seven digits in one group', () => {
    const text = 'ارتفع الإنتاج 15% في 2025 إلى 3.5 مليون و1234567 برميل'
    expect(isolatedText(text)).toEqual([{type: 'text', value: text}])
  })

  it('never puts Arabic-Indic digits in a run', () => {
    const text = 'الرقم ٠٩١ ٢٣٤ ٥٦٧٨ للاستعلام'
    expect(isolatedText(text)).toEqual([{type: 'text', value: text}])
  })

  it('leaves Arabic-only text and text without Arabic as one text node', () => {
    expect(isolatedText('ليبيا مفتوحة للاستثمار.')).toEqual([{type: 'text', value: 'ليبيا مفتوحة للاستثمار.'}])
    expect(isolatedText(QUOTE)).toEqual([{type: 'text', value: QUOTE}])
  })

  it('gives back exactly its input, in isolates that are never empty, never edged with spaces, never Arabic', () => {
    fc.assert(
      fc.property(mixed, (value) => {
        const nodes = isolatedText(value)
        expect(textOf(nodes)).toBe(value)
        for (const node of nodes) {
          if (node.type !== 'element') continue
          expect(node.tagName).toBe('bdi')
          expect(textOf(node.children)).toMatch(/^\S(.*\S)?$/su)
          expect(textOf(node.children)).not.toMatch(/[\p{Script=Arabic}]/u)
        }
      }),
      {numRuns: 2000}
    )
  })
})

describe('isolateLtr', () => {
  it('keeps the text of a paragraph with inline markup exactly, in isolates never empty nor Arabic', () => {
    const inline = fc.oneof(
      mixed.map((value): ElementContent => ({type: 'text', value})),
      fc.tuple(fc.constantFrom('strong', 'em', 'a', 'code'), mixed).map(([tag, value]) => h(tag, value)),
      fc.tuple(mixed, mixed).map(([outer, inner]) => h('em', [outer, h('strong', inner)]))
    )
    fc.assert(
      fc.property(fc.array(inline, {maxLength: 6}), (children) => {
        const before = textOf(children)
        const tree = isolateLtr({type: 'root', children: [h('p', structuredClone(children))]})
        const after = textOf(tree.children as ElementContent[])
        expect(after).toBe(before)
        for (const content of isolates(tree.children as ElementContent[])) {
          expect(textOf(content)).not.toBe('')
          expect(textOf(content)).not.toMatch(/[\p{Script=Arabic}]/u)
        }
      }),
      {numRuns: 2000}
    )
  })

  it('keeps Latin text split by inline markup in one isolate', () => {
    expect(isolatedTree(h('p', ['قال: "Libya is ', h('strong', 'open'), ' for business." ثم']))).toBe(
      '<p>قال: <bdi dir="ltr">"Libya is <strong>open</strong> for business."</bdi> ثم</p>'
    )
  })

  it('isolates a link or code span a run covers whole, without touching the code', () => {
    expect(isolatedTree(h('p', ['نقلت ', h('a', {href: '/x'}, 'Reuters'), ' ومثال ', h('code', 'a (b'), ' هنا']))).toBe(
      '<p>نقلت <bdi dir="ltr"><a href="/x">Reuters</a></bdi> ومثال <bdi dir="ltr"><code>a (b</code></bdi> هنا</p>'
    )
  })

  it('isolates inside a link that a run covers in part', () => {
    expect(isolatedTree(h('p', ['نقلت ', h('a', {href: '/x'}, 'وكالة Reuters'), ' اليوم']))).toBe(
      '<p>نقلت <a href="/x">وكالة <bdi dir="ltr">Reuters</bdi></a> اليوم</p>'
    )
  })

  it('leaves code blocks, elements with a direction, and blocks without Arabic as they are', () => {
    const untouched = [
      h('pre', [h('code', 'print("Libya") # ليبيا')]),
      h('p', ['قال ', h('span', {dir: 'ltr'}, 'Libya is open'), ' ثم']),
      h('p', 'Libya is open.')
    ]
    const before = toHtml({type: 'root', children: structuredClone(untouched)})
    expect(isolatedTree(...untouched)).toBe(before)
  })

  it('isolates runs in a list item without letting them cross into its nested list', () => {
    expect(isolatedTree(h('li', ['قال Reuters', h('ul', [h('li', 'AFP only')])]))).toBe(
      '<li>قال <bdi dir="ltr">Reuters</bdi><ul><li>AFP only</li></ul></li>'
    )
  })
})

describe('parsed articles', () => {
  const lines = [`وقال الوزير في المؤتمر: ${QUOTE} وأضاف.`, 'رقم الاستعلامات هو +218 21 123 4567 للمستثمرين.']

  it.each(['a.txt', 'a.md'])('isolates runs in the HTML of %s but leaves its record text as it was', (path) => {
    const title = 'OPEC+ ترفع الإنتاج'
    const {article} = parseText(path, `---\ntitle: ${title}\ndate: 2025-01-02\n---\n${lines.join('\n\n')}\n`)
    expect(article?.title).toBe(title)
    expect(article?.paragraphs).toEqual(lines)
    expect(article?.html).toBe(
      '<p>وقال الوزير في المؤتمر: <bdi dir="ltr">"Libya is open for business, and we expect new licensing rounds in Q1 2026."</bdi> وأضاف.</p>\n' +
        '<p>رقم الاستعلامات هو <bdi dir="ltr">+218 21 123 4567</bdi> للمستثمرين.</p>'
    )
  })
})
