import type {VFile} from 'vfile'
import {inform} from '../messages.ts'
import {foldLabel} from './fold.ts'
import {cleanText} from './words.ts'

/**
 * Blanks the trailing lines of `lines` that are known page chrome (such as a
 * scraped "back to top" button), skipping blank lines, and reports each on
 * `file` as a note. Lines are blanked, not removed, so line numbers stay true.
 */
export function stripFurniture(file: VFile, lines: string[], furniture: ReadonlySet<string>): void {
  for (let index = lines.length - 1; index >= 0; index--) {
    const text = cleanText(lines[index]!)
    if (text === '') continue
    if (!furniture.has(foldLabel(text))) return
    inform(file, `Removed \`${text}\`: page furniture copied from the website, not article text`, 'page-furniture', {
      line: index + 1,
      column: 1
    })
    lines[index] = ''
  }
}

/** The set of furniture lines, folded as `stripFurniture` and the paste cleaner compare them (tanween, hamza, colons). */
export function furnitureSet(lines: readonly string[]): Set<string> {
  return new Set(lines.map(foldLabel))
}
