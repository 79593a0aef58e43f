import {existsSync, utimesSync, writeFileSync} from 'node:fs'
import {writeFile} from 'node:fs/promises'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {eventually, type ServeProcess, startServe} from './helpers/serve.ts'

const TRIES = 20
/** How long the served page may take to show a save: the promise to an editor. */
const WITHIN_SECONDS = 5

/** An article whose text names `marker`. */
function article(marker: string): string {
  return `---\ntitle: خبر يُحفظ مرارًا\ndate: 2024-05-01\n---\nنص الحفظ ${marker} كاملًا.\n\nفقرة ثانية.\n`
}

const articles = {
  'saved.md': article('الأول'),
  'other.md': '---\ntitle: خبر آخر\ndate: 2024-05-02\n---\nنص خبر آخر.\n',
  'third.txt': '---\ntitle: خبر ثالث\ndate: 2024-05-03\n---\nنص خبر ثالث.\n'
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

let server: ServeProcess
let file: string
/** Milliseconds from the last write of a try to the page showing it, by test. */
const timings: Record<string, number[]> = {}

/** Waits until `on` serves the article showing `marker`, and records how long that took since `started`. */
async function served(on: ServeProcess, marker: string, started: number, test: string): Promise<void> {
  const shows = async () => (await on.get('articles/saved/')).text.includes(`نص الحفظ ${marker} كاملًا.`)
  await eventually(shows, WITHIN_SECONDS, () => `${marker}\n${on.output()}`)
  timings[test] = [...(timings[test] ?? []), Date.now() - started]
}

/** How many builds `server` has started after a change. */
const rebuilds = () => server.output().split('Rebuilding: ').length - 1
/** How many builds `server` has finished: each prints a summary line. */
const finished = () => server.output().match(/^\d+ articles?, /gm)?.length ?? 0

beforeAll(async () => {
  server = await startServe(articles)
  file = path.join(server.root, 'articles/saved.md')
})

afterAll(async () => {
  await server?.stop()
  for (const [test, times] of Object.entries(timings)) {
    const sorted = [...times].sort((a, b) => a - b)
    console.info(`${test}: ${times.length} tries, median ${sorted[sorted.length >> 1]} ms, max ${sorted.at(-1)} ms`)
  }
})

describe('warraq serve never loses a save', () => {
  it('serves the final text of a file saved in place (truncated, a pause, then written), every time', async () => {
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const marker = `في-المكان-${attempt}`
      // Pauses from 50 to 300 ms: shorter and longer than the time serve waits for a write to settle.
      const pause = 50 + ((attempt * 67) % 251)
      await writeFile(file, '')
      await sleep(pause)
      await writeFile(file, article(marker))
      await served(server, marker, Date.now(), 'in place')
    }
  }, 120_000)

  it('serves the text of a save made while a build runs, every time', async () => {
    let whileBuilding = 0
    for (let attempt = 0; attempt < TRIES; attempt++) {
      const before = rebuilds()
      await writeFile(file, article(`قبل-البناء-${attempt}`))
      await eventually(() => rebuilds() > before, WITHIN_SECONDS, server.output, 5)
      const ended = finished()
      // From at once to well into the build: before and after it has read the file.
      await sleep((attempt * 23) % 100)
      const marker = `أثناء-البناء-${attempt}`
      await writeFile(file, article(marker))
      if (finished() === ended) whileBuilding++
      await served(server, marker, Date.now(), 'during a build')
    }
    console.info(`during a build: ${whileBuilding} of ${TRIES} saves made before the build ended`)
    expect(whileBuilding).toBeGreaterThanOrEqual(TRIES / 2)
    expect(server.output()).not.toContain('error:')
  }, 120_000)

  it('serves a save that leaves the modification time as it was, as on a file system that keeps whole seconds', async () => {
    // chokidar reports no change when the time is the same and the file was read since: only the raw events tell.
    const second = new Date('2024-05-01T10:00:00Z')
    for (let attempt = 0; attempt < 5; attempt++) {
      const marker = `الثانية-نفسها-${attempt}`
      // Back to back, synchronously: serve looks at the file only after both.
      writeFileSync(file, article(marker))
      utimesSync(file, new Date(), second)
      await served(server, marker, Date.now(), 'same second')
    }
  }, 60_000)

  it('serves a save made during the first build, after it read the articles', async () => {
    const marker = 'أثناء-البناء-الأول'
    let wroteAt = 0
    let serving = true
    const other = await startServe(articles, async (root, output) => {
      // The staging folder appears once the articles are read, as the pages are written.
      await eventually(() => existsSync(path.join(root, 'dist.warraq-staging')), 60, output, 2)
      await writeFile(path.join(root, 'articles/saved.md'), article(marker))
      wroteAt = Date.now()
      serving = output().includes('Serving')
    })
    try {
      expect(serving).toBe(false)
      await served(other, marker, wroteAt, 'first build')
    } finally {
      await other.stop()
    }
  }, 60_000)
})
