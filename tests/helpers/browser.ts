import {existsSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {chromium, type Browser} from 'playwright-core'
import sirv from 'sirv'
import {build} from '../../src/build.ts'
import {resolveConfig} from '../../src/config.ts'

/** Where Debian's `chromium` package puts the browser. */
export const chromiumPath = '/usr/bin/chromium'

/** A folder served over HTTP on the loopback interface. */
export interface Served {
  /** Origin with a trailing slash, such as `http://127.0.0.1:40123/`. */
  url: string
  /** Stops the server, dropping the browser's kept-alive connections. */
  close(): Promise<void>
}

/**
 * Launches the system Chromium headless. Throws, rather than skipping, when
 * it is missing: a browser test that quietly does not run checks nothing.
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Cannot run browser tests without Chromium at \`${chromiumPath}\`: install Debian's package (\`apt-get install chromium\`)`
    )
  }
  return chromium.launch({
    executablePath: chromiumPath,
    // No network beyond the page's own requests: no QUIC probes, updates or sync.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync'
    ]
  })
}

/** Serves `folder` with sirv on 127.0.0.1 at a free port. */
export async function serve(folder: string): Promise<Served> {
  const handler = sirv(folder, {dev: true})
  const server = createServer((request, response) =>
    handler(request, response, () => {
      response.statusCode = 404
      response.end('Not found')
    })
  )
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const {port} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close() {
      server.closeAllConnections()
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
    }
  }
}

/** A fixture site built into a temporary folder and served over HTTP. */
export interface ServedSite {
  served: Served
  /** The built site on disk, for opening it as `file://`. */
  folder: string
  /** Every HTML page, as the path a reader opens (`articles/x/`, `404.html`). */
  pages: string[]
  /** Stops the server and removes the built site. */
  close(): Promise<void>
}

/** Builds `articles` with `config` into a temporary folder, failing on any error, and serves it; `cache` keeps encoded pictures between test files. */
export async function buildAndServe(
  articles: string,
  config: Record<string, unknown> = {},
  cache?: string
): Promise<ServedSite> {
  const temporary = await mkdtemp(path.join(tmpdir(), 'warraq-served-'))
  const out = path.join(temporary, 'dist')
  const result = await build({articles, out, config: resolveConfig(config), ...(cache ? {cache} : {})})
  if (!result.ok) throw new Error(`${articles} should build without errors`)
  const served = await serve(out)
  return {
    served,
    folder: out,
    pages: result.written
      .filter((file) => file.endsWith('.html'))
      .map((file) => file.replace(/(^|\/)index\.html$/, '$1')),
    async close() {
      await served.close()
      await rm(temporary, {recursive: true, force: true})
    }
  }
}
