import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseMarkdownBody, parseWithUnified, plainParagraphs} from '../src/parse/body-markdown.ts'
import {toHtml} from '../src/render/html.ts'

const range = (from: number, to: number) => fc.integer({min: from, max: to}).map((code) => String.fromCodePoint(code))
/** Characters of news text, then every one that could make plain text mean something else. */
const character = fc.oneof(
  {weight: 12, arbitrary: range(0x0621, 0x064a)}, // Arabic letters
  {weight: 1, arbitrary: range(0x064b, 0x0652)}, // diacritics
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '\u0640',
      '،',
      '؛',
      '؟',
      '٫',
      '٠',
      '٩',
      '«',
      '»',
      '…',
      '.',
      ',',
      ':',
      '(',
      ')',
      '"',
      "'",
      '%',
      '/'
    )
  },
  {weight: 2, arbitrary: range(0x30, 0x39)}, // digits
  {weight: 2, arbitrary: fc.oneof(range(0x41, 0x5a), range(0x61, 0x7a))}, // Latin letters
  {weight: 1, arbitrary: range(0x21, 0x2f)}, // ASCII punctuation, markup openers among them
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ':',
      ';',
      '<',
      '=',
      '>',
      '?',
      '@',
      '[',
      '\\',
      ']',
      '^',
      '_',
      '`',
      '{',
      '|',
      '}',
      '~',
      '&amp;',
      '&#1604;',
      '\\*',
      '1.',
      '1)',
      '* ',
      '- ',
      '+ ',
      '# ',
      '> ',
      '---',
      '===',
      '```',
      '~~~',
      '<p>',
      '<!--',
      '[a]: /b',
      '![x](y)',
      'http://a.b',
      'www.a.b',
      'a@b.c'
    )
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ' ',
      '  ',
      '   ',
      '    ',
      '\t',
      '\u00a0',
      '\u2007',
      '\u2028',
      '\u2029',
      '\u3000',
      '\u0085',
      '\u000b',
      '\u000c',
      '\r',
      '\0'
    )
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '\u200e',
      '\u200f',
      '\u202b',
      '\u202e',
      '\u2067',
      '\u2069',
      '\u200c',
      '\u200d',
      '\ufeff',
      '\ufffe',
      '\ufdd0',
      '\u061c',
      '\u0600',
      '\u06dd'
    )
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({min: 0, max: 0x10ffff})
      .filter((code) => code < 0xd800 || code > 0xdfff)
      .map((code) => String.fromCodePoint(code))
  }
)
/** Characters plain news text is made of. */
const plainCharacter = fc.oneof(
  {weight: 12, arbitrary: range(0x0621, 0x064a)},
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '\u0640',
      '،',
      '؛',
      '؟',
      '«',
      '»',
      '…',
      '.',
      ',',
      ':',
      '(',
      ')',
      '"',
      "'",
      '%',
      '/',
      '؛',
      '\u064e',
      '\u0651'
    )
  },
  {weight: 1, arbitrary: range(0x30, 0x39)},
  {weight: 1, arbitrary: fc.oneof(range(0x41, 0x5a), range(0x61, 0x7a))}
)
const bodyOf = (letter: fc.Arbitrary<string>) => {
  const word = fc.array(letter, {minLength: 1, maxLength: 9}).map((characters) => characters.join(''))
  const line = fc.array(word, {minLength: 1, maxLength: 12}).map((words) => words.join(' '))
  const paragraph = fc.array(line, {minLength: 1, maxLength: 3}).map((lines) => lines.join('\n'))
  return fc
    .tuple(
      fc.array(paragraph, {minLength: 0, maxLength: 6}),
      fc.constantFrom('\n\n', '\n\n', '\n\n', '\n\n\n', '\n \n', '\n\t\n', '\n'),
      fc.constantFrom('', '\n', '\n\n', ' '),
      fc.constantFrom('', '\n', '\n\n', ' \n')
    )
    .map(([paragraphs, separator, before, after]) => before + paragraphs.join(separator) + after)
}
/**
 * Bodies shaped like news: paragraphs, mostly apart by one empty line,
 * sometimes by more or by white space; made of plain characters, of any, or
 * of plain ones with one other character put anywhere.
 */
const body = fc.oneof(
  bodyOf(plainCharacter),
  bodyOf(character),
  fc
    .tuple(bodyOf(plainCharacter), character, fc.nat())
    .map(([text, extra, at]) => text.slice(0, at % (text.length + 1)) + extra + text.slice(at % (text.length + 1)))
)
const title = fc.option(
  fc.array(plainCharacter, {minLength: 1, maxLength: 30}).map((characters) => characters.join('')),
  {nil: undefined}
)
/** Any text at all, built from the same characters and line breaks. */
const anyText = fc
  .array(fc.oneof({weight: 8, arbitrary: character}, {weight: 2, arbitrary: fc.constantFrom('\n', '\n\n')}), {
    maxLength: 200
  })
  .map((characters) => characters.join(''))

/** Asserts that `text` gives the same HTML, paragraphs and headline as the full pipeline; returns whether the fast path took it. */
function assertSame(text: string, title: string | undefined): boolean {
  const fast = parseMarkdownBody(text, title)
  const full = parseWithUnified(text, title)
  expect(toHtml(fast.tree)).toBe(toHtml(full.tree))
  expect(fast.paragraphs).toEqual(full.paragraphs)
  expect(fast.title).toBe(full.title)
  return plainParagraphs(text) !== undefined
}

describe('the plain-paragraph fast path', () => {
  it('gives HTML byte-identical to unified on 10,000 generated news-like bodies, and takes a good share of them', () => {
    let taken = 0
    fc.assert(
      fc.property(body, title, (text, given) => {
        if (assertSame(text, given)) taken++
      }),
      {numRuns: 10_000}
    )
    // The check is only worth something if the fast path really ran on many of them.
    expect(taken).toBeGreaterThan(2_000)
  })

  it('gives HTML byte-identical to unified on 10,000 arbitrary texts', () => {
    fc.assert(
      fc.property(anyText, (text) => void assertSame(text, undefined)),
      {numRuns: 10_000}
    )
  })

  it('takes plain Arabic paragraphs and leaves anything with markup to unified', () => {
    const plain =
      'التقى حفتر الجمعة وزير الدفاع التركي (يشار غولر) في أنقرة، يوم 14 مارس.\nوقال: "نعم" 100%.\n\nفقرة ثانية؟'
    expect(plainParagraphs(plain)).toEqual([
      'التقى حفتر الجمعة وزير الدفاع التركي (يشار غولر) في أنقرة، يوم 14 مارس.\nوقال: "نعم" 100%.',
      'فقرة ثانية؟'
    ])
    expect(toHtml(parseMarkdownBody(plain).tree)).toBe(
      '<p>التقى حفتر الجمعة وزير الدفاع التركي (يشار غولر) في أنقرة، يوم 14 مارس.\nوقال: "نعم" 100%.</p>\n<p>فقرة ثانية؟</p>'
    )
    for (const marked of [
      '**عاجل** خبر',
      'خبر\n1. أول',
      '# عنوان',
      '> اقتباس',
      'رابط [هنا](https://a.b)',
      'خبر  \nسطر',
      ' خبر',
      'خبر\n---',
      'A &amp; B',
      'سطر\\\nآخر'
    ]) {
      expect(plainParagraphs(marked), marked).toBeUndefined()
    }
  })
})
