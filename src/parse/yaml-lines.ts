import type {LineCounter} from 'yaml'
import type {Place} from '../messages.ts'

/** A front matter mistake found while reading the YAML: what to tell the editor, and where. */
export interface SyntaxProblem {
  reason: string
  place: Place
}

/** One line of the YAML source, and the place of an offset in it. */
export interface SourceLine {
  /** The line's text, without its line break. */
  text: string
  /** Offset of the line's first character in the source. */
  start: number
  /** The place of the offset asked about, 1-based. */
  place: Place
}

/** The line of `source` that holds `offset`. */
export function lineAt(source: string, lines: LineCounter, offset: number): SourceLine {
  const {line, col} = lines.linePos(offset)
  const start = lines.lineStarts[line - 1] ?? 0
  const end = source.indexOf('\n', start)
  return {text: source.slice(start, end === -1 ? undefined : end), start, place: {line, column: col}}
}

/** A `key: value` line (or `- key: value`) cut before its value; undefined for any other line. */
export interface Pair {
  /** The key as written. */
  key: string
  /** Everything before the value: indentation, key, colon and spaces. */
  before: string
  /** The value to the end of the line, without trailing spaces. */
  value: string
}

/** `text` cut at its first `: `, as YAML would read a `key: value` line if nothing else were wrong. */
export function splitPair(text: string): Pair | undefined {
  const match = /^(\s*(?:- +)?([^\s#:][^:]*?)\s*:[ \t]+)(\S.*)$/u.exec(text)
  return match ? {key: match[2]!, before: match[1]!, value: match[3]!.trimEnd()} : undefined
}

/** `text` in double quotes, with `"` and `\\` escaped as YAML needs. */
export function quote(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&')}"`
}

/** `pair` with its value in double quotes: the line to suggest. */
export function quotedLine(pair: Pair): string {
  return pair.before.trimStart() + quote(pair.value)
}
