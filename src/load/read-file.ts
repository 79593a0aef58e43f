import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {fail} from '../messages.ts'

const utf8 = new TextDecoder('utf-8', {fatal: true})

/** Turns raw bytes into text with LF line ends and no byte-order mark, or `undefined` when they are not UTF-8. */
export function decodeText(bytes: Uint8Array): string | undefined {
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    return undefined
  }
  return text.replace(/\r\n?/g, '\n')
}

/**
 * Reads one article into a VFile whose `path` is relative to `root`, so
 * messages name the file as the editor sees it. A file that cannot be read
 * or decoded comes back with an error message and empty text.
 */
export async function readArticleFile(root: string, relative: string): Promise<VFile> {
  const file = new VFile({path: relative, cwd: root, value: ''})
  let bytes: Uint8Array
  try {
    bytes = await readFile(path.join(root, relative))
  } catch (error) {
    fail(file, `Cannot read file: ${(error as NodeJS.ErrnoException).code}; check that it exists and is readable`, 'unreadable-file')
    return file
  }
  const text = decodeText(bytes)
  if (text === undefined) {
    fail(file, 'Unexpected bytes that are not UTF-8, expected UTF-8 text; save the file as UTF-8', 'encoding')
    return file
  }
  file.value = text
  return file
}
