import {execFile} from 'node:child_process'
import {stat} from 'node:fs/promises'
import path from 'node:path'
import {promisify} from 'node:util'
import {dayOf} from '../parse/date.ts'

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

/** The UTC day `file` was last modified, or `undefined` when it cannot be read. */
export async function modifiedDay(file: string): Promise<string | undefined> {
  const stats = await stat(path.resolve(file)).catch(() => undefined)
  return stats ? dayOf(stats.mtime) : undefined
}
