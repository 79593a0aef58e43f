import {execFile} from 'node:child_process'
import {promisify} from 'node:util'

const run = promisify(execFile)

/**
 * The day each file under `root` was last committed, from one `git log` over
 * the whole folder: paths relative to `root`. Empty when `root` is not in a
 * git work tree or git is missing, which is not a problem worth reporting.
 */
export async function gitDays(root: string): Promise<Map<string, string>> {
  const days = new Map<string, string>()
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
