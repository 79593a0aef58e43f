import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {collectRelated} from '../src/collect/related.ts'
import {makeArticle} from './helpers/articles.ts'

describe('related articles', () => {
  it('picks the five sharing most tags, then the newest, as a plain sort over all others would', () => {
    // Some tags on most articles, as in a newsroom, some rare: the lists of the common ones are where reading stops early.
    const tag = fc.oneof(
      {arbitrary: fc.constant('ليبيا'), weight: 6},
      {arbitrary: fc.constantFrom('أ', 'ب'), weight: 3},
      {arbitrary: fc.constantFrom('ت', 'ث', 'ج', 'ح', 'خ'), weight: 1}
    )
    const tagLists = fc.array(fc.uniqueArray(tag, {maxLength: 4}), {maxLength: 80})
    fc.assert(
      fc.property(tagLists, (lists) => {
        // Already newest first: position is the order of the site.
        const articles = lists.map((tags, index) => makeArticle({slug: `a${String(index).padStart(3, '0')}`, tags}))
        const related = collectRelated(articles)
        for (const [position, article] of articles.entries()) {
          const shared = (other: (typeof articles)[number]) =>
            other.tags.filter((tag) => article.tags.includes(tag)).length
          const expected = articles
            .map((other, index) => ({other, index, count: shared(other)}))
            .filter(({index, count}) => index !== position && count > 0)
            .sort((a, b) => b.count - a.count || a.index - b.index)
            .slice(0, 5)
            .map(({other}) => other.slug)
          expect(related.get(article)!.map((other) => other.slug)).toEqual(expected)
        }
      }),
      {numRuns: 1000}
    )
  })

  it('counts a tag written with tatweel or diacritics as the same tag', () => {
    const articles = [
      makeArticle({slug: 'a', tags: ['سياسة']}),
      makeArticle({slug: 'b', tags: ['سيـاسة']}),
      makeArticle({slug: 'c', tags: ['سِياسة']})
    ]
    expect(
      collectRelated(articles)
        .get(articles[0]!)!
        .map((article) => article.slug)
    ).toEqual(['b', 'c'])
  })
})
