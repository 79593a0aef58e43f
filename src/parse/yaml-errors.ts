import type {LineCounter, YAMLError} from 'yaml'
import {lineAt, type Pair, quote, quotedLine, type SourceLine, splitPair, type SyntaxProblem} from './yaml-lines.ts'
import {findUnclosed, type Opener} from './yaml-unclosed.ts'

/**
 * The first of `errors` in an editor's words, with the fix: YAML's own
 * messages (`Nested mappings are not allowed in compact mappings`) name
 * the grammar, not the mistake. A tab in the indentation is told first,
 * since it is what the other errors follow from.
 */
export function explainYamlError(errors: readonly YAMLError[], source: string, lines: LineCounter): SyntaxProblem {
  const error = errors.find((each) => each.code === 'TAB_AS_INDENT') ?? errors[0]!
  const line = lineAt(source, lines, error.pos[0])
  const indent = /^\s*/.exec(line.text)![0]
  if (indent.includes('\t')) {
    return {
      reason:
        'Unexpected tab in the indentation, expected spaces: YAML does not allow tabs there; use spaces, not tabs, to indent',
      place: {line: line.place.line, column: indent.indexOf('\t') + 1}
    }
  }
  const opener = unclosedOpener(error)
  const unclosed = opener && findUnclosed(source, opener)
  if (opener && unclosed !== undefined) return explainUnclosed(source, lines, opener, unclosed, error.pos[0])
  const seen: Seen = {error, line, pair: splitPair(line.text)}
  for (const recognise of recognisers) {
    const problem = recognise(seen)
    if (problem) return problem
  }
  return generic(error, line)
}

function unclosedOpener(error: YAMLError): Opener | undefined {
  if (error.code === 'MISSING_CHAR') return /Missing closing (["'])/.exec(error.message)?.[1] as Opener | undefined
  if (error.code !== 'BAD_INDENT') return undefined
  const closer = /end with an? ([\]}])/.exec(error.message)?.[1]
  return closer === ']' ? '[' : closer === '}' ? '{' : undefined
}

/** `opener` at `offset`, never closed; YAML noticed at `end`. */
function explainUnclosed(
  source: string,
  lines: LineCounter,
  opener: Opener,
  offset: number,
  end: number
): SyntaxProblem {
  const line = lineAt(source, lines, offset)
  const bracket = opener === '[' || opener === '{'
  const closer = opener === '[' ? ']' : opener === '{' ? '}' : opener
  // The fixed line is shown only when it is sure: a list on one line, or a quote that opens the value.
  const sure = bracket
    ? !source.slice(offset, end).trimEnd().includes('\n')
    : /^\s*(- +)?([^\s#:][^:]*:[ \t]+)?$/u.test(line.text.slice(0, offset - line.start))
  const fix =
    opener === '[' ? 'close the list with `]`' : opener === '{' ? 'close the mapping with `}`' : 'close the quote'
  const where = bracket ? 'after the last item' : 'at the end of the value'
  return {
    reason: `Unexpected \`${opener}\` that is never closed, expected a closing \`${closer}\` ${where}; ${fix}${
      sure ? `: \`${line.text.trimEnd()}${closer}\`` : ''
    }`,
    place: line.place
  }
}

/** What a recogniser is given: YAML's error, its line, and that line cut as `key: value` if it is one. */
interface Seen {
  error: YAMLError
  line: SourceLine
  pair: Pair | undefined
}

/** The place of the value on the line, where a quote would open. */
function valuePlace({line, pair}: Seen) {
  return {line: line.place.line, column: (pair?.before.length ?? 0) + 1}
}

/** Mistakes recognised by the text of the line, tried in turn: mostly values that needed quotes. */
const recognisers: Array<(seen: Seen) => SyntaxProblem | undefined> = [
  // `tags: [#عاجل]`: a hashtag, which YAML takes for a comment that lacks a space before it.
  ({error, line, pair}) => {
    const item = /^#[^,\]}]*/.exec(line.text.slice(line.place.column - 1))?.[0].trimEnd()
    if (!item || error.code !== 'MISSING_CHAR' || !/^Comments must be separated/.test(error.message)) return undefined
    const where = pair ? `an item of \`${pair.key}\`` : 'a list item'
    return {
      reason: `Unexpected \`#\` at the start of ${where}, expected text: YAML reads it as the start of a comment; put the item in quotes: \`${quote(item)}\``,
      place: line.place
    }
  },
  // `title: وزير الصحة: لا إصابات`: YAML sees a mapping inside the value.
  (seen) => {
    const {error, line, pair} = seen
    const atValue = valuePlace(seen).column === line.place.column
    if (!pair || error.code !== 'BLOCK_AS_IMPLICIT_KEY' || !atValue || !/:(\s|$)/.test(pair.value)) return undefined
    return {
      reason: `Unexpected \`:\` inside the value of \`${pair.key}\`, expected a value in quotes, since YAML reads \`: \` as the start of another key; put the value in quotes: \`${quotedLine(pair)}\``,
      place: valuePlace(seen)
    }
  },
  // `title: "الوزير" يقول`: the quote YAML took for the value's own ends it too soon.
  (seen) => {
    const {error, pair} = seen
    if (!pair || error.code !== 'UNEXPECTED_TOKEN' || !/^["']/.test(pair.value)) return undefined
    return {
      reason: `Unexpected text after the closing quote of the value of \`${pair.key}\`, expected the quote to end the value; put the whole value in quotes, with \`\\"\` for each quote inside: \`${quotedLine(pair)}\``,
      place: valuePlace(seen)
    }
  },
  // `title: @عاجل`, `*`, `&`, `!`, `%`, `|`, `>`: aliases, anchors, tags, directives, blocks, reserved.
  (seen) => {
    const {pair} = seen
    const indicator = pair && /^[@`%*&!|>?]/.exec(pair.value)?.[0]
    if (!pair || !indicator) return undefined
    return {
      reason: `Unexpected \`${indicator}\` at the start of the value of \`${pair.key}\`, expected text: YAML gives \`${indicator}\` a meaning of its own there; put the value in quotes: \`${quotedLine(pair)}\``,
      place: valuePlace(seen)
    }
  },
  // A line of text with no key, often the body started before the closing `---`.
  ({error, line}) => {
    const multiline = error.code === 'MULTILINE_IMPLICIT_KEY' || /map values/.test(error.message)
    if (!multiline || line.text.includes(':')) return undefined
    return {
      reason:
        'Unexpected line without `key: value` in front matter, expected a key, a colon and a space, then the value; write it as `key: value`, or move the text below the closing `---`',
      place: {line: line.place.line, column: 1}
    }
  }
]

function generic(error: YAMLError, line: SourceLine): SyntaxProblem {
  return {
    reason: `Unexpected YAML in front matter (${error.message}), expected \`key: value\` lines; a value that holds \`: \`, or starts with a quote, \`#\`, \`[\` or \`{\`, goes in quotes: \`title: "…"\``,
    place: line.place
  }
}
