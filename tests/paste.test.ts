import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {parseArticle} from '../src/parse/article.ts'
import {furnitureSet} from '../src/parse/furniture.ts'
import {withoutSiteName} from '../src/parse/paste.ts'
import {messages, parseText} from './helpers/parse.ts'

const lead = 'طرابلس - وكالات - أعلن وزير الصحة اليوم عن خطة جديدة للتطعيم.'
const second = 'وقال الوزير إن الخطة تشمل كل المدن الليبية.'

describe('cleaning a paste', () => {
  it('lets front matter win over the text, and still removes the lines that said otherwise', () => {
    const text = `---\ntitle: عنوان من المحرر\ndate: 2024-01-02\nauthor: هدى\n---\nعنوان من المحرر\nالجمعة 5 ديسمبر 2025\nبقلم: سالم علي\n${lead}\n${second}\n`
    const {article, file} = parseText('a.txt', text)
    expect(article).toMatchObject({
      title: 'عنوان من المحرر',
      date: '2024-01-02',
      dateSource: 'front-matter',
      author: 'هدى'
    })
    expect(article?.paragraphs).toEqual([lead, second])
    expect(messages(file).sort()).toEqual(['6:1 note duplicate-headline', '7:1 note date-line', '8:1 note byline'])
  })

  it('keeps a longer line it cannot place at the end, with a warning at its line', () => {
    const {article, file} = parseText('a.txt', `${lead}\n${second}\nمراسلنا في طرابلس تابع الحدث من موقعه\nفيسبوك\n`)
    expect(article?.paragraphs).toEqual([lead, second, 'مراسلنا في طرابلس تابع الحدث من موقعه'])
    expect(messages(file)).toContain('3:1 warning chrome-kept')
    expect(messages(file)).toContain('4:1 note page-furniture')
  })

  it('never removes chrome that ends like a sentence, and warns about it', () => {
    const {article, file} = parseText('a.txt', `${lead}\n${second}\nجميع الحقوق محفوظة © 2025.\n`)
    expect(article?.paragraphs.at(-1)).toBe('جميع الحقوق محفوظة © 2025.')
    expect(messages(file)).toContain('3:1 warning chrome-kept')
  })

  it('keeps short lines and chrome-like lines between the first and the last sentence', () => {
    const middle = ['ردود فعل', 'فيسبوك', 'اقرأ أيضاً', 'الجمعة 5 ديسمبر 2025']
    const {article} = parseText('a.txt', [lead, ...middle, second].join('\n'))
    expect(article?.paragraphs).toEqual([lead, ...middle, second])
  })

  it('takes a short question right above chrome as the headline', () => {
    const {article} = parseText('a.txt', `هل تنجح خطة التطعيم؟\nالجمعة 5 ديسمبر 2025\n${lead}\n${second}\n`)
    expect(article).toMatchObject({title: 'هل تنجح خطة التطعيم؟', date: '2025-12-05', dateSource: 'text'})
    expect(article?.paragraphs).toEqual([lead, second])
  })

  it('takes a headline of three or four words when no longer line stands above the text', () => {
    const {article, file} = parseText('a.txt', `الرئيسية\nطقس حار في الجنوب\n${lead}\n`)
    expect(article?.title).toBe('طقس حار في الجنوب')
    expect(messages(file)).toEqual(['1:1 note page-furniture', '2:1 note headline', '1:1 warning missing-date'])
  })

  it('removes configured furniture whatever its tanween, hamza or final colon', () => {
    const file = new VFile({
      path: 'a.txt',
      value: `${lead}\nتابعونا على إنستغرام:\n`,
      data: {modifiedDay: '2020-01-02'}
    })
    const article = parseArticle(file, {furniture: furnitureSet(['تابعونا علي انستغرام'])})
    expect(article?.paragraphs).toEqual([lead])
  })

  it('reads the site name off a repeated headline only where it cannot be the headline’s own', () => {
    expect(withoutSiteName('وزير الصحة يعلن خطة جديدة | بوابة الأنباء')).toBe('وزير الصحة يعلن خطة جديدة')
    expect(withoutSiteName('وزير الصحة يعلن خطة جديدة للتطعيم - الوسط')).toBe('وزير الصحة يعلن خطة جديدة للتطعيم')
    expect(withoutSiteName('ليبيا - تونس: اتفاق على فتح المعبر')).toBe('ليبيا - تونس: اتفاق على فتح المعبر')
  })
})
