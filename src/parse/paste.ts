import type {VFile} from 'vfile'
import {inform, warn} from '../messages.ts'
import {type ChromeLine, classifyChrome, wordCount} from './chrome-lines.ts'
import {foldLabel} from './fold.ts'
import {stripFurniture} from './furniture.ts'
import {cleanText} from './words.ts'

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

/** Words a line may have and still be a label (a section, a breadcrumb) rather than a headline. */
const LABEL_MAX_WORDS = 4
/** Words a short headline has at least, where a label has fewer: `طقس حار في الجنوب` against `أخبار ليبيا`. */
const SHORT_HEADLINE_MIN_WORDS = 3
/** Words above which a line reads as prose even without a final full stop. */
const LONG_LINE_WORDS = 20
/** Words a question or exclamation may have and still be the headline. */
const HEADLINE_MAX_WORDS = 15

const sentenceEnd = /[.!?؟…]["'”»)\]]*$/u
const questionEnd = /[؟?!]["'”»)\]]*$/u

/** A line that reads as a sentence: it ends with `.`, `؟`, `?`, `!` or `…` (quotes or brackets may follow), or is long. */
export function isSentence(text: string): boolean {
  return sentenceEnd.test(text) || wordCount(text) > LONG_LINE_WORDS
}

/** A non-empty line of the paste: its 0-based index and its cleaned text. */
interface Entry {
  index: number
  text: string
}

/** The state of one cleaning: the file for messages, the lines to blank, the facts learnt. */
interface Cleaning {
  file: VFile
  lines: string[]
  options: PasteOptions
  facts: PasteFacts
}

/**
 * Cleans a plain-text paste in place. Page chrome is looked for only before
 * the first line that reads as a sentence and after the last one: labels,
 * share bars, date lines, bylines, captions, a headline repeated with the
 * site's name, and the headlines listed under `اقرأ أيضاً`. Each removed line
 * is blanked (so line numbers stay true) and gets a note; a line there that
 * looks like chrome but cannot be told from text is kept, with a warning.
 * Sentences, and everything between the first and the last, are never removed.
 */
export function cleanPaste(file: VFile, lines: string[], options: PasteOptions): PasteFacts {
  const entries = lines.flatMap((line, index) => {
    const text = cleanText(line)
    return text === '' ? [] : [{index, text}]
  })
  let first = entries.findIndex((entry) => isSentence(entry.text))
  if (first === -1) {
    // Nothing reads as a sentence, so nothing tells text from chrome: only known furniture at the end goes.
    stripFurniture(file, lines, options.furniture)
    return {}
  }
  let last = entries.length - 1
  while (!isSentence(entries[last]!.text)) last--
  const cleaning: Cleaning = {file, lines, options, facts: {}}
  const head = entries.slice(0, first)
  if (options.title === undefined && isQuestionHeadline(entries, first, options.furniture)) {
    head.push(entries[first]!)
    first++
    while (first <= last && !isSentence(entries[first]!.text)) head.push(entries[first++]!)
  }
  cleanHead(cleaning, head)
  if (first > last) return cleaning.facts
  cleanTail(cleaning, entries.slice(last + 1))
  for (const [entry, where] of [
    [entries[first]!, 'start'],
    [entries[last]!, 'end']
  ] as const) {
    const chrome = classifyChrome(entry.text, options.furniture)
    if (chrome) keep(cleaning, entry, where, `${chrome.what}, but it reads as a sentence, which is never removed`)
  }
  return cleaning.facts
}

/** A first sentence that is a short question or exclamation with chrome around it: a headline such as `هل تنجح المفاوضات؟`. */
function isQuestionHeadline(entries: Entry[], first: number, furniture: ReadonlySet<string>): boolean {
  const line = entries[first]!.text
  const next = entries[first + 1]
  return (
    questionEnd.test(line) &&
    wordCount(line) <= HEADLINE_MAX_WORDS &&
    next !== undefined &&
    (first > 0 || classifyChrome(next.text, furniture) !== undefined) &&
    entries.slice(first + 1).some((entry) => isSentence(entry.text) && !questionEnd.test(entry.text))
  )
}

function isShortHeadline(entry: Entry): boolean {
  return wordCount(entry.text) >= SHORT_HEADLINE_MIN_WORDS
}

function remove(cleaning: Cleaning, entry: Entry, why: string, rule: string): void {
  inform(cleaning.file, `Removed \`${entry.text}\`: ${why}`, rule, {line: entry.index + 1, column: 1})
  cleaning.lines[entry.index] = ''
}

function take(cleaning: Cleaning, entry: Entry, chrome: ChromeLine): void {
  remove(
    cleaning,
    entry,
    `${chrome.what} copied from the website, not article text${learn(cleaning.facts, chrome)}`,
    chrome.rule
  )
}

function keep(cleaning: Cleaning, entry: Entry, where: 'start' | 'end', looks: string): void {
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

function cleanHead(cleaning: Cleaning, head: Entry[]): void {
  const {file, options} = cleaning
  const candidates: Entry[] = []
  const labels: Entry[] = []
  for (const entry of head) {
    const chrome = classifyChrome(entry.text, options.furniture)
    const isTitle = options.title !== undefined && foldLabel(withoutSiteName(entry.text)) === foldLabel(options.title)
    if (chrome) take(cleaning, entry, chrome)
    else if (!isTitle && wordCount(entry.text) <= LABEL_MAX_WORDS && !questionEnd.test(entry.text)) labels.push(entry)
    else candidates.push(entry)
  }
  // Without a longer line, a short headline (`طقس حار في الجنوب`) is the last label of three words or more.
  const short = options.title === undefined && candidates.length === 0 ? labels.findLast(isShortHeadline) : undefined
  if (short) candidates.push(labels.splice(labels.indexOf(short), 1)[0]!)
  for (const entry of labels) {
    remove(cleaning, entry, 'a section label or breadcrumb copied from the website, not article text', 'page-furniture')
  }
  let headline = options.title
  if (headline === undefined) {
    const chosen = candidates.find((entry) => withoutSiteName(entry.text) === entry.text) ?? candidates[0]
    if (chosen) {
      headline = withoutSiteName(chosen.text)
      cleaning.facts.title = headline
      inform(file, `Took \`${chosen.text}\` as the headline`, 'headline', {line: chosen.index + 1, column: 1})
      cleaning.lines[chosen.index] = ''
      candidates.splice(candidates.indexOf(chosen), 1)
    }
  }
  for (const entry of candidates) {
    if (headline !== undefined && foldLabel(withoutSiteName(entry.text)) === foldLabel(headline)) {
      remove(cleaning, entry, 'the headline again, as the site repeats it, not article text', 'duplicate-headline')
    } else keep(cleaning, entry, 'start', 'page chrome (a line above the text that is not a sentence)')
  }
}

/**
 * The tail: chrome lines, and after a `related-links` label the headlines it
 * lists; short labels go too. A longer line before any such label is kept.
 */
function cleanTail(cleaning: Cleaning, tail: Entry[]): void {
  let related = false
  for (const entry of tail) {
    const chrome = classifyChrome(entry.text, cleaning.options.furniture)
    if (chrome) {
      related ||= chrome.relatedMarker === true
      take(cleaning, entry, chrome)
    } else if (related) {
      remove(cleaning, entry, 'a related headline listed under "read also", not article text', 'related-links')
    } else if (wordCount(entry.text) <= LABEL_MAX_WORDS) {
      remove(cleaning, entry, 'a label copied from the website, not article text', 'page-furniture')
    } else keep(cleaning, entry, 'end', 'page chrome (a line below the text that is not a sentence)')
  }
}

/**
 * A headline without the site's name the page appended: after ` | `, or
 * after ` - `, ` – `, ` — ` when the name is short (three words at most) and
 * the headline long enough (five) that the dash cannot be its own.
 */
export function withoutSiteName(text: string): string {
  const bar = /^(.+?)\s+[|｜]\s+([^|]+)$/u.exec(text)
  if (bar && wordCount(bar[2]!) <= 5 && wordCount(bar[1]!) >= 3) return bar[1]!.trim()
  const dash = /^(.+)\s+[-–—]\s+([^-–—]+)$/u.exec(text)
  if (dash && wordCount(dash[2]!) <= 3 && wordCount(dash[1]!) >= 5) return dash[1]!.trim()
  return text
}
