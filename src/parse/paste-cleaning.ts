import type {VFile} from 'vfile'
import {inform, warn} from '../messages.ts'
import type {ChromeLine} from './chrome-lines.ts'
import {wordCount} from './words.ts'

/** What the chrome of a paste says about its article. */
export interface PasteFacts {
  title?: string
  date?: string
  updated?: string
  author?: string
}

/** What `cleanPaste` needs: the furniture lines, and the headline when front matter gives one. */
export interface PasteOptions {
  furniture: ReadonlySet<string>
  title?: string
}

/** Words above which a line reads as prose even without a final full stop. */
const LONG_LINE_WORDS = 20

const sentenceEnd = /[.!?؟…]["'”»)\]]*$/u
/** A line ending as a question or exclamation does. */
export const questionEnd = /[؟?!]["'”»)\]]*$/u

/** A line that reads as a sentence: it ends with `.`, `؟`, `?`, `!` or `…` (quotes or brackets may follow), or is long. */
export function isSentence(text: string): boolean {
  return sentenceEnd.test(text) || wordCount(text) > LONG_LINE_WORDS
}

/** A non-empty line of the paste: its 0-based index and its cleaned text. */
export interface Entry {
  index: number
  text: string
}

/** The state of one cleaning: the file for messages, the lines to blank, the facts learnt. */
export interface Cleaning {
  file: VFile
  lines: string[]
  options: PasteOptions
  facts: PasteFacts
}

/** Blanks a line of the paste and says why, at its line. */
export function remove(cleaning: Cleaning, entry: Entry, why: string, rule: string): void {
  inform(cleaning.file, `Removed \`${entry.text}\`: ${why}`, rule, {line: entry.index + 1, column: 1})
  cleaning.lines[entry.index] = ''
}

/** Removes a recognised chrome line, saying what it gives. */
export function take(cleaning: Cleaning, entry: Entry, chrome: ChromeLine): void {
  remove(
    cleaning,
    entry,
    `${chrome.what} copied from the website, not article text${learn(cleaning.facts, chrome)}`,
    chrome.rule
  )
}

/** Keeps a line that looks like chrome, with a warning at its line. */
export function keep(cleaning: Cleaning, entry: Entry, where: 'start' | 'end', looks: string): void {
  warn(
    cleaning.file,
    `Kept \`${entry.text}\` at the ${where} of the article: it looks like ${looks}; delete the line if it is not article text`,
    'chrome-kept',
    {line: entry.index + 1, column: 1}
  )
}

/** Records on `facts` the day or author a chrome line gives, when it is the first of its kind; returns words for its note. */
function learn(facts: PasteFacts, chrome: ChromeLine): string {
  let said = ''
  if (chrome.day !== undefined) {
    const key = chrome.updated ? 'updated' : 'date'
    if (facts[key] === undefined) {
      facts[key] = chrome.day
      said += chrome.updated ? `; it gives the update day ${chrome.day}` : `; it dates the article ${chrome.day}`
    }
  }
  if (chrome.author !== undefined && facts.author === undefined) {
    facts.author = chrome.author
    said += `; it names the author ${chrome.author}`
  }
  return said === '' ? '' : `${said} (front matter would win)`
}
