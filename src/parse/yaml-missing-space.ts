import {canonicalKey} from './front-matter-keys.ts'
import type {SyntaxProblem} from './yaml-lines.ts'

/**
 * The first line such as `title:عنوان`: a key Warraq reads with no space
 * after its colon. YAML reads that as one plain text, and what it reports
 * depends on the lines around it (a wrong key, a document that is not a
 * mapping, an implicit key over several lines), so the line itself is looked at.
 * Only unindented lines are: top-level keys are the only ones Warraq reads,
 * and an indented line may be the text of a `|` block.
 */
export function findMissingSpace(source: string): SyntaxProblem | undefined {
  const lines = source.split('\n')
  for (const [index, text] of lines.entries()) {
    const match = /^([^\s:#'"][^:]*):(\S.*)$/u.exec(text)
    if (!match || !canonicalKey(match[1]!)) continue
    const [, key, value] = match
    return {
      reason: `Unexpected text right after the colon of \`${key}\`, expected a space between the key and its value; put a space after the colon: \`${key}: ${value!.trimEnd()}\``,
      place: {line: index + 1, column: key!.length + 2}
    }
  }
  return undefined
}
