import {Readability} from '@mozilla/readability'
import type {Element, ElementContent, Root} from 'hast'
import {fromHtml} from 'hast-util-from-html'
import {toText} from 'hast-util-to-text'
import {parseHTML} from 'linkedom'
import rehypeSanitize, {defaultSchema} from 'rehype-sanitize'
import {unified} from 'unified'
import type {Body} from './body-text.ts'
import {foldLabel} from './fold.ts'
import {blocksOf, fixLinks, hasImage, withoutFurnitureAtEdges, withoutLeadFigure} from './html-blocks.ts'
import {type PageMetadata, type PageProblem, readPageMetadata} from './page-metadata.ts'
import {cleanText} from './words.ts'

/** A saved web page read: its article's body, the page's metadata, and the problems to report. */
export interface HtmlPage {
  body: Body
  metadata: PageMetadata
  /** Every problem of the page, those of `metadata` included. */
  problems: PageProblem[]
}

/**
 * GitHub's schema, as for Markdown, with figures, and with the elements whose
 * content is code or a fallback removed whole instead of unwrapped. Ids keep
 * GitHub's prefix: here they come from a foreign page and could clash with ours.
 */
const sanitize = unified()
  .use(rehypeSanitize, {
    ...defaultSchema,
    tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
    strip: [
      'script',
      'style',
      'title',
      'template',
      'noscript',
      'iframe',
      'object',
      'embed',
      'svg',
      'math',
      'video',
      'audio'
    ]
  })
  .freeze()

/**
 * Extracts the article of a saved web page: metadata first, from the page as
 * saved; then the text, by Readability, sanitized as Markdown bodies are and
 * cut into top-level blocks without the headline, byline, date and lead
 * figure. A page without article text gives an empty body and a problem.
 */
export function parseHtmlPage(source: string): HtmlPage {
  // linkedom makes no `<html>` around a fragment (its first element becomes the root, and Readability refuses it).
  const {document} = parseHTML(
    /<html[\s>]/i.test(source) ? source : `<!doctype html><html><body>${source}</body></html>`
  )
  const metadata = readPageMetadata(document, source)
  const base = pageUrl(document)
  const article = new Readability(document).parse()
  const blocks = article?.content ? articleBlocks(article.content, metadata, base) : []
  const tree: Root = {
    type: 'root',
    children: blocks.flatMap((block, index) => (index > 0 ? [newline(), block] : [block]))
  }
  const paragraphs = blocks.map((block) => cleanText(toText(block))).filter((line) => line !== '')
  const problems = [...metadata.problems]
  if (paragraphs.length === 0) {
    problems.push({
      reason:
        'Unexpected page without article text, expected a saved news article; ' +
        "save the article's own page, or paste its text into a .txt file",
      ruleId: 'html-without-article',
      place: {line: 1, column: 1}
    })
  }
  const body: Body = metadata.title === undefined ? {tree, paragraphs} : {tree, paragraphs, title: metadata.title}
  return {body, metadata, problems}
}

function newline(): ElementContent {
  return {type: 'text', value: '\n'}
}

/** The address the page was saved from, against which its relative links are resolved. */
function pageUrl(document: Document): URL | undefined {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
  const og = document.querySelector('meta[property="og:url"]')?.getAttribute('content')
  const url = [canonical, og].find((value) => value && /^https?:\/\//i.test(value) && URL.canParse(value))
  return url ? new URL(url) : undefined
}

/** The article's blocks, links fixed; none when no block reads as prose (a home page's list of headlines). */
function articleBlocks(html: string, metadata: PageMetadata, base: URL | undefined): Element[] {
  const tree = sanitize.runSync(fromHtml(html, {fragment: true})) as Root
  let blocks = withoutLeadFigure(blocksOf(tree.children as ElementContent[]), metadata.image)
  blocks = withoutFurnitureAtEdges(blocks, metadata)
  blocks = blocks.filter((block) => hasImage(block) || !adLabel.test(foldLabel(toText(block))))
  if (!blocks.some(isProse)) return []
  for (const block of blocks) fixLinks(block, base)
  return blocks
}

/** The folded text of an empty block, or of an ad slot's label: neither is article text. */
const adLabel = /^(?:|اعلان|اعلانات|مساحه اعلانيه|advertisement|ads?)$/

/** A paragraph of at least eight words, most of them not link text. */
function isProse(block: Element): boolean {
  if (block.tagName !== 'p' && block.tagName !== 'blockquote') return false
  const text = cleanText(toText(block))
  const linked = linkText(block)
  return text.split(' ').length >= 8 && linked.length < text.length / 2
}

function linkText(node: ElementContent): string {
  if (node.type !== 'element') return ''
  return node.tagName === 'a' ? toText(node) : node.children.map(linkText).join('')
}
