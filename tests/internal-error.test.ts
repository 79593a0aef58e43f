import {mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, snapshot} from './helpers/cli.ts'

const articles = path.resolve('tests/fixtures/archive/articles')
const breakPlurals = ['--import', path.resolve('tests/fixtures/crash/break-plurals.mjs')]

/** The 1-based line of `src/render/format.ts` that asks the plural rules for a category. */
async function selectLine(): Promise<number> {
  const lines = (await readFile('src/render/format.ts', 'utf8')).split('\n')
  const index = lines.findIndex((line) => line.includes('plural.select('))
  expect(index).toBeGreaterThan(-1)
  return index + 1
}

describe('a bug in Warraq', () => {
  it('prints a stack with source positions and a request to report it, exits 3, and leaves the output as it was', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'warraq-crash-'))
    const out = path.join(root, 'dist')
    const good = await runCli(['build', '--articles', articles, '--out', out, '--no-cache'], root)
    expect(good.code).toBe(0)
    const before = await snapshot(out)
    // Without the cache and with another base URL every page renders again, and meets the broken plural rules.
    const crashed = await runCli(
      ['build', '--articles', articles, '--out', out, '--no-cache', '--base-url', 'https://example.org/'],
      root,
      breakPlurals
    )
    expect(crashed.code).toBe(3)
    expect(crashed.stderr).toMatch(/^Internal error: this is a bug in Warraq, not a mistake in your articles\.\n/)
    expect(crashed.stderr).toContain('TypeError: plural rules broken on purpose')
    expect(crashed.stderr).toContain(`at formatCount (${path.resolve('src/render/format.ts')}:${await selectLine()}:`)
    expect(crashed.stderr).toMatch(/Please report it to the Warraq developers/)
    // Positions point at sources, never into the bundle built at run time.
    expect(crashed.stderr).not.toMatch(/\.cache\/warraq|chunk-/)
    expect(await snapshot(out)).toEqual(before)
  })

  it('is told apart from a mistake in the configuration, which is one line and exit code 2', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'warraq-usage-'))
    await writeFile(path.join(root, 'warraq.config.json'), '{"pageSize": 0}')
    const run = await runCli(['build', '--articles', articles, '--out', path.join(root, 'dist')], root)
    expect(run.code).toBe(2)
    expect(run.stderr.trim()).toBe(
      'Cannot use configuration `warraq.config.json`: `pageSize` must be a whole number above 0'
    )
  })
})
