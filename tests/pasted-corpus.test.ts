import {describe, expect, it} from 'vitest'
import {pasteCases, scoreChrome} from './helpers/paste-corpus.ts'
import {parseText} from './helpers/parse.ts'

const cases = pasteCases()

describe('the labelled corpus of pasted articles', () => {
  it('holds at least 40 pastes', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
  })

  it.each(cases.map((item) => [item.name, item] as const))(
    '%s gives its headline, date, author and paragraphs',
    (_, item) => {
      const {article} = parseText(`${item.name}.txt`, item.input)
      expect(article).toBeDefined()
      expect(article!.title).toBe(item.expected.title)
      if (item.expected.date === null) expect(article!.dateSource).not.toBe('text')
      else
        expect({date: article!.date, source: article!.dateSource}).toEqual({date: item.expected.date, source: 'text'})
      expect(article!.updated ?? null).toBe(item.expected.updated)
      expect(article!.author ?? null).toBe(item.expected.author)
      expect(article!.paragraphs).toEqual(item.expected.paragraphs)
    }
  )

  it('removes chrome with precision and recall 1.0', () => {
    const score = scoreChrome(cases)
    expect({wrongRemovals: score.wrongRemovals, missed: score.missed}).toEqual({wrongRemovals: [], missed: []})
    expect(score.removedChrome / score.removed).toBe(1)
    expect(score.removedChrome / score.chrome).toBe(1)
  })
})
