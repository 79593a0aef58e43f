import type {Element, ElementContent, Root} from 'hast'
import type {BodyPicture} from '../types.ts'

/** What stands in the body's HTML for its N-th local picture until a page shows it (see `pictureMarker`). */
export const PICTURE_MARKER = /<!--picture:(\d+)-->/g

/** An http(s) address: a picture used as it is, never processed. */
export function isRemote(src: string): boolean {
  return /^https?:\/\//i.test(src)
}

/**
 * Takes the local pictures out of a body tree, leaving a comment in the
 * place of each: the picture's sizes and files are known only once the build
 * has processed it, and a comment is the one node sanitized text can never
 * hold, so no article can forge one. A paragraph holding nothing but a
 * picture gives way to it whole, to become a figure. Remote pictures stay as
 * they are. Returns the pictures in order.
 */
export function extractPictures(tree: Root): BodyPicture[] {
  const pictures: BodyPicture[] = []
  const visit = (parent: Root | Element) => {
    parent.children = (parent.children as ElementContent[]).map((child): ElementContent => {
      if (child.type !== 'element') return child
      const alone = child.tagName === 'p' ? onlyPicture(child) : undefined
      const picture = alone ?? (child.tagName === 'img' ? child : undefined)
      if (picture && isLocal(picture)) {
        pictures.push(describe(picture, alone !== undefined))
        return {type: 'comment', value: `picture:${pictures.length - 1}`}
      }
      visit(child)
      return child
    })
  }
  visit(tree)
  return pictures
}

function isLocal(image: Element): boolean {
  const src = image.properties.src
  return typeof src === 'string' && src !== '' && !isRemote(src)
}

/** The picture a paragraph holds and nothing else but white space. */
function onlyPicture(paragraph: Element): Element | undefined {
  const content = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''))
  const [only] = content
  return content.length === 1 && only?.type === 'element' && only.tagName === 'img' ? only : undefined
}

function describe(image: Element, block: boolean): BodyPicture {
  const {src, alt, title} = image.properties
  const start = image.position?.start
  return {
    src: String(src),
    alt: typeof alt === 'string' ? alt.trim() : '',
    ...(typeof title === 'string' && title.trim() !== '' ? {caption: title.trim()} : {}),
    block,
    ...(start ? {place: {line: start.line, column: start.column}} : {})
  }
}
