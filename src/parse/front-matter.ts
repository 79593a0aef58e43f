import matter from 'gray-matter'
import {isMap, LineCounter, parseDocument, type Document} from 'yaml'
import type {VFile} from 'vfile'
import {fail} from '../messages.ts'
import {articleKeys, type KeyReader} from './front-matter-keys.ts'
import {type Pairs, readPairs} from './front-matter-pairs.ts'
import {explainYamlError} from './yaml-errors.ts'
import {lineAt, type SyntaxProblem} from './yaml-lines.ts'
import {findMissingSpace} from './yaml-missing-space.ts'

/**
 * Front matter as read: the top-level keys (by their English names when
 * Warraq reads them, see front-matter-keys.ts) with their values, places and
 * spellings, all empty when the file has none or it is broken; and the body.
 */
export interface FrontMatter extends Pairs {
  /** The text after the front matter, preceded by as many line breaks as the front matter took, so positions stay true. */
  body: string
}

function refuse(): never {
  throw new Error('Warraq never evaluates front matter as code')
}

/**
 * Splits YAML front matter from the body of `file` with gray-matter, parsing
 * it with the `yaml` package's core schema (dates stay strings). Problems
 * become messages at their line in the file, told in an editor's words
 * with the fix (see yaml-errors.ts); never throws.
 */
export function parseFrontMatter(file: VFile, keys: KeyReader = articleKeys): FrontMatter {
  const text = String(file.value)
  const empty: FrontMatter = {data: {}, places: new Map(), names: new Map(), body: text}
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
  let source = ''
  const lines = new LineCounter()
  const parsed = matter(text, {
    language: 'yaml',
    engines: {
      yaml: (yaml: string) => {
        source = yaml
        // Keys given twice are told by readPairs, which also knows Arabic and English names of one key.
        document = parseDocument(yaml, {schema: 'core', uniqueKeys: false, lineCounter: lines, prettyErrors: false})
        return {}
      },
      js: refuse,
      javascript: refuse
    }
  })
  const padding = '\n'.repeat(countLines(text.slice(0, text.length - parsed.content.length)))
  const body = padding + parsed.content
  if (!document) return {...empty, body}
  // The YAML source starts right after the opening `---`, so its line N is the file's line N.
  return readDocument(file, document, source, lines, body, keys)
}

function readDocument(
  file: VFile,
  document: Document,
  source: string,
  lines: LineCounter,
  body: string,
  keys: KeyReader
): FrontMatter {
  const result: FrontMatter = {data: {}, places: new Map(), names: new Map(), body}
  const contents = document.contents
  const problem = syntaxProblem(document, source, lines)
  if (problem) {
    fail(file, problem.reason, 'front-matter-syntax', problem.place)
    return result
  }
  if (contents === null) return result
  if (!isMap(contents)) {
    fail(
      file,
      'Unexpected front matter that is not a list of `key: value` lines, expected a mapping such as `title: …`',
      'front-matter-shape',
      lineAt(source, lines, contents.range?.[0] ?? 0).place
    )
    return result
  }
  const pairs = readPairs(file, document, contents, source, lines, keys)
  return pairs ? {...pairs, body} : result
}

/**
 * The mistake to report before reading any value, if any. Later YAML errors
 * mostly follow from the first, so one message per file says it best. A
 * missing space after a key's colon is looked for only once YAML is unhappy,
 * and wins when it comes no later than YAML's first error, which it causes.
 */
function syntaxProblem(document: Document, source: string, lines: LineCounter): SyntaxProblem | undefined {
  const first = document.errors[0]
  if (!first && isMap(document.contents)) return undefined
  const missingSpace = findMissingSpace(source)
  if (!first) return missingSpace
  if (missingSpace && missingSpace.place.line <= lines.linePos(first.pos[0]).line) return missingSpace
  return explainYamlError(document.errors, source, lines)
}

function countLines(text: string): number {
  let count = 0
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++
  return count
}
