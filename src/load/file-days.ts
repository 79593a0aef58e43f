import {execFile} from 'node:child_process'
import {existsSync} from 'node:fs'
import path from 'node:path'
import {promisify} from 'node:util'

const run = promisify(execFile)

/**
 * The day each file under `root` was last committed, from one `git log` over
 * the whole folder: paths relative to `root`. Empty when `root` is not in a
 * git work tree or git is missing, which is not a problem worth reporting.
 */
export async function gitDays(root: string): Promise<Map<string, string>> {
  const days = new Map<string, string>()
  // Starting git only to hear it is not in a repository costs 10 to 20 ms, a tenth of a build with nothing to do.
  if (!insideRepository(root)) return days
  let stdout: string
  try {
    ;({stdout} = await run('git', ['-c', 'core.quotePath=false', 'log', '--format=%x00%cs', '--name-only', '--relative', '--no-renames', '--', '.'], {cwd: root, maxBuffer: 1 << 30}))
  } catch {
    return days
  }
  let day = ''
  for (const line of stdout.split('\n')) {
    if (line.startsWith('\0')) day = line.slice(1)
    else if (line !== '' && !days.has(line)) days.set(line, day)
  }
  return days
}

/** Whether `folder` or a folder above it holds `.git`, or git is pointed elsewhere by `GIT_DIR`. */
function insideRepository(folder: string): boolean {
  if (process.env.GIT_DIR) return true
  for (let current = path.resolve(folder); ; current = path.dirname(current)) {
    if (existsSync(path.join(current, '.git'))) return true
    if (path.dirname(current) === current) return false
  }
}
