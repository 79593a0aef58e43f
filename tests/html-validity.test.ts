import {execFile} from 'node:child_process'
import {mkdtemp, rm} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build} from '../src/build.ts'
import {resolveConfig} from '../src/config.ts'
import {sample} from './helpers/sample.ts'

/** The Nu Html Checker shipped by the pinned `vnu-jar` package; it runs on Debian's Java 17. */
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar')

/** The sites checked, each built into its own folder. */
const sites = {
  'archive fixture (5 to a page)': {articles: 'tests/fixtures/archive/articles', config: {pageSize: 5}},
  'archive fixture with Hijri dates': {articles: 'tests/fixtures/archive/articles', config: {pageSize: 5, hijri: true}},
  'small fixture': {articles: 'tests/fixtures/site/articles', config: {}},
  'pages fixture': {articles: 'tests/fixtures/pages-site/articles', config: {}},
  'sample site (pictures, sections, pages, front page)': {articles: sample.articles, config: sample.config}
}
type SiteName = keyof typeof sites

/** One entry of vnu's `--format json` output. */
interface VnuMessage {
  type: string
  url?: string
  lastLine?: number
  firstColumn?: number
  message: string
  extract?: string
}

let temporary: string
/** Per site: the HTML and CSS files the build wrote, and those vnu says it checked (absolute paths). */
const written = new Map<SiteName, string[]>()
const checked = new Map<SiteName, string[]>()
/** Per site: every error, as `file:line:column: message «extract»`. */
const errors = new Map<SiteName, string[]>()

beforeAll(async () => {
  temporary = await mkdtemp(path.join(tmpdir(), 'warraq-vnu-'))
  const folders = new Map<SiteName, string>()
  for (const [index, [name, site]] of Object.entries(sites).entries()) {
    const out = path.join(temporary, String(index))
    const result = await build({articles: site.articles, out, config: resolveConfig(site.config), cache: sample.cache})
    expect(result.ok, `the ${name} should build without errors`).toBe(true)
    folders.set(name as SiteName, out)
    written.set(
      name as SiteName,
      result.written
        .filter((file) => /\.(html|css)$/.test(file))
        .map((file) => path.join(out, file))
        .sort()
    )
  }
  // One JVM for every page of every site: starting Java is most of the cost.
  const {messages, files} = await checkWithVnu([...folders.values()])
  const siteOf = (file: string) => [...folders].find(([, folder]) => file.startsWith(folder + path.sep))?.[0]
  for (const name of folders.keys()) {
    checked.set(name, files.filter((file) => siteOf(file) === name).sort())
    errors.set(name, [])
  }
  for (const message of messages) {
    const file = message.url?.startsWith('file:') ? fileURLToPath(message.url) : undefined
    const name = file && siteOf(file)
    // A message about no file of ours (vnu failing on its own) fails every site.
    if (!name)
      for (const list of errors.values())
        list.push(`${message.url ?? '(no file)'}: ${message.type}: ${message.message}`)
    else
      errors
        .get(name)!
        .push(
          `${path.relative(folders.get(name)!, file)}:${message.lastLine}:${message.firstColumn ?? ''}: ${message.message} «${message.extract ?? ''}»`
        )
  }
})

afterAll(async () => {
  if (temporary) await rm(temporary, {recursive: true, force: true})
})

/**
 * Runs vnu once over `folders`, HTML and CSS files only, errors only.
 * Resolves with its messages (stdout) and, from `--verbose`, every file it
 * checked (stderr); throws when Java or vnu did not run at all.
 */
function checkWithVnu(folders: string[]): Promise<{messages: VnuMessage[]; files: string[]}> {
  const args = [
    '-jar',
    vnuJar,
    '--errors-only',
    '--format',
    'json',
    '--stdout',
    '--verbose',
    '--skip-non-html',
    '--also-check-css',
    ...folders
  ]
  return new Promise((resolve, reject) => {
    // vnu exits 1 when it finds errors: that is a result, not a failure to run.
    execFile('java', args, {maxBuffer: 64 * 1024 * 1024}, (error, stdout, stderr) => {
      try {
        const {messages} = JSON.parse(stdout) as {messages: VnuMessage[]}
        resolve({messages, files: stderr.split('\n').filter((line) => line.startsWith('/'))})
      } catch {
        reject(
          new Error(
            `Cannot run the Nu Html Checker (\`java -jar ${vnuJar}\`): ${error?.message ?? 'no JSON on stdout'}\n${stderr}\nInstall Java 17 or later (\`apt-get install openjdk-17-jre-headless\`).`
          )
        )
      }
    })
  })
}

describe('HTML validity (the Nu Html Checker, vnu)', () => {
  it.each(Object.keys(sites) as SiteName[])('finds no error on any page or in the stylesheet of the %s', (name) => {
    // Zero errors means something only if every page was actually checked.
    expect(written.get(name)!.length).toBeGreaterThan(1)
    expect(checked.get(name)).toEqual(written.get(name))
    expect(errors.get(name)).toEqual([])
  })
})
