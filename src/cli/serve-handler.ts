import {readFile} from 'node:fs/promises'
import type {IncomingMessage, ServerResponse} from 'node:http'
import path from 'node:path'
import sirv from 'sirv'
import {clientScript} from './serve-client.ts'
import {type ServeState, stateScript} from './serve-state.ts'

/** Shown for a missing page when the site has no `404.html` yet, such as before its first good build. */
const NO_PAGE =
  '<!doctype html><html lang="ar" dir="rtl"><meta charset="utf-8"><title>لا صفحة هنا</title><body><p>لا صفحة هنا.</p></body></html>'

/** `pathname` decoded, or undefined when it is not valid percent-encoding (which would otherwise throw out of the handler). */
function decoded(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return undefined
  }
}

/** One server-sent event carrying `state`. */
function event(name: string, state: ServeState): string {
  return `event: ${name}\ndata: ${JSON.stringify(state)}\n\n`
}

/** Tells every open page about a finished build: `reload` after a good one, `problems` with the state after a failed one. */
export function announce(clients: ReadonlySet<ServerResponse>, state: ServeState): void {
  for (const client of clients) client.write(event(state.ok ? 'reload' : 'problems', state))
}

/** `html` with the build state and the live-reload script before its last `</body>`, or at its end. */
export function withClient(html: string, state: ServeState): string {
  const added = `${stateScript(state)}<script src="/__warraq/client.js"></script>`
  const end = html.lastIndexOf('</body>')
  return end === -1 ? html + added : html.slice(0, end) + added + html.slice(end)
}

/**
 * Serves `out` with the build state and the live-reload script added to
 * HTML pages (never to the files on disk), the script itself, and the event
 * stream that drives it. A page opening the stream is first sent the state
 * as it is then: a build that ended between serving the page and the stream
 * opening is not missed.
 */
export function handler(out: string, clients: Set<ServerResponse>, current: () => ServeState) {
  const files = sirv(out, {dev: true, etag: true})
  const page = (response: ServerResponse, status: number, html: string) => {
    response.writeHead(status, {'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store'})
    response.end(withClient(html, current()))
  }
  return async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (url.pathname === '/__warraq/events') {
      response.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive'
      })
      response.write(event('state', current()))
      clients.add(response)
      request.on('close', () => clients.delete(response))
      return
    }
    if (url.pathname === '/__warraq/client.js') {
      response.writeHead(200, {'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store'})
      response.end(clientScript)
      return
    }
    const relative = decoded(url.pathname)?.replace(/\/$/, '/index.html').slice(1)
    if (relative === undefined) {
      response.writeHead(400).end()
      return
    }
    const file = path.resolve(out, relative)
    if (relative.endsWith('.html') && file.startsWith(path.resolve(out) + path.sep)) {
      const html = await readFile(file, 'utf8').catch(() => undefined)
      if (html !== undefined) return page(response, 200, html)
    }
    files(request, response, async () =>
      page(response, 404, await readFile(path.join(out, '404.html'), 'utf8').catch(() => NO_PAGE))
    )
  }
}
