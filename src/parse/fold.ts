import {cleanText} from './words.ts'

/** Tatweel, Arabic diacritics (tanween included) and invisible format characters. */
const marks = /[\u0640\u064b-\u065f\u0670\u06d6-\u06ed]|\p{Cf}/gu

/** Arabic-Indic and Persian digits. */
const easternDigits = /[\u0660-\u0669\u06f0-\u06f9]/g

/** `text` with Arabic-Indic (٠-٩) and Persian (۰-۹) digits written as 0-9. */
export function westernDigits(text: string): string {
  return text.replace(easternDigits, (digit) => String((digit.charCodeAt(0) - 0x0660) % 0x90))
}

/**
 * The spelling-blind form of a line for recognising page chrome and dates:
 * white space collapsed, no diacritics or tatweel, alef and hamza seats
 * folded to bare letters, final yeh and teh marbuta folded, Western digits,
 * Latin in lower case. `اقرأ أيضاً` and `اقرا ايضا` fold alike.
 */
export function fold(text: string): string {
  return westernDigits(cleanText(text).replace(marks, ''))
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

/** `fold`, then without the punctuation and symbols around the words: `اقرأ أيضاً:` folds to `اقرا ايضا`. */
export function foldLabel(text: string): string {
  return fold(text)
    .replace(/^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu, '')
    .replace(/\s+/g, ' ')
}
