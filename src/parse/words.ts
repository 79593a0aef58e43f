import {blankDisallowed} from './characters.ts'

/**
 * Reading speed for Arabic prose, in words a minute. Silent reading of Arabic
 * measured across adult readers is slower than of English (about 140 against
 * 230 in Trauzettel-Klosinski et al., 2012), so English defaults overstate speed.
 */
export const WORDS_PER_MINUTE = 140

const hasLetterOrDigit = /[\p{L}\p{N}]/u

/** Splits text into words as a reader counts them: runs without spaces that hold a letter or digit. */
export function words(text: string): string[] {
  return text.split(/\s+/u).filter((token) => hasLetterOrDigit.test(token))
}

/** How many words `text` has, counted as `words` counts them. */
export function wordCount(text: string): number {
  return words(text).length
}

/** Minutes a reader needs for `wordCount` words, at least 1. */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.ceil(wordCount / WORDS_PER_MINUTE))
}

/** Collapses runs of white space to one space, trims, NFC-normalizes, and drops characters HTML does not allow. */
export function cleanText(text: string): string {
  return blankDisallowed(text).normalize('NFC').replace(/\s+/gu, ' ').trim()
}

/** The first `count` words of `text` with an ellipsis, or all of it when it is not longer than `count`. */
export function shorten(text: string, count: number): string {
  const tokens = cleanText(text).split(' ')
  if (tokens.length <= count) return tokens.join(' ')
  return `${tokens
    .slice(0, count)
    .join(' ')
    .replace(/[\s،؛,;:.!?؟-]+$/u, '')}…`
}
