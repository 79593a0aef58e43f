import type {VFile} from 'vfile'
import {classifyChrome} from './chrome-lines.ts'
import {stripFurniture} from './furniture.ts'
import {type Cleaning, isSentence, keep, type PasteFacts, type PasteOptions} from './paste-cleaning.ts'
import {cleanHead, cleanTail, isQuestionHeadline} from './paste-edges.ts'
import {cleanText} from './words.ts'

export {isSentence, type PasteFacts, type PasteOptions} from './paste-cleaning.ts'
export {withoutSiteName} from './paste-edges.ts'

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
