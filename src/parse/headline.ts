import {cleanText, shorten} from './words.ts'

/** Words a heading-like first line may have at most. */
const HEADING_MAX_WORDS = 15
/** Words a clause must have before its break to serve as the headline. */
const CLAUSE_MIN_WORDS = 5
/** Words kept when a lead sentence is shortened. */
const HEADLINE_WORDS = 12

const sentenceEnd = /[.!?؟…:؛،]["'”»)\]]*$/u

/** Whether a first line reads as a headline: short, and not ending like a sentence or clause. */
export function isHeadingLike(line: string): boolean {
  const text = cleanText(line)
  return text !== '' && text.split(' ').length <= HEADING_MAX_WORDS && !sentenceEnd.test(text)
}

/** The first sentence of a paragraph: up to the first `.`, `!`, `?` or `؟` followed by a space or the end. */
export function leadSentence(paragraph: string): string {
  const text = cleanText(paragraph)
  const end = /[.!?؟](?=\s|$)/u.exec(text)
  return end && end.index > 0 ? text.slice(0, end.index) : text
}

/**
 * A headline inferred from the lead paragraph: its first sentence, cut at
 * the first clause break (`،` or `؛`) when at least five words come before
 * it, else shortened at a word boundary to about twelve words with `…`.
 */
export function inferHeadline(paragraph: string): string {
  let sentence = leadSentence(paragraph)
  const breakAt = sentence.search(/[،؛]/u)
  if (breakAt !== -1) {
    const clause = sentence.slice(0, breakAt).trim()
    if (clause.split(' ').length >= CLAUSE_MIN_WORDS) sentence = clause
  }
  const count = sentence.split(' ').length
  const headline =
    count <= HEADLINE_WORDS + 2 ? sentence.replace(/[\s،؛,;:]+$/u, '') : shorten(sentence, HEADLINE_WORDS)
  // A paragraph of punctuation alone still needs a headline: its own text.
  return headline === '' ? cleanText(paragraph) : headline
}
