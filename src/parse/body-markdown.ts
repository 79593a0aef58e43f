import type {Element, ElementContent, Root as HastRoot} from 'hast'
import {toText} from 'hast-util-to-text'
import type {Root as MdastRoot} from 'mdast'
import {toString as mdastText} from 'mdast-util-to-string'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {paragraphsTree, type Body} from './body-text.ts'
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
 * A line CommonMark can only read as paragraph text, taken as it is: it
 * starts with no character that opens a block (digits, `-`, `+`, `=`, `!`,
 * white space) and ends without white space, and nowhere holds a control
 * character or a character that opens inline markup, an escape or an entity.
 */
const PLAIN_LINE = /^(?![\s\d+=!-])[^\0-\x1f\x7f-\x9f\\`*_[\]<>&#~|]+(?<!\s)$/

/**
 * Splits `text` into its paragraphs when it is nothing but plain lines in
 * blocks separated by empty lines, where CommonMark gives exactly one `<p>`
 * per block with the text unchanged; `undefined` for anything else, which
 * must go through the full parser. `tests/markdown-fast-path.test.ts` proves
 * the HTML byte-identical on many thousands of generated inputs.
 */
export function plainParagraphs(text: string): string[] | undefined {
  const blocks: string[] = []
  let block: string[] = []
  for (const line of text.split('\n')) {
    if (line === '') {
      if (block.length > 0) blocks.push(block.join('\n'))
      block = []
    } else if (PLAIN_LINE.test(line)) {
      block.push(line)
    } else {
      return undefined
    }
  }
  if (block.length > 0) blocks.push(block.join('\n'))
  return blocks
}

/**
 * Parses a Markdown body. Without a `title` from front matter, a leading `#`
 * heading becomes the headline and leaves the body; with one, only a leading
 * heading repeating it does. Plain paragraphs, most of a news archive, skip
 * the Markdown parser: they cannot hold a heading, markup or a link.
 */
export function parseMarkdownBody(text: string, given?: string): Body {
  const plain = plainParagraphs(text)
  return plain ? bodyOf(paragraphsTree(plain)) : parseWithUnified(text, given)
}

/** `parseMarkdownBody` through the full unified pipeline, whatever the text: the reference the fast path is tested against. */
export function parseWithUnified(text: string, given?: string): Body {
  const mdast = markdown.parse(text) as MdastRoot
  let title: string | undefined
  const first = mdast.children[0]
  if (first?.type === 'heading' && first.depth === 1) {
    const heading = cleanText(mdastText(first))
    if (heading !== '' && (given === undefined || heading === given)) {
      title = heading
      mdast.children.shift()
    }
  }
  return bodyOf(markdown.runSync(mdast) as HastRoot, title)
}

function bodyOf(tree: HastRoot, title?: string): Body {
  const paragraphs = tree.children
    .filter((node) => node.type === 'element')
    .map((node) => cleanText(toText(node)))
    .filter((line) => line !== '')
  return title === undefined ? {tree, paragraphs} : {tree, paragraphs, title}
}
