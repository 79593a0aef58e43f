import {spawn} from 'node:child_process'
import {createServer, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {publicFolder, templatesFolder} from '../write/assets.ts'
import {type BuildFlags, FOR_SERVE} from './build-command.ts'
import type {Io} from './io.ts'
import {announce, handler} from './serve-handler.ts'
import {buildQueue, settle} from './serve-schedule.ts'
import {type ServeState, serveState} from './serve-state.ts'
import {watch} from './serve-watch.ts'
import {exitCodes} from '../errors.ts'
import {pagesFolder} from '../pages/folder.ts'

/** Flags of `warraq serve`. */
export interface ServeFlags extends BuildFlags {
  port: string
  host: string
  /** Leave drafts out of the preview, as a build does. */
  'no-drafts'?: boolean
}

const bin = fileURLToPath(new URL('../../bin/warraq.js', import.meta.url))

/**
 * How long the watched files must be still before a build starts. Editors
 * often save in place, emptying the file and then writing it: a build must
 * not read the file in between, and every event of one save must make one build.
 */
const SETTLE = {quietMs: 200, longestMs: 2000}

/** The `build` command line for the same flags: each rebuild runs in a fresh process, so edited templates apply. */
function buildArguments(flags: ServeFlags): string[] {
  const args = [bin, 'build', '--articles', flags.articles, '--out', flags.out]
  if (flags.pages) args.push('--pages', flags.pages)
  if (flags.config) args.push('--config', flags.config)
  if (flags['base-url']) args.push('--base-url', flags['base-url'])
  if (flags.force) args.push('--force')
  if (flags['no-cache']) args.push('--no-cache')
  // The editor's preview: articles waiting for their day always, drafts unless asked not to; both marked on the page.
  args.push('--future')
  if (!flags['no-drafts']) args.push('--drafts')
  return args
}

/** Runs one build in a child process, passing its output through; resolves to its exit code and what it printed on stderr. */
function runBuild(flags: ServeFlags, io: Io): Promise<{code: number | null; stderr: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, buildArguments(flags), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {...process.env, [FOR_SERVE]: '1'}
    })
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => io.stdout(chunk.toString().trimEnd()))
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      io.stderr(chunk.toString().trimEnd())
    })
    child.on('error', (error) => resolve({code: null, stderr: `${stderr}${error.message}\n`}))
    child.on('close', (code) => resolve({code, stderr}))
  })
}

/** The line serve prints as a build starts after changes, such as `Rebuilding: articles/a.md and 2 other files changed`. */
function rebuildLine(names: ReadonlySet<string>): string {
  const [name = ''] = names
  const relative = path.relative(process.cwd(), name)
  // Outside the current folder (a template, say) an absolute path says more than a chain of `../`.
  const first = relative.startsWith('..') ? name : relative
  const others = names.size - 1
  return `Rebuilding: ${first}${others > 0 ? ` and ${others} other file${others === 1 ? '' : 's'}` : ''} changed`
}

/** Starts `server` listening and resolves to its origin, such as `http://127.0.0.1:8080/`. */
async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const address = server.address() as AddressInfo
  return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}/`
}

/** Resolves at Ctrl-C or `kill`. */
function interrupted(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve())
    process.once('SIGTERM', () => resolve())
  })
}

/**
 * `warraq serve`: builds, serves the output on loopback (or `--host`),
 * rebuilds when articles, templates, public files or the configuration
 * change, and makes open pages reload, or show the problems of a failed
 * build over the last good site. Runs until interrupted.
 */
export async function serveCommand(flags: ServeFlags, io: Io): Promise<number> {
  const port = Number(flags.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr(`Unexpected --port \`${flags.port}\`, expected a number from 0 to 65535`)
    return exitCodes.usage
  }
  const clients = new Set<ServerResponse>()
  let state: ServeState = serveState(0, 0, '')
  let stopped = false
  const changed = new Set<string>()
  const queue = buildQueue(async () => {
    if (stopped) return
    if (changed.size > 0) io.stdout(rebuildLine(changed))
    // Cleared as the build starts: a file saved from now on is read by the next build, which the queue promises.
    changed.clear()
    const {code, stderr} = await runBuild(flags, io)
    state = serveState(state.build + 1, code, stderr)
    announce(clients, state)
  })
  const settler = settle(() => queue.request(), SETTLE)
  const pages = pagesFolder(flags.articles, flags.pages)
  const watched = [
    flags.articles,
    ...(pages ? [pages] : []),
    templatesFolder,
    publicFolder,
    flags.config ?? 'warraq.config.json'
  ]
  const watcher = await watch(watched, (name) => {
    changed.add(name)
    settler.poke()
  })
  try {
    queue.request()
    await queue.idle()
    const server = createServer(handler(path.resolve(flags.out), clients, () => state))
    const origin = await listen(server, port, flags.host)
    io.stdout(
      `Serving ${flags.out} at ${origin} — watching ${flags.articles}, templates, public files and the configuration. Ctrl-C stops.`
    )
    await interrupted()
    for (const client of clients) client.end()
    server.closeAllConnections()
    server.close()
    return exitCodes.done
  } finally {
    stopped = true
    settler.cancel()
    await watcher.close()
    // A build already running ends by itself (Ctrl-C reaches it too): leave no half-written output behind.
    await queue.idle()
  }
}
