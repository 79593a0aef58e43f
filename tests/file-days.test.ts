import {execFileSync} from 'node:child_process'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {Cache} from '../src/cache/store.ts'
import {gitDays} from '../src/load/file-days.ts'
import {fingerprint} from '../src/render/fingerprint.ts'

function git(cwd: string, args: string[], date: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: date,
    GIT_COMMITTER_DATE: date,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.org',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.org'
  }
  execFileSync('git', args, {cwd, env, stdio: 'ignore'})
}

describe('file days', () => {
  it('gives each file the day of its last commit, relative to the articles folder', async () => {
    const repo = await mkdtemp(path.join(tmpdir(), 'warraq-git-'))
    execFileSync('git', ['init', '-q'], {cwd: repo})
    const articles = path.join(repo, 'articles')
    await import('node:fs/promises').then(({mkdir}) => mkdir(articles))
    await writeFile(path.join(articles, 'old.txt'), 'أ')
    await writeFile(path.join(articles, 'خبر.txt'), 'ب')
    git(repo, ['add', '.'], '2023-05-06T10:00:00+00:00')
    git(repo, ['commit', '-qm', 'first'], '2023-05-06T10:00:00+00:00')
    await writeFile(path.join(articles, 'خبر.txt'), 'ج')
    git(repo, ['commit', '-qam', 'second'], '2024-07-08T10:00:00+00:00')
    await writeFile(path.join(articles, 'new.txt'), 'د')
    const days = await gitDays(articles)
    expect(Object.fromEntries(days)).toEqual({'old.txt': '2023-05-06', 'خبر.txt': '2024-07-08'})
  })

  it('keeps the days by commit: the same commit reads nothing, a new one what came since, a reset the whole history', async () => {
    const repo = await mkdtemp(path.join(tmpdir(), 'warraq-git-'))
    execFileSync('git', ['init', '-q'], {cwd: repo})
    const articles = path.join(repo, 'articles')
    await import('node:fs/promises').then(({mkdir}) => mkdir(articles))
    const cache = new Cache(path.join(repo, '.warraq-cache'))
    await writeFile(path.join(articles, 'a.txt'), 'أ')
    await writeFile(path.join(articles, 'b.txt'), 'ب')
    git(repo, ['add', '.'], '2023-05-06T10:00:00+00:00')
    git(repo, ['commit', '-qm', 'first'], '2023-05-06T10:00:00+00:00')
    expect(Object.fromEntries(await gitDays(articles, cache))).toEqual({'a.txt': '2023-05-06', 'b.txt': '2023-05-06'})
    // A later commit: its files take its day, the others keep theirs.
    await writeFile(path.join(articles, 'b.txt'), 'ج')
    await writeFile(path.join(articles, 'c.txt'), 'د')
    git(repo, ['add', '.'], '2024-07-08T10:00:00+00:00')
    git(repo, ['commit', '-qm', 'second'], '2024-07-08T10:00:00+00:00')
    const second = {'a.txt': '2023-05-06', 'b.txt': '2024-07-08', 'c.txt': '2024-07-08'}
    expect(Object.fromEntries(await gitDays(articles, cache))).toEqual(second)
    expect(Object.fromEntries(await gitDays(articles))).toEqual(second)
    // Back to the first commit: the second's days must go.
    git(repo, ['reset', '-q', '--hard', 'HEAD~1'], '2024-07-09T10:00:00+00:00')
    expect(Object.fromEntries(await gitDays(articles, cache))).toEqual({'a.txt': '2023-05-06', 'b.txt': '2023-05-06'})
    // The same commit again is answered from the cache, without git log: a planted day shows it.
    const head = execFileSync('git', ['rev-parse', 'HEAD'], {cwd: repo, encoding: 'utf8'}).trim()
    await cache.write('days', fingerprint('git-days', path.resolve(articles)), {head, days: {'a.txt': '1999-01-01'}})
    expect(Object.fromEntries(await gitDays(articles, cache))).toEqual({'a.txt': '1999-01-01'})
  })

  it('gives nothing outside a git work tree', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-nogit-'))
    expect((await gitDays(folder)).size).toBe(0)
  })
})
