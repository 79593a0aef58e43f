import {readFileSync, statSync, type BigIntStats} from 'node:fs'
import {open} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {fail, warn} from '../messages.ts'
import {dayOf} from '../parse/date.ts'
import {hashBytes} from '../render/fingerprint.ts'
import {decode} from './decode.ts'
import {stampOf} from './stamp.ts'

/**
 * Reads one article into a VFile whose `path` is relative to `root`, so
 * messages name the file as the editor sees it. A file that cannot be read
 * or decoded comes back with an error message and empty text; a binary file
 * with a warning and empty text, so it makes no page.
 */
export async function readArticleFile(root: string, relative: string): Promise<VFile> {
  const file = new VFile({path: relative, cwd: root, value: ''})
  let bytes: Uint8Array
  try {
    const handle = await open(path.join(root, relative))
    try {
      noteStats(file, await handle.stat({bigint: true}))
      bytes = await handle.readFile()
    } finally {
      await handle.close()
    }
  } catch (error) {
    return unreadable(file, error)
  }
  return decodeInto(file, bytes)
}

/** `readArticleFile` for a caller that cannot wait: an article whose cached body turned out damaged mid-build. */
export function readArticleFileSync(root: string, relative: string): VFile {
  const file = new VFile({path: relative, cwd: root, value: ''})
  let bytes: Uint8Array
  try {
    noteStats(file, statSync(path.join(root, relative), {bigint: true}))
    bytes = readFileSync(path.join(root, relative))
  } catch (error) {
    return unreadable(file, error)
  }
  return decodeInto(file, bytes)
}

function noteStats(file: VFile, stats: BigIntStats): void {
  file.data.modifiedDay = dayOf(stats.mtime)
  file.data.stamp = stampOf(stats)
}

function unreadable(file: VFile, error: unknown): VFile {
  fail(file, `Cannot read file: ${readProblem((error as NodeJS.ErrnoException).code)}`, 'unreadable-file')
  return file
}

/** Hashes and decodes `bytes` into `file`, with a message when they are binary, in a legacy encoding, or in none Warraq recognizes. */
function decodeInto(file: VFile, bytes: Uint8Array): VFile {
  file.data.contentHash = hashBytes(bytes)
  const decoded = decode(bytes)
  if (decoded.kind === 'binary') {
    warn(
      file,
      'Unexpected binary content (NUL or control bytes), expected text; skipped it: move it out of the articles folder',
      'binary-file'
    )
    file.data.skipped = true
  } else if (decoded.kind === 'unknown') {
    const guess = decoded.guess ? ` (it looks most like ${decoded.guess})` : ''
    fail(
      file,
      `Unexpected encoding${guess}, expected UTF-8 or a recognizable Arabic encoding; convert it to UTF-8, for example \`iconv -f WINDOWS-1256 -t UTF-8 "${file.path}" > converted.txt\` if it came from an old Windows system`,
      'encoding'
    )
  } else {
    if (decoded.legacy) {
      warn(
        file,
        `Decoded from ${decoded.encoding}, a legacy Arabic encoding; save the file as UTF-8 so every tool reads it the same way`,
        'legacy-encoding'
      )
    }
    file.value = decoded.text
  }
  return file
}

function readProblem(code: string | undefined): string {
  if (code === 'EACCES' || code === 'EPERM')
    return `permission denied (${code}); let your user read it, for example with \`chmod a+r\``
  if (code === 'ENOENT') return 'it disappeared while the build ran (ENOENT); build again'
  return `${code ?? 'unknown error'}; check that it is a readable file`
}
