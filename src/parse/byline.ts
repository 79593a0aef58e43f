import {fold} from './fold.ts'
import {wordCount} from './words.ts'

/** Words of a byline's label, folded, before the writer's name. */
const bylineLabel =
  /^(?:بقلم|كتب|كتبت|كتبه|كتبته|اعداد|تحرير|بواسطه|تقرير|المحرر|الكاتب|الكاتبه|اعدته|اعده|حاوره|حاورته)\s*[:：-]?\s*/

/** The writer's name in a byline (`بقلم: سالم علي`, `كتبت هدى`), or `undefined`. */
export function readByline(text: string): string | undefined {
  const folded = fold(text)
  const label = bylineLabel.exec(folded)
  if (!label || label[0].length === folded.length) return undefined
  // The label's length in the folded line is not its length in the original: skip as many words.
  const labelWords = label[0]
    .trim()
    .replace(/[:：-]$/, '')
    .trim()
    .split(' ').length
  const name = text
    .trim()
    .split(/\s+/)
    .slice(labelWords)
    .join(' ')
    .replace(/^[\s:：-]+|[\s.،,:؛-]+$/gu, '')
  if (name === '' || /\d/.test(name) || wordCount(name) > 5 || /[.!?؟]/.test(name)) return undefined
  return name
}
