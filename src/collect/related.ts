import type {Article} from '../types.ts'
import {compareStrings} from './sort.ts'
import {termKey} from './terms.ts'

/** Related articles shown under an article. */
export const RELATED_COUNT = 5

/**
 * For each article (all newest first), up to five others sharing the most
 * tags; ties go to the newer, then to the smaller slug. Articles sharing no
 * tag are never related. Looks only at articles that share a tag, through
 * an index from tag to articles.
 */
export function collectRelated(articles: readonly Article[]): Map<Article, Article[]> {
  const position = new Map(articles.map((article, index) => [article, index]))
  const byTag = new Map<string, Article[]>()
  const keysOf = new Map(articles.map((article) => [article, [...new Set(article.tags.map(termKey))]]))
  for (const article of articles) {
    for (const key of keysOf.get(article)!) {
      const list = byTag.get(key)
      if (list) list.push(article)
      else byTag.set(key, [article])
    }
  }
  const related = new Map<Article, Article[]>()
  for (const article of articles) {
    const shared = new Map<Article, number>()
    for (const key of keysOf.get(article)!) {
      for (const other of byTag.get(key)!) if (other !== article) shared.set(other, (shared.get(other) ?? 0) + 1)
    }
    const ranked = [...shared].sort(([a, countA], [b, countB]) => countB - countA || position.get(a)! - position.get(b)! || compareStrings(a.slug, b.slug))
    related.set(article, ranked.slice(0, RELATED_COUNT).map(([other]) => other))
  }
  return related
}
