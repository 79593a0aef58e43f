import type {Article} from '../types.ts'

/** Code-point comparison: the same order on every machine and locale. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** A copy of `articles`, newest first; articles of one day by slug, so the order never depends on input order. */
export function sortNewestFirst<T extends Pick<Article, 'date' | 'slug'>>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => compareStrings(b.date, a.date) || compareStrings(a.slug, b.slug))
}
