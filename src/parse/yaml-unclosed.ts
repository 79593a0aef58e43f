import {CST, Parser} from 'yaml'

/** An opening quote or bracket that YAML looks for the end of. */
export type Opener = '"' | "'" | '[' | '{'

const closers = {'[': 'flow-seq-end', '{': 'flow-map-end'} as const

function isUnclosed(token: CST.Token | undefined, opener: Opener): boolean {
  if (!token) return false
  if (opener === '[' || opener === '{') {
    return (
      token.type === 'flow-collection' &&
      token.start.source === opener &&
      !token.end.some((end) => end.type === closers[opener])
    )
  }
  const type = opener === '"' ? 'double-quoted-scalar' : 'single-quoted-scalar'
  if (token.type !== type) return false
  // The source runs to the end of the file when the quote is never closed; a closing quote
  // escaped as `\"` (or doubled as `''`) does not close it.
  const inner = token.source.slice(1)
  if (opener === "'") return !/(^|[^'])('')*'$/.test(inner)
  return !/(^|[^\\])(\\\\)*"$/.test(inner)
}

/**
 * The offset of the first `opener` in `source` that is never closed, by
 * YAML's own reading (the concrete syntax tree), so quotes inside brackets
 * and brackets inside quotes are told apart; undefined when there is none.
 */
export function findUnclosed(source: string, opener: Opener): number | undefined {
  for (const document of new Parser().parse(source)) {
    let found: number | undefined
    if (document.type !== 'document') continue
    CST.visit(document, (item) => {
      const token = [item.key, item.value].find((node) => isUnclosed(node ?? undefined, opener))
      if (token) {
        found = token.offset
        return CST.visit.BREAK
      }
    })
    if (found !== undefined) return found
  }
  return undefined
}
