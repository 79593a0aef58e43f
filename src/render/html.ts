import type {Root} from 'hast'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'

/**
 * The one serializer of the site: every text and attribute is escaped here.
 * Raw nodes pass through for one use only: an article body, which this same
 * serializer produced from a sanitized tree when the article was parsed.
 */
const serializer = unified().use(rehypeStringify, {allowDangerousHtml: true}).freeze()

/** Serializes a hast tree to HTML. */
export function toHtml(tree: Root): string {
  return serializer.stringify(tree)
}
