// npm run bench [-- SIZE...]: builds a generated corpus cold, with nothing
// changed, and after adding one article on the newest day and one on any
// day; prints medians. Asserts nothing.
import {spawn} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {LAST_DAY, writeCorpus} from './corpus.ts'

const RUNS = 3
const bin = fileURLToPath(new URL('../bin/warraq.js', import.meta.url))
const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((size) => size > 0)
// A RAM disk where there is one: the disks of these machines are throttled and slow down run after run.
const scratch = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** Resident memory in KiB of `pid` and every process under it, from /proc; 0 where /proc is missing. */
function treeKilobytes(pid: number): number {
  try {
    const rss = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
    // Children are listed per thread: Pagefind's processes belong to the worker threads that started them.
    const children = readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number)
    )
    return rss + children.reduce((sum, child) => sum + treeKilobytes(child), 0)
  } catch {
    return 0
  }
}

/**
 * One build: wall seconds, peak RSS in MiB of the build's own process (from
 * the operating system, via /usr/bin/time), and the peak of the sum over its
 * process tree, Pagefind's indexer included (sampled from /proc every 50 ms).
 */
async function measure(cwd: string): Promise<{seconds: number; mebibytes: number | undefined; tree: number}> {
  const command = [bin, 'build', '--quiet']
  const started = performance.now()
  const child = time
    ? spawn(time, ['-f', '%M', process.execPath, ...command], {cwd})
    : spawn(process.execPath, command, {cwd})
  let stderr = ''
  child.stderr.on('data', (chunk) => (stderr += chunk))
  let tree = 0
  const sampler = setInterval(() => (tree = Math.max(tree, treeKilobytes(child.pid!))), 50)
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearInterval(sampler)
  const seconds = (performance.now() - started) / 1000
  if (status !== 0) throw new Error(`The build failed:\n${stderr}`)
  const kilobytes = time ? Number(stderr.trim().split('\n').at(-1)) : NaN
  return {seconds, mebibytes: Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined, tree: tree / 1024}
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function pages(folder: string): Promise<number> {
  return (await readdir(folder, {recursive: true})).filter((file) => String(file).endsWith('.html')).length
}

console.log(
  `Warraq benchmark: ${RUNS} runs each, in ${scratch}; median wall time, ms per article, peak RSS of the build${time ? '' : ' (unavailable: install the Debian package `time`)'} and of its process tree with Pagefind`
)
console.log('| articles | build | median s | ms/article | peak MiB | with Pagefind MiB | pages |')
console.log('|---|---|---|---|---|---|---|')
for (const size of sizes.length > 0 ? sizes : [1000]) {
  const cwd = await mkdtemp(path.join(scratch, 'warraq-bench-'))
  await writeCorpus(path.join(cwd, 'articles'), size)
  type Run = Awaited<ReturnType<typeof measure>>
  const runs = {
    cold: [] as Run[],
    unchanged: [] as Run[],
    'add one, newest day': [] as Run[],
    'add one, any day': [] as Run[]
  }
  for (let run = 0; run < RUNS; run++) {
    await rm(path.join(cwd, '.warraq-cache'), {recursive: true, force: true})
    await rm(path.join(cwd, 'dist'), {recursive: true, force: true})
    runs.cold.push(await measure(cwd))
    runs.unchanged.push(await measure(cwd))
    // As a newsroom adds: dated the last day, so in the newest month's search shard.
    await writeCorpus(path.join(cwd, 'articles'), 1, 7 + run, size + 1 + 2 * run, LAST_DAY)
    runs['add one, newest day'].push(await measure(cwd))
    // Dated any day of the twelve years, as an archive import adds: its whole year's shard is indexed again.
    await writeCorpus(path.join(cwd, 'articles'), 1, 7 + run, size + 2 + 2 * run)
    runs['add one, any day'].push(await measure(cwd))
  }
  const count = await pages(path.join(cwd, 'dist'))
  for (const [name, results] of Object.entries(runs)) {
    const seconds = median(results.map((result) => result.seconds))
    const memory = results.every((result) => result.mebibytes !== undefined)
      ? median(results.map((result) => result.mebibytes!)).toFixed(0)
      : '-'
    const tree = median(results.map((result) => result.tree)).toFixed(0)
    console.log(
      `| ${size} | ${name} | ${seconds.toFixed(2)} | ${((seconds * 1000) / size).toFixed(2)} | ${memory} | ${tree} | ${count} |`
    )
  }
  await rm(cwd, {recursive: true, force: true})
}
