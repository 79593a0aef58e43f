import type {VFile} from 'vfile'
import {type Document, isScalar, isSeq, type LineCounter, type Node, type Pair, type YAMLMap} from 'yaml'
import {fail, type Place, warn} from '../messages.ts'
import {articleKeys, type KeyReader} from './front-matter-keys.ts'
import {lineAt, quote} from './yaml-lines.ts'

/** The top-level keys of front matter, keyed by their English name when Warraq reads them, else as written. */
export interface Pairs {
  /** Each key's value. */
  data: Record<string, unknown>
  /** Where each key's value sits, for messages about it. */
  places: Map<string, Place>
  /** Each key as the editor wrote it (`العنوان` for `title`), for messages that name it. */
  names: Map<string, string>
}

/** Sets `record[key]` as an own property, so a key such as `__proto__` stays data. */
export function setOwn(record: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(record, key, {value, enumerable: true, writable: true, configurable: true})
}

/**
 * Reads the top-level pairs of `map`: Arabic keys become their English
 * names, a key given twice is an error at the second (the first is kept),
 * a key Warraq does not read is a warning with the closest known key, and a
 * value lost to a `#` comment is an error. Unknown keys are still kept.
 * Undefined when a value cannot be read at all (an alias to nothing).
 */
export function readPairs(
  file: VFile,
  document: Document,
  map: YAMLMap,
  source: string,
  lines: LineCounter,
  keys: KeyReader = articleKeys
): Pairs | undefined {
  const pairs: Pairs = {data: {}, places: new Map(), names: new Map()}
  const at = (offset: number): Place => lineAt(source, lines, offset).place
  const keyLines = new Map<string, number>()
  for (const pair of map.items as Pair<Node | null, Node | null>[]) {
    const written = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
    const keyPlace = at(pair.key?.range?.[0] ?? 0)
    const known = keys.canonical(written)
    const key = known ?? written.normalize('NFC').trim()
    const first = pairs.names.get(key)
    if (first !== undefined) {
      const reason = `Unexpected key \`${written}\`, expected each key once: \`${first}\` on line ${keyLines.get(key)} is the same key; keep one of the two`
      fail(file, reason, 'duplicate-key', keyPlace)
      continue
    }
    if (!known) warnUnknown(file, written, keyPlace, keys)
    for (const lost of commentedValues(pair.value)) reportComment(file, written, source, lines, lost)
    const valuePlace = pair.value?.range ? at(pair.value.range[0]) : keyPlace
    // A value on its own lines (a nested list or mapping) is best pointed at by its key.
    pairs.places.set(key, valuePlace.line === keyPlace.line ? valuePlace : keyPlace)
    pairs.names.set(key, written)
    keyLines.set(key, keyPlace.line)
    const value = readValue(file, document, pair.value, written, valuePlace)
    if (!value) return undefined
    setOwn(pairs.data, key, value.value)
  }
  return pairs
}

/** The JavaScript value of `node`, boxed, or undefined (with an error) when it cannot be had. */
function readValue(file: VFile, document: Document, node: Node | null, key: string, place: Place) {
  try {
    return {value: node ? node.toJS(document, {maxAliasCount: 100}) : null}
  } catch (error) {
    // `toJS` throws for an alias to no anchor (`title: *x`) and for aliases that would blow up memory.
    fail(
      file,
      `Unexpected YAML in the value of \`${key}\` (${(error as Error).message}), expected plain values; a value that starts with \`*\` or \`&\` goes in quotes: \`${key}: "*…"\``,
      'front-matter-syntax',
      place
    )
    return undefined
  }
}

function warnUnknown(file: VFile, written: string, place: Place, keys: KeyReader): void {
  const closest = keys.closest(written)
  const hint = closest
    ? `did you mean \`${closest}\`? As written, its value is only kept in the record's \`extra\``
    : `its value is only kept in the record's \`extra\`: fine if that is what it is for, else check the key's spelling`
  warn(
    file,
    `Unexpected key \`${written}\`, expected a key Warraq reads (see “Front matter keys” in the README); ${hint}`,
    'unknown-key',
    place
  )
}

/**
 * Values that YAML read as empty because they began with `#`, a comment:
 * `title: #عاجل انفجار` has a null title. The value itself, or the items of
 * a list. A comment after a value (`title: انفجار # مسودة`) is YAML's own
 * comment syntax, used on purpose, and leaves the value there: not reported.
 */
function commentedValues(value: Node | null): Node[] {
  const nodes = isSeq(value) ? (value.items as Node[]) : value ? [value] : []
  return nodes.filter((node) => isScalar(node) && node.value === null && node.source === '')
}

/**
 * An error, not a warning: the text the editor meant as the value is gone,
 * and the article would be published without it (or with a headline taken
 * from the body) with nothing on the page to show why.
 */
function reportComment(file: VFile, key: string, source: string, lines: LineCounter, node: Node): void {
  const line = lineAt(source, lines, node.range![0])
  const start = node.range![0] - line.start
  if (line.text[start] !== '#') return
  const before = line.text.slice(0, start).trimStart()
  const what = before.startsWith('-') ? 'item' : 'value'
  const where = what === 'item' ? `an item of \`${key}\`` : `the value of \`${key}\``
  fail(
    file,
    `Unexpected \`#\` at the start of ${where}, expected text: YAML reads it as the start of a comment and leaves the ${what} empty; put the ${what} in quotes: \`${before}${quote(line.text.slice(start).trimEnd())}\``,
    'front-matter-syntax',
    line.place
  )
}
