import type {Element} from 'hast'
import {h} from 'hastscript'
import type {PageContext} from '../../src/render/context.ts'
import type {Candidate, PictureView} from '../../src/pictures/view.ts'

/** How a page shows a picture. */
export interface PictureOptions {
  /** The `sizes` attribute: how wide the picture is drawn, for the browser to pick a file. */
  sizes: string
  /** Below the fold: load only as the reader nears it. The lead picture is not, so it shows at once. */
  lazy: boolean
}

/** Widths the pages draw pictures at: the reading column (about 44rem), a lead story, a thumbnail. */
export const pictureSizes = {
  column: '(min-width: 48rem) 44rem, calc(100vw - 2rem)',
  thumbnail: '(min-width: 48rem) 10rem, 30vw'
} as const

function srcset(context: PageContext, candidates: readonly Candidate[]): string {
  return candidates.map((candidate) => `${context.link(candidate.url)} ${candidate.width}w`).join(', ')
}

/**
 * A `<picture>` with a `<source>` per modern format and the fallback in the
 * `<img>`, whose `width` and `height` reserve its box before it loads. A
 * remote picture is an `<img>` of its address alone.
 */
export function picture(context: PageContext, view: PictureView, options: PictureOptions): Element {
  const loading = options.lazy ? {loading: 'lazy'} : {}
  if (view.fallback.length === 0) {
    return h('img', {src: view.src, alt: view.alt, ...loading, decoding: 'async'})
  }
  return h('picture', [
    ...view.sources.map((source) =>
      h('source', {type: source.type, srcSet: srcset(context, source.candidates), sizes: options.sizes})
    ),
    h('img', {
      src: context.link(view.src),
      srcSet: srcset(context, view.fallback),
      sizes: options.sizes,
      width: view.width,
      height: view.height,
      alt: view.alt,
      ...loading,
      decoding: 'async'
    })
  ])
}

/** A picture with its caption and credit, when it has either, under it. */
export function figure(
  context: PageContext,
  view: PictureView,
  options: PictureOptions,
  className = 'figure'
): Element {
  const caption = [
    view.caption ? h('span.caption', view.caption) : undefined,
    view.credit ? h('span.credit', view.credit) : undefined
  ].filter((node) => node !== undefined)
  return h(
    `figure.${className}`,
    [picture(context, view, options), caption.length > 0 ? h('figcaption', caption) : undefined].filter(
      (node) => node !== undefined
    )
  )
}
