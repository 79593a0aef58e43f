import type {VFile} from 'vfile'

/** A message as stored in the cache. */
export interface StoredMessage {
  reason: string
  line: number | undefined
  column: number | undefined
  ruleId: string | undefined
  fatal: boolean | null | undefined
}

/** The messages of `file` from index `from` on, for the cache. */
export function storeMessages(file: VFile, from = 0): StoredMessage[] {
  return file.messages.slice(from).map((message) => ({
    reason: message.reason,
    line: message.line,
    column: message.column,
    ruleId: message.ruleId,
    fatal: message.fatal
  }))
}

/** Puts stored messages back on `file`, as a fresh run would have reported them. */
export function restoreMessages(file: VFile, stored: readonly StoredMessage[]): void {
  for (const item of stored) {
    const place = item.line === undefined ? undefined : {line: item.line, column: item.column ?? 1}
    const message = file.message(item.reason, {ruleId: item.ruleId, source: 'warraq', place})
    message.fatal = item.fatal ?? undefined
  }
}
