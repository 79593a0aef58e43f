import {spawn, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {createServer} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'

/** Where Debian's `nginx-light` package puts the server. */
const nginx = '/usr/sbin/nginx'

let origin: string
let stop: () => void

/** A free port on the loopback interface. */
function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address() as {port: number}
      server.close(() => resolve(port))
    })
  })
}

/** The README's nginx server block, listening on `port` over plain HTTP and serving `root`. */
async function readmeServer(port: number, root: string): Promise<string> {
  const readme = await readFile('README.md', 'utf8')
  const block = /### nginx\n\n```nginx\n([\s\S]*?)```/.exec(readme)?.[1]
  if (!block) throw new Error('README.md has no nginx block under ### nginx')
  return block
    .replace('listen 443 ssl;', `listen 127.0.0.1:${port};`)
    .replace(/\s*http2 on;/, '')
    .replace(/root [^;]+;/, `root ${root};`)
}

beforeAll(async () => {
  if (!existsSync(nginx)) throw new Error(`Cannot test the nginx recipe without ${nginx}: apt-get install nginx-light`)
  const folder = await mkdtemp(path.join(tmpdir(), 'warraq-nginx-'))
  const out = path.join(folder, 'dist')
  const result = await build({articles: 'tests/fixtures/pages-site/articles', out, config: resolveConfig()})
  expect(result.ok).toBe(true)
  // A picture file as the build names them, so that media/ exists as in a site with pictures.
  await mkdir(path.join(out, 'media'), {recursive: true})
  await writeFile(path.join(out, 'media', 'x-0123456789-400.webp'), 'x')
  const port = await freePort()
  const config = path.join(folder, 'nginx.conf')
  await writeFile(
    config,
    `daemon off;\npid ${folder}/nginx.pid;\nerror_log ${folder}/error.log;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  access_log off;\n  client_body_temp_path ${folder};\n  proxy_temp_path ${folder};\n  fastcgi_temp_path ${folder};\n  uwsgi_temp_path ${folder};\n  scgi_temp_path ${folder};\n${await readmeServer(port, out)}\n}\n`
  )
  const checked = spawnSync(nginx, ['-t', '-c', config, '-e', `${folder}/error.log`], {encoding: 'utf8'})
  expect(checked.status, checked.stderr).toBe(0)
  const server = spawn(nginx, ['-c', config, '-e', `${folder}/error.log`], {stdio: 'ignore'})
  stop = () => server.kill()
  origin = `http://127.0.0.1:${port}`
  for (let tries = 0; tries < 50; tries++) {
    if (
      await fetch(origin).then(
        () => true,
        () => false
      )
    )
      break
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
})

afterAll(() => stop?.())

describe("the README's nginx server block", () => {
  it('serves pages at their folder addresses, with no caching header on HTML', async () => {
    for (const page of ['/', '/articles/port/', '/about/', '/latest/']) {
      const response = await fetch(origin + page)
      expect(response.status, page).toBe(200)
      expect(response.headers.get('content-type')).toMatch(/^text\/html/)
      expect(response.headers.get('cache-control')).toBeNull()
    }
  })

  it("answers a missing page with 404 and Warraq's Arabic 404 page", async () => {
    const response = await fetch(`${origin}/no/such/page/`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('lang="ar"')
  })

  it('caches fonts for a month, the search index for an hour and pictures for ever', async () => {
    const font = await fetch(`${origin}/fonts/noto-naskh-arabic-arabic-400-normal.woff2`)
    expect(font.headers.get('cache-control')).toBe('public, max-age=2592000')
    const index = await fetch(`${origin}/pagefind/shards.json`)
    expect(index.status).toBe(200)
    expect(index.headers.get('cache-control')).toBe('public, max-age=3600')
    const picture = await fetch(`${origin}/media/x-0123456789-400.webp`)
    expect(picture.status).toBe(200)
    expect(picture.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })
})
