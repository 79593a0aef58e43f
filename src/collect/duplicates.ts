import type {VFile} from 'vfile'
import {fail} from '../messages.ts'
import type {Article} from '../types.ts'
import {compareStrings} from './sort.ts'

/**
 * Reports every article whose slug another article already has, naming both
 * files on each, and returns only the articles with a slug of their own.
 */
export function checkDuplicateSlugs(articles: readonly Article[], files: ReadonlyMap<string, VFile>): Article[] {
  const bySlug = new Map<string, Article[]>()
  for (const article of articles) {
    const group = bySlug.get(article.slug) ?? []
    group.push(article)
    bySlug.set(article.slug, group)
  }
  const unique: Article[] = []
  for (const [slug, group] of bySlug) {
    if (group.length === 1) {
      unique.push(group[0]!)
      continue
    }
    const sources = group.map((article) => article.source).sort(compareStrings)
    for (const article of group) {
      const others = sources.filter((source) => source !== article.source).map((source) => `\`${source}\``)
      const named = others.length === 1 ? others[0] : `${others.slice(0, -1).join(', ')} and ${others.at(-1)}`
      fail(
        files.get(article.source)!,
        `Unexpected slug \`${slug}\`, already used by ${named}: their pages would overwrite each other at \`articles/${slug}/\`; give each article its own \`slug\``,
        'duplicate-slug',
        article.places?.slug
      )
    }
  }
  return unique
}
