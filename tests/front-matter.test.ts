import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {editDistance} from '../src/parse/edit-distance.ts'
import {canonicalKey, closestKey} from '../src/parse/front-matter-keys.ts'
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

  it('keeps unknown keys in the record, with a warning for each', () => {
    const {article, file} = parseText(
      'a.md',
      '---\ndate: 2024-03-05\nsource_url: https://example.org/\nrating: 4\n---\nنص.\n'
    )
    expect(messages(file)).toEqual(['3:1 warning unknown-key', '4:1 warning unknown-key'])
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
    // Column 7 is the `[` that is never closed.
    expect(messages(file)).toEqual(['3:7 error front-matter-syntax'])
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

/** The messages of parsing `yaml` as front matter, as `line:column reason [rule-id]`. */
function told(yaml: string): string[] {
  const {file} = parseText('a.md', `---\n${yaml}---\nنص.\n`)
  return file.messages.map((message) => `${message.line}:${message.column} ${message.reason} [${message.ruleId}]`)
}

describe('YAML mistakes, told in an editor’s words with the fix', () => {
  it('asks for quotes around a value holding a colon, escaping the quotes inside', () => {
    expect(told('title: وزير الصحة: لا إصابات جديدة\ndate: 2024-03-05\n')).toEqual([
      '2:8 Unexpected `:` inside the value of `title`, expected a value in quotes, since YAML reads `: ` as the start of another key; put the value in quotes: `title: "وزير الصحة: لا إصابات جديدة"` [front-matter-syntax]'
    ])
    expect(told('date: 2024-03-05\nالعنوان: قال "لا": نعم\n')).toEqual([
      '3:10 Unexpected `:` inside the value of `العنوان`, expected a value in quotes, since YAML reads `: ` as the start of another key; put the value in quotes: `العنوان: "قال \\"لا\\": نعم"` [front-matter-syntax]'
    ])
  })

  it('points at a `[` or `{` that is never closed, with the closed line when the list is on one line', () => {
    expect(told('title: t\ntags: [صحة, درنة\ndate: 2024-03-05\n')).toEqual([
      '3:7 Unexpected `[` that is never closed, expected a closing `]` after the last item; close the list with `]`: `tags: [صحة, درنة]` [front-matter-syntax]'
    ])
    expect(told('tags: [صحة,\n  درنة\ndate: 2024-03-05\n')).toEqual([
      '2:7 Unexpected `[` that is never closed, expected a closing `]` after the last item; close the list with `]` [front-matter-syntax]'
    ])
    expect(told('title: t\nplace: {city: درنة\n')).toEqual([
      '3:8 Unexpected `{` that is never closed, expected a closing `}` after the last item; close the mapping with `}`: `place: {city: درنة}` [front-matter-syntax]'
    ])
  })

  it('points at a quote that is never closed, not at the line where YAML gave up', () => {
    expect(told('title: "وزير الصحة\ndate: 2024-03-05\nauthor: سالم\n')).toEqual([
      '2:8 Unexpected `"` that is never closed, expected a closing `"` at the end of the value; close the quote: `title: "وزير الصحة"` [front-matter-syntax]'
    ])
    expect(told("date: 2024-03-05\ntitle: 'وزير الصحة\n")).toEqual([
      "3:8 Unexpected `'` that is never closed, expected a closing `'` at the end of the value; close the quote: `title: 'وزير الصحة'` [front-matter-syntax]"
    ])
    // Inside a list the fixed line is not sure, so only the quote is pointed at.
    expect(told('tags: [صحة, "درنة]\ndate: 2024-03-05\n')).toEqual([
      '2:13 Unexpected `"` that is never closed, expected a closing `"` at the end of the value; close the quote [front-matter-syntax]'
    ])
  })

  it('reports a value lost to a `#` comment, but not a comment after a value', () => {
    expect(told('title: #عاجل انفجار في درنة\ndate: 2024-03-05\n')).toEqual([
      '2:8 Unexpected `#` at the start of the value of `title`, expected text: YAML reads it as the start of a comment and leaves the value empty; put the value in quotes: `title: "#عاجل انفجار في درنة"` [front-matter-syntax]'
    ])
    expect(told('date: 2024-03-05\ntags:\n  - #عاجل\n  - درنة\n')).toEqual([
      '4:5 Unexpected `#` at the start of an item of `tags`, expected text: YAML reads it as the start of a comment and leaves the item empty; put the item in quotes: `- "#عاجل"` [front-matter-syntax]'
    ])
    expect(told('date: 2024-03-05\ntags: [#عاجل, درنة]\n')).toEqual([
      '3:8 Unexpected `#` at the start of an item of `tags`, expected text: YAML reads it as the start of a comment; put the item in quotes: `"#عاجل"` [front-matter-syntax]'
    ])
    const {article, file} = parseText('a.md', '---\ntitle: انفجار في درنة # مسودة\ndate: 2024-03-05\n---\nنص.\n')
    expect(messages(file)).toEqual([])
    expect(article?.title).toBe('انفجار في درنة')
  })

  it('asks for spaces instead of tabs in the indentation', () => {
    const reason =
      'Unexpected tab in the indentation, expected spaces: YAML does not allow tabs there; use spaces, not tabs, to indent [front-matter-syntax]'
    expect(told('title: t\ntags:\n\t- صحة\n\t- درنة\n')).toEqual([`4:1 ${reason}`])
    expect(told('tags: [صحة,\n\tدرنة]\n')).toEqual([`3:1 ${reason}`])
  })

  it('asks for a space after the colon of a known key, whatever YAML made of the line', () => {
    const reason = (key: string, value: string) =>
      `Unexpected text right after the colon of \`${key}\`, expected a space between the key and its value; put a space after the colon: \`${key}: ${value}\` [front-matter-syntax]`
    // YAML reads these as a key over two lines, a whole document of text, and a key without a value.
    expect(told('title:عنوان\ndate: 2024-03-05\n')).toEqual([`2:7 ${reason('title', 'عنوان')}`])
    expect(told('title:عنوان\n')).toEqual([`2:7 ${reason('title', 'عنوان')}`])
    expect(told('date: 2024-03-05\nالعنوان:عنوان الخبر\n')).toEqual([`3:9 ${reason('العنوان', 'عنوان الخبر')}`])
    expect(told('date: 2024-03-05\nimage:https://example.org/a.jpg\n')).toEqual([
      `3:7 ${reason('image', 'https://example.org/a.jpg')}`
    ])
  })

  it('asks for quotes around a value that starts with a quote and goes on, or with a character YAML keeps', () => {
    expect(told('title: "الوزير" يقول\ndate: 2024-03-05\n')).toEqual([
      '2:8 Unexpected text after the closing quote of the value of `title`, expected the quote to end the value; put the whole value in quotes, with `\\"` for each quote inside: `title: "\\"الوزير\\" يقول"` [front-matter-syntax]'
    ])
    expect(told('title: @عاجل\n')).toEqual([
      '2:8 Unexpected `@` at the start of the value of `title`, expected text: YAML gives `@` a meaning of its own there; put the value in quotes: `title: "@عاجل"` [front-matter-syntax]'
    ])
  })

  it('reports an alias to no anchor at the value', () => {
    expect(told('title: *x\ndate: 2024-03-05\n')).toEqual([
      '2:8 Unexpected YAML in the value of `title` (Unresolved alias (the anchor must be set before the alias): x), expected plain values; a value that starts with `*` or `&` goes in quotes: `title: "*…"` [front-matter-syntax]'
    ])
  })

  it('says when a line is not `key: value`, and keeps YAML’s words with a hint for the rest', () => {
    expect(told('title: عنوان\nهذا سطر من النص\n')).toEqual([
      '3:1 Unexpected line without `key: value` in front matter, expected a key, a colon and a space, then the value; write it as `key: value`, or move the text below the closing `---` [front-matter-syntax]'
    ])
    expect(told('title: عنوان\n  date: 2024-03-05\n')).toEqual([
      '2:8 Unexpected YAML in front matter (Nested mappings are not allowed in compact mappings), expected `key: value` lines; a value that holds `: `, or starts with a quote, `#`, `[` or `{`, goes in quotes: `title: "…"` [front-matter-syntax]'
    ])
  })
})

describe('Arabic keys', () => {
  it('reads every key by its Arabic name, and places messages at the Arabic key’s value', () => {
    const {article, file} = parseText(
      'a.md',
      '---\nالعنوان: عنوان\nالتاريخ: 2024-03-05\nحدث في: 2024-03-06\nالكاتب: سالم علي\nالوسوم: [سياسة, اقتصاد]\nالمعرف: my-slug\nالملخص: ملخص قصير.\nالصورة: /images/a.jpg\n---\nنص.\n'
    )
    expect(messages(file)).toEqual([])
    expect(article).toMatchObject({
      title: 'عنوان',
      date: '2024-03-05',
      updated: '2024-03-06',
      author: 'سالم علي',
      tags: ['سياسة', 'اقتصاد'],
      slug: 'my-slug',
      summary: 'ملخص قصير.',
      image: '/images/a.jpg',
      extra: {}
    })
    expect(parseText('a.md', '---\nالتاريخ: 2024-03-05\nمسودة: true\n---\nنص.\n').article?.status).toBe('draft')
  })

  it('matches Arabic keys without diacritics, tatweel, hamza or the article `ال`, and the synonyms', () => {
    const {article, file} = parseText(
      'a.md',
      '---\nعنوان: عنوان\nالتـاريخ: 2024-03-05\nحُدِّث في: 2024-03-06\nالمؤلف: سالم علي\n---\nنص.\n'
    )
    expect(messages(file)).toEqual([])
    expect(article).toMatchObject({title: 'عنوان', date: '2024-03-05', updated: '2024-03-06', author: 'سالم علي'})
    expect(parseText('a.md', '---\nالتاريخ: 2024-03-05\nاخر تحديث: 2024-03-07\n---\nنص.\n').article?.updated).toBe(
      '2024-03-07'
    )
  })

  it('names the key as written in a message about its value, at that value', () => {
    expect(told('العنوان: [أ, ب]\nالتاريخ: 2024-03-05\n')).toEqual([
      '2:10 Unexpected list for `العنوان`, expected text, such as `العنوان: انتخابات بلدية في طرابلس` [front-matter-type]'
    ])
    const {file} = parseText('a.md', '---\nالتاريخ: 2024-02-30\n---\nنص.\n')
    expect(messages(file)).toEqual(['2:10 error invalid-date'])
  })

  it('reports a key given twice, by its English and Arabic names or twice alike, at the second', () => {
    expect(told('title: أ\ndate: 2024-03-05\nالعنوان: ب\ntitle: ج\n')).toEqual([
      '4:1 Unexpected key `العنوان`, expected each key once: `title` on line 2 is the same key; keep one of the two [duplicate-key]',
      '5:1 Unexpected key `title`, expected each key once: `title` on line 2 is the same key; keep one of the two [duplicate-key]'
    ])
  })

  it('builds the Arabic-keys fixture into the right record', () => {
    const path = 'tests/fixtures/problems/arabic-keys/articles/derna.md'
    const {article, file} = parseText(path, readFileSync(path, 'utf8'))
    expect(messages(file)).toEqual([])
    expect(article).toMatchObject({
      slug: 'derna-floods',
      title: 'فيضانات درنة تغمر الأحياء الساحلية',
      date: '2024-03-05',
      dateSource: 'front-matter',
      updated: '2024-03-06',
      author: 'سالم علي',
      tags: ['درنة', 'فيضانات'],
      summary: 'غمرت مياه الفيضانات أحياء درنة الساحلية.',
      extra: {}
    })
  })
})

describe('unknown keys', () => {
  it('warns at the key, suggesting the closest known key when a slip explains it', () => {
    const {article, file} = parseText(
      'a.md',
      '---\ndate: 2024-03-05\nautor: سالم\ntag: درنة\nTitle: عنوان\nالوسم: صحة\nrating: 4\n---\nنص.\n'
    )
    const hint = (name: string) =>
      `did you mean \`${name}\`? As written, its value is only kept in the record's \`extra\` [unknown-key]`
    const lead = (key: string) =>
      `Unexpected key \`${key}\`, expected a key Warraq reads (see “Front matter keys” in the README)`
    expect(
      file.messages.map((message) => `${message.line}:${message.column} ${message.reason} [${message.ruleId}]`)
    ).toEqual([
      `3:1 ${lead('autor')}; ${hint('author')}`,
      `4:1 ${lead('tag')}; ${hint('tags')}`,
      `5:1 ${lead('Title')}; ${hint('title')}`,
      `6:1 ${lead('الوسم')}; ${hint('الوسوم')}`,
      `7:1 ${lead('rating')}; its value is only kept in the record's \`extra\`: fine if that is what it is for, else check the key's spelling [unknown-key]`
    ])
    expect(article?.extra).toEqual({autor: 'سالم', tag: 'درنة', Title: 'عنوان', الوسم: 'صحة', rating: 4})
  })

  it('keeps a `__proto__` key as data', () => {
    const {article} = parseText('a.md', '---\ndate: 2024-03-05\n__proto__: {polluted: 1}\n---\nنص.\n')
    expect(Object.getPrototypeOf(article?.extra)).toBe(Object.prototype)
    expect(Object.keys(article?.extra ?? {})).toEqual(['__proto__'])
  })
})

describe('key names', () => {
  it('finds a known key by an edit of about one letter in three, or nothing', () => {
    expect(closestKey('autor')).toBe('author')
    expect(closestKey('titel')).toBe('title')
    expect(closestKey('كاتب')).toBe('الكاتب')
    expect(closestKey('rating')).toBeUndefined()
    expect(closestKey('name')).toBeUndefined()
    expect(canonicalKey(' العنوان ')).toBe('title')
    expect(canonicalKey('Title')).toBeUndefined()
  })

  it('counts a swap of two neighbours as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1)
    expect(editDistance('', 'abc')).toBe(3)
    expect(editDistance('سياسة', 'سياسه')).toBe(1)
  })
})

describe('tags split on the Arabic comma', () => {
  it('splits list items on `،`, in flow and block lists', () => {
    expect(parseText('a.md', '---\ndate: 2024-03-05\ntags: [صحة، درنة]\n---\nنص.\n').article?.tags).toEqual([
      'صحة',
      'درنة'
    ])
    expect(
      parseText('a.md', '---\ndate: 2024-03-05\ntags:\n  - صحة، درنة\n  - فيضانات\n---\nنص.\n').article?.tags
    ).toEqual(['صحة', 'درنة', 'فيضانات'])
  })

  it('keeps a Latin comma inside a quoted list item, and does not split on `؛`', () => {
    expect(parseText('a.md', '---\ndate: 2024-03-05\ntags: ["ليبيا, تونس", "أ؛ ب"]\n---\nنص.\n').article?.tags).toEqual(
      ['ليبيا, تونس', 'أ؛ ب']
    )
  })
})
