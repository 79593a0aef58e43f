import type {Element, ElementContent, Root} from 'hast'
import {findRuns, type Range} from './bidi-runs.ts'

/** Elements whose text is code: never split, at most wrapped whole. */
const CODE = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style'])

/** Elements whose text the bidi algorithm lays out as one paragraph. */
const BLOCKS = new Set('p li h1 h2 h3 h4 h5 h6 blockquote td th figcaption dd dt'.split(' '))

/** A strong right-to-left letter; Arabic-Indic digits and harakat are not letters, so they do not count. */
const RTL_LETTER = /(?=\p{L})[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u

/** The text runs are found in; a nested block or line break is a paragraph separator, which no run crosses. */
function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element') return ''
  if (BLOCKS.has(node.tagName) || node.tagName === 'br') return '\u2029'
  return node.children.map(textOf).join('')
}

/** Whether HTML already isolates `node` (its stylesheet gives `bdi`, `bdo` and `[dir]` their own bidi context). */
function isIsolate(node: ElementContent | undefined): boolean {
  return node?.type === 'element' && (['bdi', 'bdo'].includes(node.tagName) || node.properties.dir !== undefined)
}

/** Elements never split: code, and isolates an author set. */
function isOpaque(node: Element): boolean {
  return CODE.has(node.tagName) || isIsolate(node)
}

/** `nodes`, from offset `start`, with text nodes cut wherever a run begins or ends. */
function cutTexts(nodes: readonly ElementContent[], start: number, runs: readonly Range[]): ElementContent[] {
  const edges = runs.flat()
  let next = 0
  let offset = start
  return nodes.flatMap((node): ElementContent[] => {
    const begin = offset
    offset += textOf(node).length
    if (node.type !== 'text') return [node]
    while (next < edges.length && edges[next]! <= begin) next++
    const cuts = [begin]
    while (next < edges.length && edges[next]! < offset) cuts.push(edges[next++]!)
    cuts.push(offset)
    return cuts.slice(1).map((to, index) => ({type: 'text', value: node.value.slice(cuts[index]! - begin, to - begin)}))
  })
}

/** One `<bdi dir="ltr">` around `nodes`; none around nodes without text, or one node HTML already isolates. */
function isolate(nodes: ElementContent[]): ElementContent[] {
  if ((nodes.length === 1 && isIsolate(nodes[0])) || nodes.every((node) => textOf(node) === '')) return nodes
  return [{type: 'element', tagName: 'bdi', properties: {dir: 'ltr'}, children: nodes}]
}

/**
 * Wraps the nodes each run covers in one isolate, so that Latin text split
 * by inline markup (`"Libya is **open**."`) stays one isolate instead of
 * several that right-to-left text would put in reverse order. An element a
 * run only partly covers gets its own isolates inside.
 */
function wrap(nodes: readonly ElementContent[], start: number, runs: readonly Range[]): ElementContent[] {
  const result: ElementContent[] = []
  let group: {run: Range; nodes: ElementContent[]} | undefined
  const close = () => {
    if (group) result.push(...isolate(group.nodes))
  }
  let next = 0
  let offset = start
  for (const node of cutTexts(nodes, start, runs)) {
    const end = offset + textOf(node).length
    while (next < runs.length && runs[next]![1] <= offset) next++
    const run = runs[next]
    // An empty node (an image, a comment) belongs to a run only strictly inside it.
    if (run && run[0] <= offset && end <= run[1] && (end > offset || run[0] < offset)) {
      if (group?.run !== run) {
        close()
        group = {run, nodes: []}
      }
      group.nodes.push(node)
    } else {
      close()
      group = undefined
      let last = next
      while (last < runs.length && runs[last]![0] < end) last++
      if (last > next && node.type === 'element' && !isOpaque(node)) {
        node.children = wrap(node.children, offset, runs.slice(next, last))
      }
      result.push(node)
    }
    offset = end
  }
  close()
  return result
}

/**
 * Isolates the left-to-right runs of `text` (Latin text with its quotes and
 * punctuation, phone numbers, e-mail addresses, URLs) in `<bdi dir="ltr">`,
 * so that the bidi algorithm cannot scatter their spaces and punctuation
 * in right-to-left text. Returns `[{type: 'text', value: text}]` when `text`
 * holds no right-to-left letter. The text of the result is `text`, exactly.
 */
export function isolatedText(text: string): ElementContent[] {
  const nodes: ElementContent[] = [{type: 'text', value: text}]
  return RTL_LETTER.test(text) ? wrap(nodes, 0, findRuns(text)) : nodes
}

/**
 * Isolates left-to-right runs in every block (`p`, `li`, a heading, a
 * cell...) of `tree` that holds a right-to-left letter, leaving code and
 * elements that set their own direction unsplit. Mutates and returns `tree`.
 */
export function isolateLtr(tree: Root): Root {
  visit(tree)
  return tree
}

function visit(parent: Root | Element): void {
  if (parent.type === 'element' && BLOCKS.has(parent.tagName)) {
    const text = parent.children.map(textOf).join('')
    if (RTL_LETTER.test(text)) parent.children = wrap(parent.children, 0, findRuns(text))
  }
  for (const child of parent.children) if (child.type === 'element' && !isOpaque(child)) visit(child)
}
