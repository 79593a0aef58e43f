import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseText} from './helpers/parse.ts'

const arabicWords =
  'الوزير الحكومة أعلن قال المدينة مشروع الأسبوع المقبل اتفاق النفط ليبيا طرابلس الأمطار المدارس خطة'.split(' ')
const word = fc.constantFrom(...arabicWords)
const words = (min: number, max: number) =>
  fc.array(word, {minLength: min, maxLength: max}).map((list) => list.join(' '))

/** A sentence of the article: words ending in `.`, `؟` or `!`, sometimes with a closing quote. */
const sentence = fc.tuple(words(3, 30), fc.constantFrom('.', '؟', '!', '.»', '.”')).map(([text, end]) => text + end)

/** A line in the middle of an article that is not a sentence, even one that looks like chrome. */
const middleLine = fc.oneof(
  words(1, 5),
  fc.constantFrom('فيسبوك', 'اقرأ أيضاً', 'الجمعة 5 ديسمبر 2025', 'بقلم: سالم علي')
)

/**
 * A lead paragraph: a statement, or a question of more than fifteen words. A
 * short question right above chrome reads as a headline (`هل تنجح المفاوضات؟`).
 */
const lead = fc
  .tuple(words(3, 30), fc.constantFrom('.', '؟', '!', '.»'))
  .filter(([text, end]) => end.startsWith('.') || text.split(' ').length > 15)
  .map(([text, end]) => text + end)

/** The article body: sentences first and last, anything sentence-like or short between. */
const body = fc
  .tuple(lead, fc.array(fc.oneof(sentence, middleLine), {maxLength: 6}), fc.option(sentence, {nil: undefined}))
  .map(([first, middle, last]) => [first, ...middle, ...(last === undefined ? [] : [last])])
  .filter((lines) => /[.؟!][»”]?$/.test(lines.at(-1)!))

const months = ['ديسمبر', 'كانون الأول', 'دجنبر', 'يناير', 'جانفي', 'شباط', 'مارس', 'أيلول']
const digits = (text: string) => text.replace(/\d/g, (digit) => '٠١٢٣٤٥٦٧٨٩'[Number(digit)]!)
const dateLine = fc
  .tuple(
    fc.integer({min: 1, max: 28}),
    fc.constantFrom(...months),
    fc.integer({min: 2000, max: 2026}),
    fc.constantFrom('', 'الجمعة ', 'نشر في: ', 'تاريخ النشر: ', 'آخر تحديث: '),
    fc.constantFrom('', ' 10:30', ' - 03:15 م', ' 09:45 مساءً'),
    fc.boolean()
  )
  .map(([day, month, year, before, after, eastern]) => {
    const text = `${before}${day} ${month} ${year}${after}`
    return eastern ? digits(text) : text
  })
const numericDate = fc
  .tuple(fc.integer({min: 1, max: 28}), fc.integer({min: 1, max: 12}), fc.integer({min: 2000, max: 2026}))
  .map(([day, month, year]) => `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`)

const headChrome = fc.oneof(
  fc.constantFrom(
    'الرئيسية',
    'أخبار ليبيا',
    'الشرق الأوسط',
    'نشر',
    'عاجل',
    'الرئيسية > أخبار > ليبيا',
    'الرئيسية / اقتصاد'
  ),
  fc.constantFrom('دقيقتين قراءة', '3 دقائق للقراءة', 'منذ 3 ساعات', 'منذ يومين', 'قبل 5 دقائق'),
  fc.constantFrom('فيسبوك', 'تويتر', 'إكس', 'واتساب', 'تيلقرام', 'مشاركة', 'شارك: فيسبوك تويتر واتساب'),
  fc.constantFrom('بقلم: سالم علي', 'كتب: هدى المصراتي', 'إعداد: رنا العبادي'),
  fc.constantFrom('صورة أرشيفية لاجتماع الحكومة (أرشيفية)', 'الصورة: أ ف ب', 'مصدر الصورة: Getty Images'),
  dateLine,
  numericDate
)

const tailChrome = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('اقرأ أيضا', 'اقرأ أيضاً', 'اقرأ المزيد', 'أخبار ذات صلة'),
      fc.array(words(5, 12), {minLength: 1, maxLength: 4})
    )
    .map(([marker, headlines]) => [marker, ...headlines]),
  fc
    .constantFrom('شارك هذا المقال', 'تابعونا على فيسبوك', 'الوسوم: ليبيا، النفط', 'جميع الحقوق محفوظة © 2025')
    .map((line) => [line]),
  fc
    .constantFrom('زر الذهاب إلى الأعلى', 'اشترك في النشرة البريدية', 'المصدر: وكالات', 'أضف تعليقاً', '0 تعليق')
    .map((line) => [line]),
  dateLine.map((line) => [line])
)

const headline = fc.option(words(5, 12), {nil: undefined})

describe('pasted chrome, generated', () => {
  it('surrounding any body with chrome at head and tail gives back exactly the body', () => {
    fc.assert(
      fc.property(
        fc.array(headChrome, {maxLength: 8}),
        headline,
        fc.array(headChrome, {maxLength: 4}),
        body,
        fc.array(tailChrome, {maxLength: 5}),
        fc.constantFrom('\n', '\n\n'),
        (before, title, after, lines, tail, gap) => {
          const head = [...before, ...(title === undefined ? [] : [title]), ...after]
          const text = [...head, ...lines, ...tail.flat()].join(gap)
          const {article} = parseText('a.txt', `${text}\n`)
          expect(article?.paragraphs).toEqual(lines)
          if (title !== undefined) expect(article?.title).toBe(title)
        }
      ),
      {numRuns: 1000}
    )
  })

  it('never removes a sentence ending in `.`, `؟` or `!`, wherever it stands', () => {
    const line = fc.oneof(
      sentence,
      headChrome,
      tailChrome.map((lines) => lines.join('\n')),
      words(1, 14)
    )
    fc.assert(
      fc.property(fc.array(line, {minLength: 1, maxLength: 14}), (lines) => {
        const text = lines.join('\n')
        const {article, file} = parseText('a.txt', `${text}\n`)
        const removed = new Set(file.messages.filter((m) => m.reason.startsWith('Removed')).map((m) => m.line))
        text.split('\n').forEach((candidate, index) => {
          if (!/[.؟!][»”]?$/.test(candidate)) return
          expect(removed.has(index + 1)).toBe(false)
          expect([...(article?.paragraphs ?? []), article?.title]).toContain(candidate)
        })
      }),
      {numRuns: 1000}
    )
  })
})
