import {describe, expect, it} from 'vitest'
import {checkDuplicateSlugs} from '../src/collect/duplicates.ts'
import {isValidSlug, suggestSlug} from '../src/parse/slug.ts'
import {messages, parseText} from './helpers/parse.ts'

describe('slugs', () => {
  it('takes the slug from the file name when front matter gives none', () => {
    expect(parseText('2024/local-news.md', '---\ndate: 2024-03-05\n---\nنص.').article?.slug).toBe('local-news')
  })

  it('accepts Arabic slugs and normalizes them to NFC', () => {
    const decomposed = 'أخبار'.normalize('NFD')
    const {article} = parseText('a.md', `---\ndate: 2024-03-05\nslug: ${decomposed}-محلية\n---\nنص.`)
    expect(article?.slug).toBe('أخبار-محلية')
    expect(article?.slug).toBe(article?.slug.normalize('NFC'))
  })

  it.each([['a/b'], ['..'], ['../etc'], ['has space'], ['a\\b'], ['a.b'], ['a\0b']])('rejects %j', (slug) => {
    expect(isValidSlug(slug)).toBe(false)
  })

  it('reports an invalid front matter slug at its line with a valid suggestion', () => {
    const {article, file} = parseText('a.md', '---\ndate: 2024-03-05\nslug: ../أخبار اليوم\n---\nنص.')
    expect(article).toBeUndefined()
    expect(messages(file)).toEqual(['3:7 error invalid-slug'])
    expect(file.messages[0]?.reason).toContain('use `slug: أخبار-اليوم`')
  })

  it('reports a file name that makes an invalid slug, suggesting a rename', () => {
    const {file} = parseText('خبر جديد.txt', 'نص.', {gitDay: '2024-01-01'})
    expect(messages(file)).toContain('1:1 error invalid-slug')
    expect(file.messages.at(-1)?.reason).toContain('rename the file to `خبر-جديد.txt`')
  })

  it('suggests a slug from any text', () => {
    expect(suggestSlug('Hello, World!')).toBe('hello-world')
    expect(suggestSlug('///')).toBe('article')
  })

  it('reports two articles with one slug on both files, naming the other', () => {
    const first = parseText('a/news.md', '---\ndate: 2024-03-05\n---\nنص.')
    const second = parseText('b/news.txt', '---\ndate: 2024-03-06\n---\nنص.')
    const files = new Map([
      [first.file.path, first.file],
      [second.file.path, second.file]
    ])
    const unique = checkDuplicateSlugs([first.article!, second.article!], files)
    expect(unique).toEqual([])
    expect(messages(first.file)).toEqual(['1:1 error duplicate-slug'])
    expect(first.file.messages[0]?.reason).toContain('`b/news.txt`')
    expect(second.file.messages[0]?.reason).toContain('`a/news.md`')
  })
})
