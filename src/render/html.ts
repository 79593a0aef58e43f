import type {Root} from 'hast'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'

/** The one serializer of the site: every text and attribute is escaped here. */
const serializer = unified().use(rehypeStringify).freeze()

/** Serializes a hast tree to HTML. */
export function toHtml(tree: Root): string {
  return serializer.stringify(tree)
}
