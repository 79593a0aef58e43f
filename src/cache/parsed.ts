import type {VFile} from 'vfile'
import {fingerprint, recordFingerprint} from '../render/fingerprint.ts'
import type {Article, SiteConfig} from '../types.ts'
import {lazyArticle, type ArticleHead, type BodyEntry, type Reparse} from './bodies.ts'
import {restoreMessages, storeMessages, type StoredMessage} from './messages.ts'
import {keepParseEntry, readParseEntry} from './pack.ts'
import type {Cache} from './store.ts'

/** What parsing one file gave: its record (or none) without the body, which is stored apart, the record's fingerprint, and the messages parsing added. */
export interface ParseEntry {
  record: ArticleHead | null
  fingerprint: string | null
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
export async function cachedParse(
  cache: Cache,
  key: string,
  file: VFile,
  reparse: Reparse,
  restore = true
): Promise<{record: Article | undefined} | undefined> {
  const entry = await readParseEntry(cache, key)
  if (!entry) return undefined
  const source = entry.record?.dateSource
  const fellBack =
    source === 'git' ||
    source === 'modified' ||
    (entry.record === null && entry.messages.some((message) => message.ruleId === 'missing-date'))
  if (
    fellBack &&
    (entry.gitDay !== (file.data.gitDay ?? null) || entry.modifiedDay !== (file.data.modifiedDay ?? null))
  )
    return undefined
  if (restore) restoreMessages(file, entry.messages)
  return {record: entry.record ? lazyArticle(entry.record, entry.fingerprint!, cache, key, reparse) : undefined}
}

/**
 * Stores what parsing `file` gave: the record without its body, the body
 * apart, and the messages from index `from` on. Returns the record with its
 * body left in the cache, or as it was when the cache cannot be written.
 */
export async function storeParse(
  cache: Cache,
  key: string,
  file: VFile,
  record: Article | undefined,
  from: number,
  reparse: Reparse
): Promise<Article | undefined> {
  const messages = storeMessages(file, from)
  const days = {gitDay: file.data.gitDay ?? null, modifiedDay: file.data.modifiedDay ?? null}
  if (!record) {
    const entry: ParseEntry = {record: null, fingerprint: null, messages, ...days}
    await cache.write('articles', key, entry)
    keepParseEntry(cache, key, entry)
    return undefined
  }
  const {html, paragraphs, ...head} = record
  const value = recordFingerprint(record)
  await cache.write('bodies', key, {html, paragraphs} satisfies BodyEntry)
  const entry: ParseEntry = {record: head, fingerprint: value, messages, ...days}
  await cache.write('articles', key, entry)
  if (cache.writable) keepParseEntry(cache, key, entry)
  return cache.writable ? lazyArticle(head, value, cache, key, reparse) : record
}
