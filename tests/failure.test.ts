import {mkdtemp, readdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, snapshot} from './helpers/cli.ts'

describe('a build with an invalid article', () => {
  it('exits non-zero, names every problem by path and line, and leaves the previous output byte for byte', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'warraq-fail-'))
    const out = path.join(parent, 'dist')
    const good = await runCli(['build', '--articles', 'tests/fixtures/site/articles', '--out', out])
    expect(good.code).toBe(0)
    const before = await snapshot(out)

    const bad = await runCli(['build', '--articles', 'tests/fixtures/invalid/articles', '--out', out])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain(
      'tests/fixtures/invalid/articles/broken-yaml.md:3:7: error: Unexpected `[` that is never closed'
    )
    expect(bad.stderr).toContain(
      'tests/fixtures/invalid/articles/impossible-date.txt:2:7: error: Unexpected date `2026-02-30`'
    )
    expect(bad.stderr).toMatch(/\[front-matter-syntax\]/)
    expect(bad.stderr).not.toMatch(/^\s+at /m)
    expect(await snapshot(out)).toEqual(before)
    expect(await readdir(parent)).toEqual(['dist'])
  })

  it('refuses to replace a non-empty folder it did not create', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'warraq-foreign-'))
    const {writeFile} = await import('node:fs/promises')
    await writeFile(path.join(out, 'thesis.docx'), 'years of work')
    const run = await runCli(['build', '--articles', 'tests/fixtures/site/articles', '--out', out])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('holds files Warraq did not create')
    expect(await readdir(out)).toEqual(['thesis.docx'])
  })

  it('refuses an output folder that holds the articles', async () => {
    const run = await runCli([
      'build',
      '--articles',
      'tests/fixtures/site/articles',
      '--out',
      'tests/fixtures/site',
      '--force'
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^Cannot build into `tests\/fixtures\/site`/)
  })
})

describe('output folders a build keeps clear of', () => {
  it.each([
    ['articles', 'tests/fixtures/site/articles/out'],
    ['templates', 'templates'],
    ['public', 'public/site'],
    ['the project', '.']
  ])('refuses an output folder in or over %s', async (_name, out) => {
    const run = await runCli(['build', '--articles', 'tests/fixtures/site/articles', '--out', out, '--force'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(new RegExp(`^Cannot build into \`${out.replace('.', '\\.')}\``))
  })
})
