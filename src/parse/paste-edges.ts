import {inform} from '../messages.ts'
import {classifyChrome} from './chrome-lines.ts'
import {wordCount} from './words.ts'
import {foldLabel} from './fold.ts'
import {type Cleaning, type Entry, isSentence, keep, questionEnd, remove, take} from './paste-cleaning.ts'

/** Words a line may have and still be a label (a section, a breadcrumb) rather than a headline. */
const LABEL_MAX_WORDS = 4
/** Words a short headline has at least, where a label has fewer: `طقس حار في الجنوب` against `أخبار ليبيا`. */
const SHORT_HEADLINE_MIN_WORDS = 3
/** Words a question or exclamation may have and still be the headline. */
const HEADLINE_MAX_WORDS = 15

/** A first sentence that is a short question or exclamation with chrome around it: a headline such as `هل تنجح المفاوضات؟`. */
export function isQuestionHeadline(entries: Entry[], first: number, furniture: ReadonlySet<string>): boolean {
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

/** Cleans the lines above the first sentence, and finds the headline among them. */
export function cleanHead(cleaning: Cleaning, head: Entry[]): void {
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
export function cleanTail(cleaning: Cleaning, tail: Entry[]): void {
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
