import {execFileSync} from 'node:child_process'
import {mkdtemp, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {gitDays} from '../src/load/file-days.ts'

function git(cwd: string, args: string[], date: string) {
  const env = {...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org'}
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

  it('gives nothing outside a git work tree', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'warraq-nogit-'))
    expect((await gitDays(folder)).size).toBe(0)
  })
})
