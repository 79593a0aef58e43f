import {spawn} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readdir} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {runCli, snapshot} from './helpers/cli.ts'
import {writeCorpus} from './helpers/corpus.ts'

let corpus: string

beforeAll(async () => {
  corpus = path.join(await mkdtemp(path.join(tmpdir(), 'warraq-corpus-')), 'articles')
  await writeCorpus(corpus, 2500)
}, 60_000)

/** Starts a build of the corpus into `out`, sends `signal` once it is writing pages, and waits for it to end. */
async function interruptedBuild(out: string, signal: NodeJS.Signals) {
  // No cache: a build of the same corpus must not become fast enough to finish before the signal lands.
  const child = spawn(process.execPath, ['bin/warraq.js', 'build', '--articles', corpus, '--out', out, '--no-cache'], {
    stdio: 'ignore'
  })
  const staging = `${out}.warraq-staging`
  const started = Date.now()
  // Wait until the staging folder exists: the build is writing (assets first, then thousands of pages).
  while (!existsSync(staging)) {
    if (Date.now() - started > 60_000) throw new Error('the build never started writing')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  child.kill(signal)
  return new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) =>
    child.on('exit', (code, signal) => resolve({code, signal}))
  )
}

describe('an interrupted build', () => {
  it.each([
    ['SIGINT', {code: 130, signal: null}],
    ['SIGTERM', {code: 143, signal: null}],
    ['SIGKILL', {code: null, signal: 'SIGKILL'}]
  ] as const)(
    'killed with %s part-way, leaves the previous output byte for byte and no staging folder after the next run',
    async (signal, ending) => {
      const parent = await mkdtemp(path.join(tmpdir(), 'warraq-kill-'))
      const out = path.join(parent, 'dist')
      expect((await runCli(['build', '--articles', 'tests/fixtures/site/articles', '--out', out])).code).toBe(0)
      const before = await snapshot(out)

      expect(await interruptedBuild(out, signal)).toEqual(ending)
      expect(await snapshot(out)).toEqual(before)
      // A handled signal cleans up at once; after SIGKILL the next run does.
      expect(await readdir(parent)).toEqual(signal === 'SIGKILL' ? ['dist', 'dist.warraq-staging'] : ['dist'])

      const next = await runCli(['build', '--articles', 'tests/fixtures/invalid/articles', '--out', out])
      expect(next.code).toBe(1)
      expect(await snapshot(out)).toEqual(before)
      expect(await readdir(parent)).toEqual(['dist'])
    },
    90_000
  )
})
