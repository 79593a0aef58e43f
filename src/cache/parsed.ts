import type {VFile} from 'vfile'
import {fingerprint} from '../render/fingerprint.ts'
import type {Article, SiteConfig} from '../types.ts'
import {restoreMessages, storeMessages, type StoredMessage} from './messages.ts'
import type {Cache} from './store.ts'

/** What parsing one file gave: its record (or none) and the messages parsing added. */
interface ParseEntry {
  record: Article | null
  messages: StoredMessage[]
  gitDay: string | null
  modifiedDay: string | null
}

/** The cache key of parsing `file`: its path, bytes, the settings parsing reads (the furniture lines) and the parsing code. */
export function parseKey(file: VFile, config: SiteConfig, generator: string): string {
  return fingerprint('parse', generator, config.furniture, file.path, file.data.contentHash ?? null)
}

/**
 * The cached result of parsing `file`, with its messages restored on the
 * file, or `undefined` when there is none or it used a fallback date that no
 * longer holds (the file was committed or modified on another day since).
 * `restore: false` leaves the messages to the caller.
 */
export async function cachedParse(cache: Cache, key: string, file: VFile, restore = true): Promise<{record: Article | undefined} | undefined> {
  const entry = await cache.read<ParseEntry>('articles', key)
  if (!entry) return undefined
  const source = entry.record?.dateSource
  const fellBack = source === 'git' || source === 'modified' || (entry.record === null && entry.messages.some((message) => message.ruleId === 'missing-date'))
  if (fellBack && (entry.gitDay !== (file.data.gitDay ?? null) || entry.modifiedDay !== (file.data.modifiedDay ?? null))) return undefined
  if (restore) restoreMessages(file, entry.messages)
  return {record: entry.record ?? undefined}
}

/** Stores what parsing `file` gave: the record and the messages from index `from` on. */
export async function storeParse(cache: Cache, key: string, file: VFile, record: Article | undefined, from: number): Promise<void> {
  const messages = storeMessages(file, from)
  await cache.write('articles', key, {record: record ?? null, messages, gitDay: file.data.gitDay ?? null, modifiedDay: file.data.modifiedDay ?? null} satisfies ParseEntry)
}
