import type {Root} from 'hast'
import {h} from 'hastscript'
import {isHeadingLike} from './headline.ts'
import {cleanText} from './words.ts'

/** A parsed body: its tree, its blocks as plain text, and a headline when the body itself gives one. */
export interface Body {
  tree: Root
  paragraphs: string[]
  /** The headline the body states (a heading-like first line, a leading `#` heading). */
  title?: string
}

/**
 * Reads plain text as an editor pastes it: every non-empty line is one
 * paragraph, and nothing in it is markup. Without a `title` from front
 * matter, a heading-like first line followed by more text is the headline,
 * not a paragraph; with one, only a first line repeating it is dropped.
 */
export function parseTextBody(lines: readonly string[], title?: string): Body {
  let paragraphs = lines.map(cleanText).filter((line) => line !== '')
  const first = paragraphs[0]
  if (first !== undefined && paragraphs.length > 1 && (title === undefined ? isHeadingLike(first) : first === title)) {
    paragraphs = paragraphs.slice(1)
    return {tree: paragraphsTree(paragraphs), paragraphs, title: first}
  }
  return {tree: paragraphsTree(paragraphs), paragraphs}
}

/** A hast root of one `<p>` per string, one per line in the HTML. */
export function paragraphsTree(paragraphs: readonly string[]): Root {
  const children: Root['children'] = []
  for (const [index, text] of paragraphs.entries()) {
    if (index > 0) children.push({type: 'text', value: '\n'})
    children.push(h('p', text))
  }
  return {type: 'root', children}
}
