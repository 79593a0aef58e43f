import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {toText} from 'hast-util-to-text'
import type {Root as MdastRoot} from 'mdast'
import {toString} from 'mdast-util-to-string'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import type {Body} from './body-text.ts'
import {cleanText} from './words.ts'

/**
 * CommonMark to sanitized hast, built once. Raw HTML is dropped by
 * remark-rehype; sanitizing removes `javascript:` and `data:` URLs and
 * anything else outside GitHub's schema. Ids come only from remark-rehype,
 * which already prefixes them, so sanitizing must not prefix them again.
 */
const markdown = unified()
  .use(remarkParse)
  .use(remarkRehype, {allowDangerousHtml: false})
  .use(rehypeSanitize, {...defaultSchema, clobberPrefix: ''})
  .use(() => unwrapDeadLinks)
  .freeze()

/** Replaces each `<a>` that sanitizing left without `href` by its text: a link that goes nowhere only misleads. */
function unwrapDeadLinks(tree: HastRoot | Element): void {
  tree.children = (tree.children as ElementContent[]).flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child]
    unwrapDeadLinks(child)
    return child.tagName === 'a' && child.properties.href === undefined ? child.children : [child]
  })
}

/**
 * Parses a Markdown body. Without a `title` from front matter, a leading `#`
 * heading becomes the headline and leaves the body; with one, only a leading
 * heading repeating it does.
 */
export function parseMarkdownBody(text: string, given?: string): Body {
  const mdast = markdown.parse(text) as MdastRoot
  let title: string | undefined
  const first = mdast.children[0]
  if (first?.type === 'heading' && first.depth === 1) {
    const heading = cleanText(toString(first))
    if (heading !== '' && (given === undefined || heading === given)) {
      title = heading
      mdast.children.shift()
    }
  }
  const tree = markdown.runSync(mdast) as HastRoot
  const paragraphs = tree.children
    .filter((node) => node.type === 'element')
    .map((node) => cleanText(toText(node)))
    .filter((line) => line !== '')
  return {tree, paragraphs, title}
}
