import {describe, expect, it} from 'vitest'
import {main, usage} from '../src/cli.ts'
import {runCli} from './helpers/cli.ts'

async function capture(argv: string[]) {
  const output = {stdout: '', stderr: ''}
  const code = await main(argv, {
    stdout: (text) => (output.stdout += `${text}\n`),
    stderr: (text) => (output.stderr += `${text}\n`)
  })
  return {code, ...output}
}

describe('command line', () => {
  it('explains every command and flag in --help', async () => {
    const {code, stdout} = await capture(['--help'])
    expect(code).toBe(0)
    for (const word of [
      'build',
      '--articles',
      '--out',
      '--config',
      '--base-url',
      '--force',
      '--quiet',
      '--help',
      '--version'
    ])
      expect(stdout).toContain(word)
    expect(stdout.trim()).toBe(usage)
  })

  it('rejects an unknown flag with exit code 2 and a pointer to --help', async () => {
    const {code, stderr} = await capture(['build', '--otu', 'x'])
    expect(code).toBe(2)
    expect(stderr).toContain("Unknown option '--otu'")
    expect(stderr).toContain('warraq --help')
  })

  it('rejects an unknown command', async () => {
    const {code, stderr} = await capture(['bulid'])
    expect(code).toBe(2)
    expect(stderr).toContain('Unexpected command `bulid`')
  })

  it('reports a missing articles folder without a stack trace', async () => {
    const run = await runCli(['build', '--articles', 'no-such-folder', '--out', 'tmp-never-written'])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^Cannot read the articles folder `no-such-folder`/)
    expect(run.stderr).not.toMatch(/^\s+at /m)
  })

  it('takes the base URL from --base-url over the configuration, for feeds and canonical links', async () => {
    const {mkdtemp, readFile} = await import('node:fs/promises')
    const {tmpdir} = await import('node:os')
    const out = `${await mkdtemp(`${tmpdir()}/warraq-base-`)}/dist`
    const run = await runCli([
      'build',
      '--articles',
      'tests/fixtures/site/articles',
      '--out',
      out,
      '--base-url',
      'https://news.example.org/ar'
    ])
    expect(run.code).toBe(0)
    expect(await readFile(`${out}/feed.xml`, 'utf8')).toContain('<link>https://news.example.org/ar/</link>')
    expect(await readFile(`${out}/articles/municipal-elections/index.html`, 'utf8')).toContain(
      '<link rel="canonical" href="https://news.example.org/ar/articles/municipal-elections/">'
    )
  })

  it('refuses a --base-url that is not an absolute http(s) URL', async () => {
    const run = await runCli(['build', '--out', 'tmp-never-written', '--base-url', 'news.example.org'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('Cannot use --base-url: `baseUrl` must be an absolute http(s) URL')
  })

  it('refuses a --threads that is not a whole number of 1 or more', async () => {
    for (const threads of ['0', '1.5', 'two']) {
      const run = await runCli(['build', '--out', 'tmp-never-written', '--threads', threads])
      expect(run.code).toBe(2)
      expect(run.stderr).toContain(`Unexpected \`--threads ${threads}\`, expected a whole number of threads, 1 or more`)
    }
  })

  it('reports a broken configuration file by name', async () => {
    const run = await runCli([
      'build',
      '--config',
      'tests/fixtures/config/unknown-key.json',
      '--out',
      'tmp-never-written'
    ])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('unknown key `titel`')
  })
})
