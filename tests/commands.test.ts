import {cp, mkdir, mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {newCommand, slugForTitle} from '../src/cli/new-command.ts'
import {main} from '../src/cli.ts'
import {messages, parseText} from './helpers/parse.ts'

async function capture(argv: string[]) {
  const output = {stdout: '', stderr: ''}
  const code = await main(argv, {
    stdout: (text) => (output.stdout += `${text}\n`),
    stderr: (text) => (output.stderr += `${text}\n`)
  })
  return {code, ...output}
}

const quiet = {stdout: () => {}, stderr: () => {}}
// 30 November 2026, 14:00 in the machine's time zone.
const now = new Date(2026, 10, 30, 14, 0)

describe('warraq new', () => {
  it('writes a Markdown draft with title, today, a slug from the Latin words and empty tags, and prints its path', async () => {
    const articles = await mkdtemp(path.join(tmpdir(), 'warraq-new-'))
    const printed: string[] = []
    const told: string[] = []
    const code = await newCommand(
      'Tripoli elections: نتائج أولية',
      {articles, txt: false},
      {stdout: (text) => printed.push(text), stderr: (text) => told.push(text)},
      now
    )
    expect(code).toBe(0)
    const file = path.join(articles, 'tripoli-elections.md')
    expect(printed).toEqual([file])
    expect(told).toEqual([
      `Wrote a draft: open \`${file}\`, write the article below its front matter, and remove \`draft: true\` to publish it; \`warraq serve\` shows it meanwhile`
    ])
    const text = await readFile(file, 'utf8')
    expect(text).toBe(
      '---\ntitle: "Tripoli elections: نتائج أولية"\ndate: 2026-11-30\nslug: tripoli-elections\ntags: []\ndraft: true\n---\n\n'
    )
    // What it writes is a valid draft once it has text.
    const {article, file: parsed} = parseText('tripoli-elections.md', `${text}نص الخبر.\n`)
    // The note points at the value of `draft`, line 6 column 8.
    expect(messages(parsed)).toEqual(['6:8 note draft'])
    expect(article).toMatchObject({
      title: 'Tripoli elections: نتائج أولية',
      date: '2026-11-30',
      slug: 'tripoli-elections',
      tags: [],
      status: 'draft'
    })
  })

  it('gives a title without Latin letters a slug of its Arabic words, without diacritics or tatweel', async () => {
    const articles = await mkdtemp(path.join(tmpdir(), 'warraq-new-'))
    const printed: string[] = []
    const io = {stdout: (text: string) => printed.push(text), stderr: () => {}}
    await newCommand('وزيرُ الصحـة: لا إصاباتٍ جديدة', {articles, txt: false}, io, now)
    expect(printed.map((file) => path.basename(file))).toEqual(['وزير-الصحة-لا-إصابات-جديدة.md'])
  })

  it('never gives a slug another article has, by its name in any extension, its folder or its front matter', async () => {
    const articles = await mkdtemp(path.join(tmpdir(), 'warraq-new-'))
    await writeFile(path.join(articles, 'weather.txt'), 'نص المحرر')
    await writeFile(path.join(articles, 'other.md'), '---\ntitle: خبر\nslug: weather-2\n---\nنص.\n')
    await writeFile(path.join(articles, 'third.md'), '---\nالعنوان: خبر\nالمعرف: "weather-3"\n---\nنص.\n')
    // An article in a folder of its own is named by its folder.
    await mkdir(path.join(articles, 'economy', 'weather-4'), {recursive: true})
    await writeFile(path.join(articles, 'economy', 'weather-4', 'index.md'), '---\ntitle: خبر\n---\nنص.\n')
    const printed: string[] = []
    const io = {stdout: (text: string) => printed.push(text), stderr: () => {}}
    expect(await newCommand('Weather', {articles, txt: false}, io, now)).toBe(0)
    expect(await newCommand('Weather', {articles, txt: true}, io, now)).toBe(0)
    expect(printed.map((file) => path.basename(file))).toEqual(['weather-5.md', 'weather-6.txt'])
    expect(await readFile(path.join(articles, 'weather.txt'), 'utf8')).toBe('نص المحرر')
  })

  it("cuts a long title's slug at a word, to at most 60 characters", () => {
    const slug = slugForTitle('وزير الصحة يعلن أن لا إصابات جديدة بفيروس كورونا في طرابلس وبنغازي ومصراتة اليوم')
    expect(slug).toBe('وزير-الصحة-يعلن-أن-لا-إصابات-جديدة-بفيروس-كورونا-في-طرابلس')
    expect(slug.length).toBeLessThanOrEqual(60)
  })

  it('writes a plain-text file with --txt', async () => {
    const articles = await mkdtemp(path.join(tmpdir(), 'warraq-new-'))
    await newCommand('Weather', {articles, txt: true}, quiet, now)
    expect(await readdir(articles)).toEqual(['weather.txt'])
  })

  it('asks for a title', async () => {
    const {code, stderr} = await capture(['new', '--articles', tmpdir()])
    expect(code).toBe(2)
    expect(stderr).toContain('without a title')
  })
})

describe('warraq check', () => {
  it('exits 0 with a summary line for a valid folder, writing nothing', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'warraq-check-'))
    const {code, stdout} = await capture([
      'check',
      '--articles',
      'tests/fixtures/archive/articles',
      '--out',
      path.join(root, 'dist')
    ])
    expect(code).toBe(0)
    expect(stdout.trim()).toBe('35 articles, 0 errors, 0 warnings')
    expect(await readdir(root)).toEqual([])
  })

  it('exits 1 on errors, with the same messages as the build', async () => {
    const check = await capture(['check', '--articles', 'tests/fixtures/invalid/articles'])
    const buildRun = await capture([
      'build',
      '--articles',
      'tests/fixtures/invalid/articles',
      '--out',
      path.join(await mkdtemp(path.join(tmpdir(), 'warraq-check-')), 'dist')
    ])
    expect(check.code).toBe(1)
    expect(check.stdout.trim()).toBe('1 article, 2 errors, 0 warnings')
    const lines = (text: string) => text.split('\n').filter((line) => /: (error|warning|note): /.test(line))
    expect(lines(check.stderr)).toEqual(lines(buildRun.stderr))
    expect(lines(check.stderr)).toHaveLength(2)
  })

  it('prints the messages as JSON with --format json', async () => {
    const {code, stdout} = await capture(['check', '--articles', 'tests/fixtures/invalid/articles', '--format', 'json'])
    expect(code).toBe(1)
    const result = JSON.parse(stdout)
    expect(result).toMatchObject({articles: 1, errors: 2, warnings: 0})
    expect(result.messages[0]).toEqual({
      file: 'tests/fixtures/invalid/articles/broken-yaml.md',
      line: 3,
      column: 7,
      severity: 'error',
      reason:
        'Unexpected `[` that is never closed, expected a closing `]` after the last item; close the list with `]`: `tags: [سياسة]`',
      ruleId: 'front-matter-syntax'
    })
  })

  it('previews a named article: what will be published, with its lines, and every line taken out', async () => {
    const folder = 'tests/fixtures/pasted/01-benghazi-budget-vote'
    const {code, stdout, stderr} = await capture(['check', '--articles', folder, `${folder}/input.txt`])
    expect(code).toBe(0)
    expect(stderr).toBe('')
    const preview = stdout.split('\n')
    expect(preview.slice(0, 6)).toEqual([
      `${folder}/input.txt`,
      '  Headline   مجلس النواب يقر الميزانية العامة لعام 2026 بعد جلسة مطولة في بنغازي',
      '  Date       2025-12-07 (from a date line in the text)',
      '  Author     هدى المصراتي',
      '  Tags       —',
      '  Published: 4 paragraphs'
    ])
    expect(preview[6]).toMatch(/^ {4}11 │ بنغازي - وكالات - أقر مجلس النواب الليبي/)
    expect(preview).toContain('  Taken out: 15 lines')
    expect(preview).toContain(
      '     5 │ `الأحد 7 ديسمبر 2025 - 11:40 ص`: a date line copied from the website, not article text; it dates the article 2025-12-07 (front matter would win) [date-line]'
    )
    expect(preview.at(-2)).toBe('1 article, 0 errors, 0 warnings')
  })

  it('refuses to preview a file outside the articles folder', async () => {
    const {code, stderr} = await capture([
      'check',
      '--articles',
      'tests/fixtures/pasted/01-benghazi-budget-vote',
      'README.md'
    ])
    expect(code).toBe(2)
    expect(stderr).toContain('Unexpected file `README.md`, expected an article file inside the articles folder')
  })
})

describe('warraq build', () => {
  it('ends with one summary line of articles, pages and time, and prints no progress when not on a terminal', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'warraq-summary-'))
    await cp('tests/fixtures/site/articles', path.join(root, 'articles'), {recursive: true})
    const {code, stdout, stderr} = await capture([
      'build',
      '--articles',
      path.join(root, 'articles'),
      '--out',
      path.join(root, 'dist'),
      '--no-cache'
    ])
    expect(code).toBe(0)
    expect(stdout.trim().split('\n')).toHaveLength(1)
    // 22 pages: 4 articles, home, the list of all, search, 404, tags (index and 3), authors (index and 1), archive (index, 3 years, 4 months).
    // 3 warnings: two dates taken from elsewhere, and the `source_url` key Warraq does not read.
    expect(stdout).toMatch(
      /^4 articles, 0 errors, 3 warnings: 22 pages, \d+ files in `.*dist` \(0 unchanged\), \d+\.\d\d s\n$/
    )
    expect(stderr).not.toContain('\r')
  })

  it('prints only problems with --quiet', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'warraq-quiet-'))
    const {stdout, stderr} = await capture([
      'build',
      '--articles',
      'tests/fixtures/site/articles',
      '--out',
      path.join(root, 'dist'),
      '--quiet',
      '--no-cache'
    ])
    expect(stdout).toBe('')
    expect(stderr).not.toMatch(/: note: /)
    expect(stderr).toMatch(/: warning: /)
  })

  it('warns when the site would be published with the default base URL, and not once one is given', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'warraq-base-url-'))
    const flags = [
      'build',
      '--articles',
      'tests/fixtures/archive/articles',
      '--out',
      path.join(root, 'dist'),
      '--quiet'
    ]
    const defaulted = await capture(flags)
    expect(defaulted.code).toBe(0)
    expect(defaulted.stderr).toBe(
      'warning: Unexpected base URL `http://localhost:8080/` (the default) in canonical links, feeds and the sitemap, ' +
        'expected the address the site will be served from; set `baseUrl` in warraq.config.json, pass ' +
        '`--base-url https://…` or set WARRAQ_BASE_URL [default-base-url]\n'
    )
    const given = await capture([...flags, '--base-url', 'https://news.example.ly/'])
    expect(given.stderr).toBe('')
  })

  it('takes the base URL from WARRAQ_BASE_URL, as a static host passes it, after --base-url', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'warraq-base-url-'))
    const out = path.join(root, 'dist')
    const flags = ['build', '--articles', 'tests/fixtures/archive/articles', '--out', out, '--quiet', '--no-cache']
    process.env.WARRAQ_BASE_URL = 'https://newsroom.github.io/archive'
    try {
      const fromEnvironment = await capture(flags)
      expect(fromEnvironment.stderr).toBe('')
      // The host gives no final slash; the URL gets one.
      expect(await readFile(path.join(out, 'sitemap.xml'), 'utf8')).toContain(
        '<loc>https://newsroom.github.io/archive/</loc>'
      )
      await capture([...flags, '--base-url', 'https://news.example.ly/'])
      expect(await readFile(path.join(out, 'sitemap.xml'), 'utf8')).toContain('<loc>https://news.example.ly/</loc>')
      process.env.WARRAQ_BASE_URL = 'newsroom.github.io'
      const wrong = await capture(flags)
      expect(wrong.code).toBe(2)
      expect(wrong.stderr).toMatch(
        /^Cannot use the environment variable WARRAQ_BASE_URL: `baseUrl` must be an absolute/
      )
    } finally {
      delete process.env.WARRAQ_BASE_URL
    }
  })
})
