import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {inferHeadline, isHeadingLike, leadSentence} from '../src/parse/headline.ts'
import {parseText} from './helpers/parse.ts'

const seed = readFileSync(new URL('../articles/haftar-ankara.txt', import.meta.url), 'utf8')

describe('headline inference', () => {
  it('infers the seed headline from its lead sentence, cut at the first comma', () => {
    const {article} = parseText('haftar-ankara.txt', seed)
    expect(article?.title).toBe('التقى حفتر الجمعة وزير الدفاع التركي يشار غولر في أنقرة')
  })

  it('keeps the lead sentence of the seed as its first paragraph', () => {
    const {article} = parseText('haftar-ankara.txt', seed)
    expect(article?.paragraphs[0]).toMatch(/^التقى حفتر الجمعة وزير الدفاع التركي يشار غولر في أنقرة، ضمن زيارة رسمية/)
  })

  it('takes a short first line without final punctuation as the headline, not a paragraph', () => {
    const {article} = parseText(
      'a.txt',
      'طقس حار في الجنوب\nتوقعت الأرصاد ارتفاع درجات الحرارة.\nونصحت المواطنين بالحذر.\n'
    )
    expect(article?.title).toBe('طقس حار في الجنوب')
    expect(article?.paragraphs).toEqual(['توقعت الأرصاد ارتفاع درجات الحرارة.', 'ونصحت المواطنين بالحذر.'])
  })

  it('does not take a first line ending in a full stop as a heading', () => {
    expect(isHeadingLike('توقعت الأرصاد ارتفاع درجات الحرارة.')).toBe(false)
    expect(isHeadingLike('هل ترتفع الأسعار؟')).toBe(false)
  })

  it('does not take a first line of more than fifteen words as a heading', () => {
    expect(isHeadingLike('كلمة '.repeat(16).trim())).toBe(false)
    expect(isHeadingLike('كلمة '.repeat(15).trim())).toBe(true)
  })

  it('keeps a single line as text, inferring the headline from it', () => {
    const {article} = parseText('a.txt', 'طقس حار في الجنوب')
    expect(article?.title).toBe('طقس حار في الجنوب')
    expect(article?.paragraphs).toEqual(['طقس حار في الجنوب'])
  })

  it('does not cut at a comma with fewer than five words before it', () => {
    // Four words before the comma, fourteen in all: short enough to stay whole.
    const text = 'قال وزير الصحة اليوم، إن الوزارة ستفتح مراكز جديدة في المدن الكبرى قريبا.'
    expect(inferHeadline(text)).toBe('قال وزير الصحة اليوم، إن الوزارة ستفتح مراكز جديدة في المدن الكبرى قريبا')
  })

  it('cuts at a semicolon as a clause break', () => {
    expect(inferHeadline('أعلنت الحكومة خطة جديدة للإسكان الشعبي؛ وتشمل آلاف الوحدات.')).toBe(
      'أعلنت الحكومة خطة جديدة للإسكان الشعبي'
    )
  })

  it('shortens a long sentence without clause breaks to twelve words and an ellipsis', () => {
    const text = 'واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد اثنا ثلاثة أربعة خمسة ستة.'
    expect(inferHeadline(text)).toBe('واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد اثنا…')
  })

  it('ends the lead sentence at the first full stop or question mark followed by a space', () => {
    expect(leadSentence('ارتفع المؤشر 3.5 في المئة. ثم هبط.')).toBe('ارتفع المؤشر 3.5 في المئة')
    expect(leadSentence('هل تنخفض الأسعار؟ يرى الخبراء ذلك.')).toBe('هل تنخفض الأسعار')
  })

  it('takes a leading # heading as the headline of a Markdown article and removes it from the body', () => {
    const {article} = parseText('a.md', '# حصاد العام\n\nشهد الاقتصاد تقلبات.\n')
    expect(article?.title).toBe('حصاد العام')
    expect(article?.paragraphs).toEqual(['شهد الاقتصاد تقلبات.'])
  })

  it('prefers the front matter title over any inference', () => {
    const {article} = parseText('a.txt', '---\ntitle: عنوان من المحرر\n---\nطقس حار في الجنوب\nنص الخبر.\n')
    expect(article?.title).toBe('عنوان من المحرر')
  })
})
