import {describe, expect, it} from 'vitest'
import {messages, parseText} from './helpers/parse.ts'

describe('front matter', () => {
  it('reads every known key, and tags as a list', () => {
    const {article, file} = parseText(
      'a.md',
      '---\ntitle: عنوان\ndate: 2024-03-05\nauthor: سالم علي\ntags: [سياسة, اقتصاد]\nslug: my-slug\nsummary: ملخص قصير.\n---\nنص.\n'
    )
    expect(messages(file)).toEqual([])
    expect(article).toMatchObject({
      title: 'عنوان',
      date: '2024-03-05',
      dateSource: 'front-matter',
      author: 'سالم علي',
      tags: ['سياسة', 'اقتصاد'],
      slug: 'my-slug',
      url: '/articles/my-slug/',
      summary: 'ملخص قصير.'
    })
  })

  it('splits tags given as text on Latin and Arabic commas, dropping empty and repeated tags', () => {
    const {article} = parseText('a.md', '---\ndate: 2024-03-05\ntags: سياسة، اقتصاد, ,سياسة\n---\nنص.\n')
    expect(article?.tags).toEqual(['سياسة', 'اقتصاد'])
  })

  it('keeps unknown keys in the record instead of reporting them', () => {
    const {article, file} = parseText(
      'a.md',
      '---\ndate: 2024-03-05\nsource_url: https://example.org/\nrating: 4\n---\nنص.\n'
    )
    expect(messages(file)).toEqual([])
    expect(article?.extra).toEqual({source_url: 'https://example.org/', rating: 4})
  })

  it('marks a draft, with a note at its `draft` value; the build decides whether to publish it', () => {
    const {article, file} = parseText('a.md', '---\ndate: 2024-03-05\ndraft: true\n---\nنص.\n')
    expect(article?.status).toBe('draft')
    expect(messages(file)).toEqual(['3:8 note draft'])
  })

  it('reports invalid YAML at its own line in the file', () => {
    const {article, file} = parseText('a.md', '---\ntitle: عنوان\ntags: [سياسة\ndate: 2024-03-05\n---\nنص.\n')
    expect(article).toBeUndefined()
    // Column 13 is the end of `tags: [سياسة`, where the missing `]` belongs.
    expect(messages(file)).toEqual(['3:13 error front-matter-syntax'])
  })

  it('reports front matter that is not a mapping at its first line', () => {
    const {file} = parseText('a.md', '---\n- عنوان\n- تاريخ\n---\nنص.\n')
    expect(messages(file)).toEqual(['2:1 error front-matter-shape'])
  })

  it('reports a wrong type at the value, and every wrong key of the file', () => {
    const {article, file} = parseText(
      'a.md',
      '---\ntitle: [أ, ب]\ndate: 2024-03-05\ntags: {أ: 1}\ndraft: نعم\n---\nنص.\n'
    )
    expect(article).toBeUndefined()
    expect(messages(file)).toEqual([
      '2:8 error front-matter-type',
      '4:7 error front-matter-type',
      '5:8 error front-matter-type'
    ])
    expect(file.messages[0]?.reason).toBe(
      'Unexpected list for `title`, expected text, such as `title: انتخابات بلدية في طرابلس`'
    )
  })

  it('refuses JavaScript front matter without evaluating it', () => {
    const marker = '__warraqEvaluated'
    const {article, file} = parseText('a.md', `---js\n{title: (globalThis.${marker} = true, 'x')}\n---\nنص.\n`)
    expect(article).toBeUndefined()
    expect(messages(file)).toEqual(['1:4 error front-matter-language'])
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined()
  })

  it('reports an unclosed front matter block', () => {
    const {file} = parseText('a.md', '---\ntitle: عنوان\nنص بلا نهاية\n')
    expect(messages(file)).toEqual(['1:1 error front-matter-syntax'])
  })

  it('keeps body positions true to the file after the front matter', () => {
    const {file} = parseText('a.txt', '---\ndate: 2024-03-05\n---\nنص.\n\nزر الذهاب إلى الأعلى\n')
    expect(messages(file)).toEqual(['6:1 note page-furniture'])
  })
})

describe('tags that differ only in what a reader cannot see', () => {
  it('keeps one tag for spellings with joiners, tatweel or diacritics', () => {
    const {article} = parseText(
      'a.md',
      '---\ndate: 2024-03-05\ntags: ["سياسة", "سيـاسة", "سِياسة", "سياسة\u200c", "اقتصاد"]\n---\nنص.\n'
    )
    expect(article?.tags).toEqual(['سياسة', 'اقتصاد'])
  })

  it('refuses a tag of tatweel alone', () => {
    const {file} = parseText('a.md', '---\ndate: 2024-03-05\ntags: ["ـــ"]\n---\nنص.\n')
    expect(messages(file)).toEqual(['3:7 error invalid-tag'])
  })
})
