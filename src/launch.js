// How the command line loads Warraq, in plain JavaScript because it runs
// before any TypeScript can. Loading the sources through tsx's module hooks
// costs about 0.1 s a run, as much as a whole build with nothing to do. So the
// sources and templates are bundled by esbuild, once per version of them, into
// node_modules/.cache/warraq; a run whose sources match a bundle imports it
// directly. An edit makes a new bundle on the next run (about
// 60 ms), and a cache folder that cannot be written falls back to tsx.
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = fileURLToPath(new URL('../', import.meta.url))
/** The folders bundled: every module the command line can load lives there. */
const SOURCES = ['src', 'templates']
/** Entry points beside the command line: the modules worker threads load (see workers/pool.ts). */
const ENTRIES = ['src/cli.ts', 'src/parse/worker.ts', 'src/search/shard.ts']
/** Bundles of other versions are removed once unchanged for this long: a running build may still be loading one. */
const STALE_MS = 24 * 60 * 60 * 1000
/** Where a bundled run tells workers/pool.ts to start its workers from the bundle too. */
const BUNDLE_KEY = Symbol.for('warraq.bundle')

/** Imports the command line's module, `src/cli.ts`, from a bundle when it can, else through tsx. */
export async function loadCli() {
  const bundle = await bundleFolder()
  if (bundle) {
    globalThis[BUNDLE_KEY] = {
      root: pathToFileURL(path.join(root, 'src/')).href,
      bundle: pathToFileURL(bundle + path.sep).href
    }
    return import(pathToFileURL(path.join(bundle, 'cli.js')).href)
  }
  const {register} = await import('tsx/esm/api')
  register()
  return import('./cli.ts')
}

/** The folder of the bundle of the current sources, made now if missing; undefined when it cannot be made. */
async function bundleFolder() {
  try {
    const cache = cacheFolder()
    if (cache === undefined) return undefined
    const folder = path.join(cache, sourceHash())
    if (existsSync(path.join(folder, 'cli.js'))) return folder
    return await compile(cache, folder)
  } catch {
    return undefined
  }
}

/** `node_modules/.cache/warraq` in Warraq's own node_modules, or in the one it is installed in. */
function cacheFolder() {
  const own = path.join(root, 'node_modules')
  if (existsSync(own)) return path.join(own, '.cache', 'warraq')
  const parts = root.split(path.sep)
  const at = parts.lastIndexOf('node_modules')
  return at === -1 ? undefined : path.join(parts.slice(0, at + 1).join(path.sep), '.cache', 'warraq')
}

/**
 * A hash of where Warraq is, every file the bundle is made of, and the
 * dependency lock. The bundle holds its sources' absolute paths (see
 * `compileInto`), and the folders a build must never write into are among
 * them: a copy of Warraq elsewhere, sharing node_modules, gets a bundle of its own.
 */
function sourceHash() {
  const hash = createHash('sha256')
  hash.update(`${root}\0`)
  const files = SOURCES.flatMap((folder) =>
    readdirSync(path.join(root, folder), {recursive: true, withFileTypes: true})
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
  )
  for (const file of [...files.sort(), 'package-lock.json']) {
    hash.update(`${file}\0`)
    if (existsSync(path.join(root, file))) hash.update(readFileSync(path.join(root, file)))
  }
  return hash.digest('base64url').slice(0, 22)
}

/**
 * Bundles the sources into `folder`, by way of a folder of this process's own
 * so that builds running side by side never see half a bundle. Each module's
 * `import.meta.url` is replaced by its source file's URL: paths made from it
 * (public/, templates/, the worker modules) stay those of the sources.
 */
async function compileInto(temporary) {
  const {build} = await import('esbuild')
  await build({
    absWorkingDir: root,
    entryPoints: ENTRIES,
    outbase: 'src',
    outdir: temporary,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // Maps only, without the sources: read after a crash to point at source lines (see cli/internal-error.ts).
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'silent',
    plugins: [
      {
        name: 'source-urls',
        setup(build) {
          build.onLoad({filter: /\.ts$/}, (args) => ({
            contents: readFileSync(args.path, 'utf8').replaceAll(
              'import.meta.url',
              JSON.stringify(pathToFileURL(args.path).href)
            ),
            loader: 'ts'
          }))
        }
      }
    ]
  })
}

async function compile(cache, folder) {
  mkdirSync(cache, {recursive: true})
  const temporary = `${folder}.${process.pid}`
  try {
    await compileInto(temporary)
    renameSync(temporary, folder)
  } catch (error) {
    rmSync(temporary, {recursive: true, force: true})
    // Another build made the same bundle first: use it.
    if (!existsSync(path.join(folder, 'cli.js'))) throw error
  }
  for (const name of readdirSync(cache)) {
    const other = path.join(cache, name)
    if (other !== folder && Date.now() - statSync(other).mtimeMs > STALE_MS)
      rmSync(other, {recursive: true, force: true})
  }
  return folder
}
