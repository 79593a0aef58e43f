import {spawn} from 'node:child_process'
import {readFile} from 'node:fs/promises'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import chokidar from 'chokidar'
import sirv from 'sirv'
import {publicFolder, templatesFolder} from '../write/assets.ts'
import {type BuildFlags, FOR_SERVE} from './build-command.ts'
import type {Io} from './io.ts'
import {clientScript} from './serve-client.ts'

/** Flags of `warraq serve`. */
export interface ServeFlags extends BuildFlags {
  port: string
  host: string
}

const bin = fileURLToPath(new URL('../../bin/warraq.js', import.meta.url))

/** The `build` command line for the same flags: each rebuild runs in a fresh process, so edited templates apply. */
function buildArguments(flags: ServeFlags): string[] {
  const args = [bin, 'build', '--articles', flags.articles, '--out', flags.out]
  if (flags.config) args.push('--config', flags.config)
  if (flags['base-url']) args.push('--base-url', flags['base-url'])
  if (flags.force) args.push('--force')
  if (flags['no-cache']) args.push('--no-cache')
  return args
}

/** Runs one build in a child process, passing its output through; resolves to its exit code and what it printed on stderr. */
function runBuild(flags: ServeFlags, io: Io): Promise<{code: number | null; problems: string}> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, buildArguments(flags), {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {...process.env, [FOR_SERVE]: '1'}
    })
    let problems = ''
    child.stdout.on('data', (chunk: Buffer) => io.stdout(chunk.toString().trimEnd()))
    child.stderr.on('data', (chunk: Buffer) => {
      problems += chunk.toString()
      io.stderr(chunk.toString().trimEnd())
    })
    child.on('close', (code) => resolve({code, problems}))
  })
}

/** Serves `out` with the live-reload script added to HTML pages, and the event stream that drives it. */
function handler(out: string, clients: Set<ServerResponse>) {
  const files = sirv(out, {dev: true, etag: true})
  return async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname === '/__warraq/events') {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive'
      })
      response.write(': connected\n\n')
      clients.add(response)
      request.on('close', () => clients.delete(response))
      return
    }
    if (url.pathname === '/__warraq/client.js') {
      response.writeHead(200, {'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store'})
      response.end(clientScript)
      return
    }
    const relative = decodeURIComponent(url.pathname).replace(/\/$/, '/index.html').slice(1)
    const page = path.resolve(out, relative)
    if (relative.endsWith('.html') && page.startsWith(path.resolve(out) + path.sep)) {
      const html = await readFile(page, 'utf8').catch(() => undefined)
      if (html !== undefined) {
        response.writeHead(200, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'})
        response.end(html.replace('</body>', '<script src="/__warraq/client.js"></script></body>'))
        return
      }
    }
    files(request, response, async () => {
      const missing = await readFile(path.join(out, '404.html'), 'utf8').catch(() => 'Not found')
      response.writeHead(404, {'content-type': 'text/html; charset=utf-8'})
      response.end(missing.replace('</body>', '<script src="/__warraq/client.js"></script></body>'))
    })
  }
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
    return 2
  }
  const clients = new Set<ServerResponse>()
  const send = (event: string, data: unknown) => {
    for (const client of clients) client.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`)
  }
  await runBuild(flags, io)
  const server = createServer(handler(path.resolve(flags.out), clients))
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, flags.host, resolve)
  })
  const address = server.address() as AddressInfo
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address
  io.stdout(
    `Serving ${flags.out} at http://${host}:${address.port}/ — watching ${flags.articles}, templates, public files and the configuration. Ctrl-C stops.`
  )

  let running: Promise<void> | undefined
  let again = false
  const rebuild = async (): Promise<void> => {
    if (running) {
      again = true
      return running
    }
    running = (async () => {
      do {
        again = false
        const {code, problems} = await runBuild(flags, io)
        if (code === 0) send('reload', null)
        else send('problems', problems.trim())
      } while (again)
    })()
    await running
    running = undefined
  }
  let timer: NodeJS.Timeout | undefined
  const watched = [flags.articles, templatesFolder, publicFolder, flags.config ?? 'warraq.config.json']
  const watcher = chokidar.watch(watched, {ignoreInitial: true})
  watcher.on('all', () => {
    clearTimeout(timer)
    timer = setTimeout(() => void rebuild(), 100)
  })
  await new Promise<void>((resolve) => {
    const stop = () => resolve()
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  await watcher.close()
  for (const client of clients) client.end()
  server.closeAllConnections()
  server.close()
  return 0
}
