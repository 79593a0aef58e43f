import {type ChildProcess, spawn} from 'node:child_process'
import {cp, mkdir, mkdtemp, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** A `warraq serve` process running in a temporary folder of its own. */
export interface ServeProcess {
  /** The temporary folder: `articles/` inside, `dist/` once built. */
  root: string
  /** Origin with a trailing slash, such as `http://127.0.0.1:40123/`. */
  origin: string
  /** Everything the process wrote so far, stdout and stderr mixed. */
  output(): string
  /** Fetches `pathname` from the server. */
  get(pathname: string): Promise<{status: number; text: string}>
  /** Stops the process with Ctrl-C's signal and removes the folder. */
  stop(): Promise<void>
}

/** Polls `check` every `every` ms until it holds, for at most `seconds`; the error shows `context()`. */
export async function eventually(
  check: () => Promise<boolean> | boolean,
  seconds: number,
  context: () => string = () => '',
  every = 50
): Promise<void> {
  const deadline = Date.now() + seconds * 1000
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Not within ${seconds} s; server said:\n${context()}`)
    await new Promise((resolve) => setTimeout(resolve, every))
  }
}

/**
 * Starts `warraq serve --port 0` in a new temporary folder whose `articles/`
 * is a copy of the folder `articles`, or holds the files named in a record;
 * resolves once it serves and `starting`, run as the process starts, has ended.
 */
export async function startServe(
  articles: string | Record<string, string>,
  starting?: (root: string, output: () => string) => Promise<void>
): Promise<ServeProcess> {
  const root = await mkdtemp(path.join(tmpdir(), 'warraq-serve-'))
  const folder = path.join(root, 'articles')
  if (typeof articles === 'string') await cp(articles, folder, {recursive: true})
  else {
    await mkdir(folder)
    for (const [name, text] of Object.entries(articles)) await writeFile(path.join(folder, name), text)
  }
  let output = ''
  const child: ChildProcess = spawn(process.execPath, [path.resolve('bin/warraq.js'), 'serve', '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const serving = /Serving dist at (http:\/\/127\.0\.0\.1:\d+\/)/
  const started = () => serving.test(output) || child.exitCode !== null
  await Promise.all([starting?.(root, () => output), eventually(started, 60, () => output)])
  if (child.exitCode !== null) throw new Error(`serve exited with ${child.exitCode}:\n${output}`)
  const origin = serving.exec(output)![1]!
  return {
    root,
    origin,
    output: () => output,
    async get(pathname) {
      const response = await fetch(new URL(pathname, origin))
      return {status: response.status, text: await response.text()}
    },
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGINT')
        await exited
      }
      await rm(root, {recursive: true, force: true})
    }
  }
}
