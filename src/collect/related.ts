import type {Article} from '../types.ts'
import {termKey} from './terms.ts'

/** Related articles shown under an article. */
export const RELATED_COUNT = 5

/**
 * For each article (all newest first), up to five others sharing the most
 * tags; ties go to the newer, then to the smaller slug, which is the order
 * of `articles`. Articles sharing no tag are never related. Counts go in a
 * typed array indexed by position, reached through an index from tag to
 * articles, so only articles that share a tag are ever looked at.
 */
export function collectRelated(articles: readonly Article[]): Map<Article, Article[]> {
  const tagIds = new Map<string, number>()
  const byTag: number[][] = []
  const tagsOf = articles.map((article, position) => {
    const ids = [...new Set(article.tags.map(termKey))].map((key) => {
      let id = tagIds.get(key)
      if (id === undefined) {
        id = byTag.push([]) - 1
        tagIds.set(key, id)
      }
      byTag[id]!.push(position)
      return id
    })
    return ids
  })
  const counts = new Int32Array(articles.length)
  const related = new Map<Article, Article[]>()
  for (const [position, article] of articles.entries()) {
    const touched: number[] = []
    for (const id of tagsOf[position]!) {
      for (const other of byTag[id]!) {
        if (other === position) continue
        if (counts[other] === 0) touched.push(other)
        counts[other]!++
      }
    }
    related.set(
      article,
      best(touched, counts).map((other) => articles[other]!)
    )
    for (const other of touched) counts[other] = 0
  }
  return related
}

/** The `RELATED_COUNT` positions with the highest count, the lower (newer) position first among equals. */
function best(positions: readonly number[], counts: Int32Array): number[] {
  const chosen: number[] = []
  const better = (a: number, b: number) => counts[a]! > counts[b]! || (counts[a] === counts[b] && a < b)
  for (const position of positions) {
    if (chosen.length === RELATED_COUNT && !better(position, chosen[RELATED_COUNT - 1]!)) continue
    let index = Math.min(chosen.length, RELATED_COUNT - 1)
    if (chosen.length < RELATED_COUNT) chosen.push(position)
    while (index > 0 && better(position, chosen[index - 1]!)) {
      chosen[index] = chosen[index - 1]!
      index--
    }
    chosen[index] = position
  }
  return chosen
}
