import type {Article} from '../types.ts'
import {setRecordFingerprint} from '../render/fingerprint.ts'
import {forgetPack} from './pack.ts'
import type {Cache} from './store.ts'

/** An article record without its body, as the cache keeps it. */
export type ArticleHead = Omit<Article, 'html' | 'paragraphs'>

/** An article's body as the cache keeps it, apart from its record. */
export interface BodyEntry {
  html: string
  paragraphs: string[]
}

/**
 * Bodies each cache (each build) read lately. A page, its JSON record and
 * its feeds ask for the same body in turn, and the search shards read the
 * newest articles first, as pages are written: 1,024 bodies (about 25 MB)
 * serve both, and took a cold build of 10,000 articles from 33.7 s to 31.7 s.
 */
const recentBodies = new WeakMap<Cache, Map<string, BodyEntry>>()
const RECENT_BODIES = 1024

/** Gets a body again from its source when the cache cannot give it back. */
export type Reparse = () => BodyEntry

function readBody(cache: Cache, key: string, reparse: Reparse): BodyEntry {
  let recent = recentBodies.get(cache)
  if (recent === undefined) {
    recent = new Map()
    recentBodies.set(cache, recent)
  }
  let body = recent.get(key)
  if (body === undefined) {
    body = cache.readSync<BodyEntry>('bodies', key)
    if (body === undefined) {
      // Damaged or gone since the build began: parse the file again, and drop its record so the next build stores both anew.
      body = reparse()
      cache.forget('articles', key)
      forgetPack(cache)
    }
    if (recent.size >= RECENT_BODIES) recent.delete(recent.keys().next().value!)
  } else {
    recent.delete(key)
  }
  recent.set(key, body)
  return body
}

/**
 * The article of `head` whose `html` and `paragraphs` are read from the
 * cache entry `key` each time they are asked for, and not kept: a large
 * archive's bodies stay on disk except while a page that shows one is
 * rendered. `fingerprint` is that of the whole record, body included;
 * `reparse` gives the body when the cache cannot.
 */
export function lazyArticle(
  head: ArticleHead,
  fingerprint: string,
  cache: Cache,
  key: string,
  reparse: Reparse
): Article {
  const article = {...head} as Article
  // Defined after the other keys, where a parsed record has them, so the key order is the same.
  Object.defineProperties(article, {
    html: {enumerable: true, get: () => readBody(cache, key, reparse).html},
    paragraphs: {enumerable: true, get: () => readBody(cache, key, reparse).paragraphs}
  })
  setRecordFingerprint(article, fingerprint)
  return article
}
