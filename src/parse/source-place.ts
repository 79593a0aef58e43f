import type {Place} from '../messages.ts'

/** A content problem of a saved page, for the caller to report on the file. */
export interface PageProblem {
  reason: string
  ruleId: string
  place: Place
}

/**
 * Where `value` stands in `source` after the first match of `marker` from
 * `from` (or in the marker's tag), else where the marker stands; `undefined`
 * when the marker is not in the source.
 */
export function placeOf(
  source: string,
  {marker, from = 0}: {marker: RegExp; from?: number},
  value: string
): Place | undefined {
  marker.lastIndex = Math.max(from, 0)
  const match = marker.exec(source)
  if (!match) return undefined
  const tag = source.lastIndexOf('<', match.index)
  const start = tag > source.lastIndexOf('>', match.index) ? tag : match.index
  // What the page escapes (`&amp;`, `\/`, quotes) cannot be searched as read: look for the part before it.
  const needle = value.slice(0, 40).split(/[&<>"'\\/\s]/)[0]!
  const at = needle === '' ? -1 : source.indexOf(needle, start)
  return placeAt(source, at !== -1 && at < start + 400 + value.length * 6 ? at : match.index)
}

/** The 1-based line and column of `index` in `source`. */
export function placeAt(source: string, index: number): Place {
  const before = source.slice(0, index)
  return {line: before.split('\n').length, column: index - before.lastIndexOf('\n')}
}
