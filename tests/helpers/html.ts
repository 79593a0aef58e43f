import type {Element, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {select, selectAll} from 'hast-util-select'
import {toText} from 'hast-util-to-text'

/** Parses a built page, failing the test on any HTML parse error. */
export function parsePage(html: string): Root {
  const errors: string[] = []
  const tree = fromHtml(html, {onerror: (error) => void errors.push(error.reason)})
  if (errors.length > 0) throw new Error(`HTML parse errors: ${errors.join('; ')}`)
  return tree
}

/** The element matching `selector`, or a thrown error naming it. */
export function one(tree: Root | Element, selector: string): Element {
  const found = select(selector, tree)
  if (!found) throw new Error(`No element matches \`${selector}\``)
  return found
}

/** Text of every element matching `selector`. */
export function texts(tree: Root | Element, selector: string): string[] {
  return selectAll(selector, tree).map((element) => toText(element))
}
