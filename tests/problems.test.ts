import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {mkdtemp, readFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {main} from '../src/cli.ts'

const root = 'tests/fixtures/problems'

/**
 * Each folder under tests/fixtures/problems is a small site with one kind
 * of input an editor may drop in. Its expected.txt holds the exit code and
 * every message line, exactly, with paths relative to the folder; messages
 * about the whole run (`warning: … [default-base-url]`) included. Its
 * optional flags.txt holds the build's flags, one a line; without it the
 * build is given a base URL, as a real site's is.
 */
const cases = readdirSync(root).sort()

async function run(name: string) {
  const out = path.join(await mkdtemp(path.join(tmpdir(), `warraq-${name}-`)), 'dist')
  const flags = existsSync(path.join(root, name, 'flags.txt'))
    ? readFileSync(path.join(root, name, 'flags.txt'), 'utf8')
        .split('\n')
        .filter(Boolean)
    : ['--base-url', 'https://news.example.org/']
  let stderr = ''
  const code = await main(['build', '--articles', path.join(root, name, 'articles'), '--out', out, ...flags], {
    stdout: () => {},
    stderr: (text) => (stderr += `${text}\n`)
  })
  const messages = stderr
    .split('\n')
    .filter((line) => /(^|: )(error|warning|note): /.test(line))
    .map((line) => line.replace(`${root}/${name}/`, ''))
  return {code, messages, out}
}

describe('problem inputs', () => {
  it.each(cases)('%s gives exactly its expected messages and exit code', async (name) => {
    const [exit, ...expected] = readFileSync(path.join(root, name, 'expected.txt'), 'utf8')
      .trimEnd()
      .split('\n')
    const {code, messages} = await run(name)
    expect(`exit: ${code}`).toBe(exit)
    expect(messages).toEqual(expected)
  })

  it('gives the same record for BOM + CRLF, lone CR and clean LF files, and for UTF-16 in both byte orders', async () => {
    const records = []
    for (const name of ['line-ends', 'utf-16']) {
      const {out} = await run(name)
      const list = JSON.parse(await readFile(path.join(out, 'api/articles.json'), 'utf8'))
      for (const record of list) {
        const full = JSON.parse(await readFile(path.join(out, `api/articles/${record.slug}.json`), 'utf8'))
        records.push({
          title: full.title,
          date: full.date,
          paragraphs: full.paragraphs,
          html: full.html,
          wordCount: full.wordCount
        })
      }
    }
    expect(records).toHaveLength(5)
    expect(records[0]).toEqual({
      title: 'عنوان الخبر',
      date: '2024-03-05',
      paragraphs: ['نص الخبر الأول.', 'نص الخبر الثاني.'],
      html: '<p>نص الخبر الأول.</p>\n<p>نص الخبر الثاني.</p>',
      wordCount: 6
    })
    for (const record of records) expect(record).toEqual(records[0])
  })

  it('decodes legacy Arabic encodings to the same text as the UTF-8 original', async () => {
    const {out} = await run('legacy-encoding')
    const seed = readFileSync('articles/haftar-ankara.txt', 'utf8').replace(/[“”]/g, '"')
    const expected = seed.split('\n').slice(0, 8)
    for (const slug of ['windows-1256', 'iso-8859-6']) {
      const record = JSON.parse(await readFile(path.join(out, `api/articles/${slug}.json`), 'utf8'))
      expect(record.paragraphs).toEqual(expected)
    }
  })
})
