import type {Element, ElementContent, Root} from 'hast'
import {toText} from 'hast-util-to-text'
import {classifyChrome} from './chrome-lines.ts'
import type {PageMetadata} from './page-metadata.ts'
import {cleanText} from './words.ts'

/** Elements kept whole as top-level blocks; other wrappers are unwrapped. */
const blockNames = new Set('p h1 h2 h3 h4 h5 h6 blockquote ul ol dl figure table pre hr details'.split(' '))

/** Top-level blocks: wrappers unwrapped, loose inline content gathered into paragraphs. */
export function blocksOf(nodes: readonly ElementContent[]): Element[] {
  const blocks: Element[] = []
  let run: ElementContent[] = []
  const flush = () => {
    if (run.some((node) => hasImage(node) || toText(node).trim() !== '')) blocks.push(paragraph(run))
    run = []
  }
  for (const node of nodes) {
    if (node.type === 'element' && blockNames.has(node.tagName)) {
      flush()
      blocks.push(node)
    } else if (node.type === 'element' && (node.tagName === 'div' || node.tagName === 'section' || holdsBlock(node))) {
      flush()
      blocks.push(...blocksOf(node.children))
    } else run.push(node)
  }
  flush()
  return blocks
}

function holdsBlock(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && (blockNames.has(child.tagName) || holdsBlock(child)))
}

/** A `<p>` of `run` without the white space at its ends. */
function paragraph(run: ElementContent[]): Element {
  const children = [...run]
  while (children[0]?.type === 'text' && children[0].value.trim() === '') children.shift()
  while (children.at(-1)?.type === 'text' && (children.at(-1) as {value: string}).value.trim() === '') children.pop()
  return {type: 'element', tagName: 'p', properties: {}, children}
}

/** Links and images resolved against the page's address; a link that cannot be is unwrapped, an image dropped. */
export function fixLinks(parent: Root | Element, base: URL | undefined): void {
  parent.children = (parent.children as ElementContent[]).flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child]
    fixLinks(child, base)
    const attribute = child.tagName === 'a' ? 'href' : child.tagName === 'img' ? 'src' : undefined
    if (attribute === undefined) return [child]
    const url = absolute(child.properties[attribute], base)
    if (url !== undefined) child.properties[attribute] = url
    return url !== undefined ? [child] : child.tagName === 'a' ? child.children : []
  })
}

function absolute(value: unknown, base: URL | undefined): string | undefined {
  // A fragment points into the page saved, whose ids are gone or prefixed.
  if (typeof value !== 'string' || value.startsWith('#')) return undefined
  if (/^[a-z][a-z\d+.-]*:/i.test(value)) return value
  if (value.startsWith('//')) return `https:${value}`
  return base && URL.canParse(value, base) ? new URL(value, base).href : undefined
}

/** `blocks` without the figure or short paragraph showing the page's image, and the caption after an image alone. */
export function withoutLeadFigure(blocks: Element[], image: string | undefined): Element[] {
  const index = image === undefined ? -1 : blocks.findIndex((block) => isLead(block, image))
  if (index === -1) return blocks
  const alone = cleanText(toText(blocks[index]!)) === ''
  const next = blocks[index + 1]
  const caption = alone && next !== undefined && classifyChrome(toText(next), noFurniture)?.rule === 'image-caption'
  return blocks.filter((_, at) => at !== index && !(caption && at === index + 1))
}

function isLead(block: Element, image: string): boolean {
  const src = firstImage(block)?.properties.src
  if (typeof src !== 'string' || !URL.canParse(src)) return false
  const short = block.tagName === 'figure' || cleanText(toText(block)).split(' ').length <= 30
  return short && new URL(src).pathname === new URL(image).pathname
}

function firstImage(node: ElementContent): Element | undefined {
  if (node.type !== 'element') return undefined
  if (node.tagName === 'img') return node
  for (const child of node.children) {
    const found = firstImage(child)
    if (found) return found
  }
  return undefined
}

/** Whether `node` is or holds an `<img>`. */
export function hasImage(node: ElementContent): boolean {
  return firstImage(node) !== undefined
}

/** No site's own furniture list: here only `classifyChrome`'s general rules apply. */
const noFurniture = new Set<string>()

/**
 * `blocks` without the headline, byline, date, tags or share bar before the
 * first paragraph of text or after the last, where Readability keeps them
 * when they sit in the article's own wrapper, nor a heading after the last
 * paragraph (a newsletter box's title): it heads nothing. Images there stay.
 */
export function withoutFurnitureAtEdges(blocks: Element[], metadata: PageMetadata): Element[] {
  const furniture = blocks.map((block) => !hasImage(block) && isFurniture(block, metadata))
  const text = blocks.map((block, index) => !furniture[index] && !hasImage(block))
  const first = text.indexOf(true)
  const last = text.findLastIndex((isText, index) => isText && !/^h[1-6]$/.test(blocks[index]!.tagName))
  return blocks.filter((block, index) => (index > last ? hasImage(block) : !furniture[index] || index > first))
}

/** What a view counter says: `1,482 مشاهدة`. */
const views = /^[\d,.٬\u0660-\u0669]+\s*(?:مشاهدة|مشاهدات|قراءة|زيارة|views?)$/u

/**
 * A block that states the headline, byline, date or other page furniture
 * rather than the article, whole or in each of its parts: the parts of a
 * line such as `<span>بقلم: …</span> <time>…</time>` are only spaced apart.
 */
function isFurniture(block: Element, metadata: PageMetadata): boolean {
  const text = cleanText(toText(block))
  if (text === '' || text === metadata.title || isChromeLine(text, metadata)) return true
  const parts = block.children.map((child) => cleanText(toText(child))).filter((part) => part !== '')
  return parts.length > 1 && parts.every((part) => isChromeLine(part, metadata))
}

function isChromeLine(text: string, metadata: PageMetadata): boolean {
  if (metadata.author?.split('، ').includes(text) || views.test(text)) return true
  const rule = classifyChrome(text, noFurniture)?.rule
  return rule === 'byline' || rule === 'date-line' || rule === 'page-furniture' || rule === 'related-links'
}
