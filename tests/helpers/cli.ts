import {spawn} from 'node:child_process'
import {readdir, readFile} from 'node:fs/promises'
import path from 'node:path'

/** What a finished CLI run printed and returned. */
export interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs `bin/warraq.js` with `args` as a real child process, Node given `nodeFlags` first. */
export function runCli(args: string[], cwd = process.cwd(), nodeFlags: string[] = []): Promise<Run> {
  const bin = path.resolve('bin/warraq.js')
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...nodeFlags, bin, ...args], {cwd, stdio: ['ignore', 'pipe', 'pipe']})
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

/** Every file under `folder` with its bytes, keyed by relative path: for byte-for-byte comparisons. */
export async function snapshot(folder: string): Promise<Map<string, string>> {
  const files = (await readdir(folder, {recursive: true, withFileTypes: true})).filter((entry) => entry.isFile())
  const entries = await Promise.all(
    files.map(async (entry) => {
      const full = path.join(entry.parentPath, entry.name)
      return [path.relative(folder, full), (await readFile(full)).toString('base64')] as const
    })
  )
  return new Map(entries.sort(([a], [b]) => (a < b ? -1 : 1)))
}
