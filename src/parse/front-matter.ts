import matter from 'gray-matter'
import {isMap, LineCounter, parseDocument, type Document, type YAMLError} from 'yaml'
import type {VFile} from 'vfile'
import {fail, type Place} from '../messages.ts'

/** Front matter as read: the data, where each top-level key's value sits, and the body. */
export interface FrontMatter {
  /** Top-level keys and their values; empty when the file has none or it is broken. */
  data: Record<string, unknown>
  /** Position in the file of each top-level key's value, for messages about it. */
  places: Map<string, Place>
  /** The text after the front matter, preceded by as many line breaks as the front matter took, so positions stay true. */
  body: string
}

function refuse(): never {
  throw new Error('Warraq never evaluates front matter as code')
}

/**
 * Splits YAML front matter from the body of `file` with gray-matter, parsing
 * it with the `yaml` package's core schema (dates stay strings, keys unique).
 * Problems become error messages at their line in the file; never throws.
 */
export function parseFrontMatter(file: VFile): FrontMatter {
  const text = String(file.value)
  const empty: FrontMatter = {data: {}, places: new Map(), body: text}
  if (!/^---[^\n-]*(\n|$)/.test(text)) return empty
  const language = text
    .slice(3, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'))
    .trim()
    .toLowerCase()
  if (language !== '' && language !== 'yaml' && language !== 'yml') {
    fail(
      file,
      `Unexpected front matter language \`${language}\`, expected YAML; Warraq never runs code from articles: write \`---\` and YAML keys`,
      'front-matter-language',
      {line: 1, column: 4}
    )
    return {...empty, body: ''}
  }
  if (!/\n---[ \t]*(\n|$)/.test(text)) {
    fail(
      file,
      'Unexpected end of file in front matter, expected a closing `---` line; close the front matter, or remove the opening `---`',
      'front-matter-syntax',
      {line: 1, column: 1}
    )
    return {...empty, body: ''}
  }
  let document: Document | undefined
  const lines = new LineCounter()
  const parsed = matter(text, {
    language: 'yaml',
    engines: {
      yaml: (source: string) => {
        document = parseDocument(source, {schema: 'core', uniqueKeys: true, lineCounter: lines, prettyErrors: false})
        return {}
      },
      js: refuse,
      javascript: refuse
    }
  })
  const padding = '\n'.repeat(countLines(text.slice(0, text.length - parsed.content.length)))
  const body = padding + parsed.content
  if (!document) return {...empty, body}
  return readDocument(file, document, lines, body)
}

function readDocument(file: VFile, document: Document, lines: LineCounter, body: string): FrontMatter {
  const result: FrontMatter = {data: {}, places: new Map(), body}
  // The YAML source starts right after the opening `---`, so its line N is the file's line N.
  const place = (offset: number): Place => {
    const position = lines.linePos(offset)
    return {line: position.line, column: position.col}
  }
  const error = document.errors[0]
  if (error) {
    // Later errors mostly follow from the first, so one message per file says it best.
    fail(
      file,
      `Unexpected YAML in front matter: ${error.message}; fix the YAML syntax`,
      'front-matter-syntax',
      errorPlace(error, lines)
    )
    return result
  }
  const contents = document.contents
  if (contents === null) return result
  if (!isMap(contents)) {
    fail(
      file,
      'Unexpected front matter that is not a list of `key: value` lines, expected a mapping such as `title: …`',
      'front-matter-shape',
      place(contents.range?.[0] ?? 0)
    )
    return result
  }
  try {
    result.data = document.toJS({maxAliasCount: 100}) as Record<string, unknown>
  } catch (error) {
    fail(
      file,
      `Unexpected YAML in front matter: ${(error as Error).message}; fix the YAML syntax`,
      'front-matter-syntax',
      place(contents.range?.[0] ?? 0)
    )
    return result
  }
  for (const pair of contents.items) {
    const keyNode = pair.key as {value?: unknown; range?: [number, number, number]} | null
    const valueNode = pair.value as {range?: [number, number, number]} | null
    const keyPlace = place(keyNode?.range?.[0] ?? 0)
    const valuePlace = valueNode?.range ? place(valueNode.range[0]) : keyPlace
    // A value on its own lines (a nested list or mapping) is best pointed at by its key.
    result.places.set(String(keyNode?.value ?? keyNode), valuePlace.line === keyPlace.line ? valuePlace : keyPlace)
  }
  return result
}

/**
 * Where to point for a YAML error. An unclosed quote or bracket is found only
 * at the next line; the mistake is at the end of the line before, so point there.
 */
function errorPlace(error: YAMLError, lines: LineCounter): Place {
  const position = lines.linePos(error.pos[0])
  const unclosed = error.code === 'MISSING_CHAR' || (error.code === 'BAD_INDENT' && /end with a/.test(error.message))
  if (unclosed && position.col === 1 && position.line > 2) {
    const start = lines.lineStarts[position.line - 2]!
    const end = lines.lineStarts[position.line - 1]!
    return {line: position.line - 1, column: end - start}
  }
  return {line: position.line, column: position.col}
}

function countLines(text: string): number {
  let count = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
  return count
}
