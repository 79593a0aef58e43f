// npm run bench [-- SIZE...]: builds a generated corpus cold, with nothing
// changed, and after adding one article; prints medians. Asserts nothing.
import {spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {writeCorpus} from './corpus.ts'

const RUNS = 3
const bin = fileURLToPath(new URL('../bin/warraq.js', import.meta.url))
const sizes = process.argv.slice(2).map(Number).filter((size) => size > 0)
// A RAM disk where there is one: the disks of these machines are throttled and slow down run after run.
const scratch = existsSync('/dev/shm') ? '/dev/shm' : tmpdir()
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** One build: wall seconds and peak RSS in MiB (from the operating system, via /usr/bin/time). */
function measure(cwd: string): {seconds: number; mebibytes: number | undefined} {
  const command = [bin, 'build', '--quiet']
  const started = performance.now()
  const result = time ? spawnSync(time, ['-f', '%M', process.execPath, ...command], {cwd, encoding: 'utf8'}) : spawnSync(process.execPath, command, {cwd, encoding: 'utf8'})
  const seconds = (performance.now() - started) / 1000
  if (result.status !== 0) throw new Error(`The build failed:\n${result.stderr}`)
  const kilobytes = time ? Number(result.stderr.trim().split('\n').at(-1)) : NaN
  return {seconds, mebibytes: Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined}
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

async function pages(folder: string): Promise<number> {
  return (await readdir(folder, {recursive: true})).filter((file) => String(file).endsWith('.html')).length
}

console.log(`Warraq benchmark: ${RUNS} runs each, in ${scratch}; median wall time, ms per article, peak RSS${time ? '' : ' (unavailable: install the Debian package `time`)'}`)
console.log('| articles | build | median s | ms/article | peak MiB | pages |')
console.log('|---|---|---|---|---|---|')
for (const size of sizes.length > 0 ? sizes : [1000]) {
  const cwd = await mkdtemp(path.join(scratch, 'warraq-bench-'))
  await writeCorpus(path.join(cwd, 'articles'), size)
  const runs = {cold: [] as Array<ReturnType<typeof measure>>, unchanged: [] as Array<ReturnType<typeof measure>>, 'add one': [] as Array<ReturnType<typeof measure>>}
  for (let run = 0; run < RUNS; run++) {
    await rm(path.join(cwd, '.warraq-cache'), {recursive: true, force: true})
    await rm(path.join(cwd, 'dist'), {recursive: true, force: true})
    runs.cold.push(measure(cwd))
    runs.unchanged.push(measure(cwd))
    await writeCorpus(path.join(cwd, 'articles'), 1, 7 + run, size + 1 + run)
    runs['add one'].push(measure(cwd))
  }
  const count = await pages(path.join(cwd, 'dist'))
  for (const [name, results] of Object.entries(runs)) {
    const seconds = median(results.map((result) => result.seconds))
    const memory = results.every((result) => result.mebibytes !== undefined) ? median(results.map((result) => result.mebibytes!)).toFixed(0) : '-'
    console.log(`| ${size} | ${name} | ${seconds.toFixed(2)} | ${((seconds * 1000) / size).toFixed(2)} | ${memory} | ${count} |`)
  }
  await rm(cwd, {recursive: true, force: true})
}
