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
      const stats = await handle.stat({bigint: true})
      file.data.modifiedDay = dayOf(stats.mtime)
      file.data.stamp = stampOf(stats)
      bytes = await handle.readFile()
      file.data.contentHash = hashBytes(bytes)
    } finally {
      await handle.close()
    }
  } catch (error) {
    fail(file, `Cannot read file: ${readProblem((error as NodeJS.ErrnoException).code)}`, 'unreadable-file')
    return file
  }
  const decoded = decode(bytes)
  if (decoded.kind === 'binary') {
    warn(file, 'Unexpected binary content (NUL or control bytes), expected text; skipped it: move it out of the articles folder', 'binary-file')
    file.data.skipped = true
  } else if (decoded.kind === 'unknown') {
    const guess = decoded.guess ? ` (it looks most like ${decoded.guess})` : ''
    fail(file, `Unexpected encoding${guess}, expected UTF-8 or a recognizable Arabic encoding; convert it to UTF-8, for example \`iconv -f WINDOWS-1256 -t UTF-8 "${relative}" > converted.txt\` if it came from an old Windows system`, 'encoding')
  } else {
    if (decoded.legacy) {
      warn(file, `Decoded from ${decoded.encoding}, a legacy Arabic encoding; save the file as UTF-8 so every tool reads it the same way`, 'legacy-encoding')
    }
    file.value = decoded.text
  }
  return file
}

function readProblem(code: string | undefined): string {
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code}); let your user read it, for example with \`chmod a+r\``
  if (code === 'ENOENT') return 'it disappeared while the build ran (ENOENT); build again'
  return `${code ?? 'unknown error'}; check that it is a readable file`
}
