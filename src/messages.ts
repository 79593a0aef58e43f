import type {VFile} from 'vfile'

/** A place in a file, 1-based. */
export interface Place {
  line: number
  column: number
}

/** Records a content error on `file`: fatal, so the build will not write. */
export function fail(file: VFile, reason: string, ruleId: string, place?: Place): void {
  const message = file.message(reason, {ruleId, source: 'warraq', place})
  message.fatal = true
}

/** Records a warning on `file`: reported, but the build goes on. */
export function warn(file: VFile, reason: string, ruleId: string, place?: Place): void {
  file.message(reason, {ruleId, source: 'warraq', place})
}

/** Records a note on `file`: something Warraq did that the editor may want to know. */
export function inform(file: VFile, reason: string, ruleId: string, place?: Place): void {
  file.info(reason, {ruleId, source: 'warraq', place})
}

/** Whether any message on any of `files` is an error. */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true))
}

/** `text` with control characters (NUL, bidi overrides aside) written as `\u{…}`, so a message shows what the file holds. */
export function visible(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (character) => `\\u{${character.charCodeAt(0).toString(16)}}`)
}
