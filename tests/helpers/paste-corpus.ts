import {fixtureCases} from './fixture-cases.ts'
import {parseText} from './parse.ts'

/** A labelled paste of `tests/fixtures/pasted/`: what a reader should get, and which lines are chrome. */
export interface PasteCase {
  name: string
  input: string
  expected: {
    title: string
    titleLine: number | null
    date: string | null
    updated: string | null
    author: string | null
    paragraphs: string[]
    chrome: number[]
    shapes: string[]
  }
}

/** Every labelled paste, in folder order. */
export function pasteCases(): PasteCase[] {
  return fixtureCases<PasteCase['expected']>('pasted', 'input.txt')
}

/** Lines removed as chrome by the parser and lines labelled chrome, over the whole corpus. */
export interface ChromeScore {
  removed: number
  chrome: number
  removedChrome: number
  /** Lines removed that were not chrome, and chrome lines kept, as `case:line`. */
  wrongRemovals: string[]
  missed: string[]
}

/** Scores chrome removal: a line is removed when the parse reports it removed (any note but the headline's). */
export function scoreChrome(cases: readonly PasteCase[]): ChromeScore {
  const score: ChromeScore = {removed: 0, chrome: 0, removedChrome: 0, wrongRemovals: [], missed: []}
  for (const item of cases) {
    const {file} = parseText(`${item.name}.txt`, item.input)
    const removed = new Set(
      file.messages
        .filter((message) => message.fatal === undefined && message.ruleId !== 'headline')
        .map((message) => message.line!)
    )
    const chrome = new Set(item.expected.chrome)
    score.removed += removed.size
    score.chrome += chrome.size
    for (const line of removed) {
      if (chrome.has(line)) score.removedChrome++
      else score.wrongRemovals.push(`${item.name}:${line}`)
    }
    for (const line of chrome) if (!removed.has(line)) score.missed.push(`${item.name}:${line}`)
  }
  return score
}
