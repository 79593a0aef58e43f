import {mkdtemp, readFile, writeFile, mkdir, cp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {build} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'
import {fixtureCases, type SavedExpected} from './helpers/fixture-cases.ts'
import {messages, parseText} from './helpers/parse.ts'

const root = path.join(import.meta.dirname, 'fixtures/saved')
const cases = fixtureCases<SavedExpected>('saved', 'input.html')

describe('saved web pages as articles', () => {
  it.each(cases.map((item) => [item.name, item] as const))(
    '%s becomes a record from its metadata and text',
    (_, item) => {
      const {article} = parseText(`${item.name}.html`, item.input, {modifiedDay: '2020-01-02'})
      const {expected} = item
      expect(article).toMatchObject({
        title: expected.title,
        format: 'html',
        paragraphs: expected.paragraphs,
        ...(expected.date ? {date: expected.date, dateSource: 'page'} : {dateSource: 'modified'})
      })
      expect(article!.updated ?? null).toBe(expected.updated)
      expect(article!.author ?? null).toBe(expected.author)
      expect(article!.image ?? null).toBe(expected.image)
      if (expected.summary !== null) expect(article!.summary).toBe(expected.summary)
      expect(article!.html).not.toMatch(/<(script|style|iframe|form|nav|object|embed)\b|\son\w+=|javascript:/i)
    }
  )

  it('reports a page without an article as a warning, and gives it no page', () => {
    const page =
      '<!doctype html><html><head><title>الوسط</title></head><body><nav><a href="/">الرئيسية</a></nav></body></html>'
    const {article, file} = parseText('home.html', page)
    expect(article).toBeUndefined()
    expect(messages(file)).toEqual(['1:1 warning html-without-article'])
  })

  it('builds a site from an .html file beside a .txt, with the page and its record', async () => {
    const base = await mkdtemp(path.join(tmpdir(), 'warraq-html-'))
    const articles = path.join(base, 'articles')
    await mkdir(articles)
    await cp(path.join(root, '01-tripoli-desalination-plant/input.html'), path.join(articles, 'desalination.htm'))
    await writeFile(path.join(articles, 'note.txt'), 'نص قصير عن الطقس في طرابلس اليوم.\n')
    const out = path.join(base, 'dist')
    const result = await build({articles, out, config: resolveConfig()})
    expect(result.ok).toBe(true)
    const html = await readFile(path.join(out, 'articles/desalination/index.html'), 'utf8')
    expect(html).toContain(`<h1>${cases[0]!.expected.title}</h1>`)
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/)
    const records = JSON.parse(await readFile(path.join(out, 'api/articles.json'), 'utf8'))
    expect(JSON.stringify(records)).toContain('"format":"html"')
  })
})
