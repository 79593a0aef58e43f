import type {Article} from '../types.ts'

/** One file a picture may be shown from, for `srcset`. */
export interface Candidate {
  /** Site-relative URL, such as `/media/haftar-3f9a1c2b7e-800.webp`. */
  url: string
  width: number
}

/**
 * A picture as pages show it: plain data, so a page's fingerprint covers
 * everything its pictures print. A remote picture has only `src`.
 */
export interface PictureView {
  /** The fallback file's site-relative URL (the widest), or the remote address. */
  src: string
  width?: number
  height?: number
  /** Modern formats, best first, each with its candidates. */
  sources: Array<{type: string; candidates: Candidate[]}>
  /** Candidates of the fallback format, for the `<img>`'s own `srcset`. */
  fallback: Candidate[]
  alt: string
  caption?: string
  credit?: string
}

/** What a processed picture gives a view: its size and files (see `processPictures`). */
export interface ProcessedPicture {
  width: number
  height: number
  fallback: string
  derivatives: ReadonlyArray<{path: string; width: number; format: string}>
}

/** What a picture says about itself besides its files. */
export interface PictureText {
  alt: string
  caption?: string
  credit?: string
}

/** The order of `<source>` elements: a browser takes the first type it can show, so the smallest comes first. */
const modern = ['avif', 'webp'] as const

/** The view of a picture: a remote `src` as it is, or a processed one's files. */
export function pictureView(src: string, processed: ProcessedPicture | undefined, text: PictureText): PictureView {
  const words = {
    alt: text.alt,
    ...(text.caption ? {caption: text.caption} : {}),
    ...(text.credit ? {credit: text.credit} : {})
  }
  if (!processed) return {src, sources: [], fallback: [], ...words}
  const candidates = (format: string) =>
    processed.derivatives
      .filter((file) => file.format === format)
      .map((file) => ({url: `/${file.path}`, width: file.width}))
      .sort((a, b) => a.width - b.width)
  const fallback = candidates(processed.fallback)
  const sources = modern
    .map((format) => ({type: `image/${format}`, candidates: candidates(format)}))
    .filter((source) => source.candidates.length > 0)
  return {src: fallback.at(-1)!.url, width: processed.width, height: processed.height, sources, fallback, ...words}
}

/** The views of a site's pictures, by article: what pages and lists show. */
export interface SitePictures {
  /** The article's lead picture, if it has one. */
  lead: (article: Article) => PictureView | undefined
  /** The article's body pictures, in the order of `article.pictures`. */
  body: (article: Article) => PictureView[]
}

/** A site whose pictures are shown as their addresses alone, unprocessed: what the API's render gets without a build. */
export const unprocessedPictures: SitePictures = {
  lead: (article) => (article.image ? pictureView(article.image, undefined, leadText(article)) : undefined),
  body: (article) => (article.pictures ?? []).map((item) => pictureView(item.src, undefined, item))
}

/** What an article says about its lead picture: its alt text is `imageAlt`, else the caption, else the headline. */
export function leadText(article: Article): PictureText {
  return {
    alt: article.imageAlt ?? article.imageCaption ?? article.title,
    ...(article.imageCaption ? {caption: article.imageCaption} : {}),
    ...(article.imageCredit ? {credit: article.imageCredit} : {})
  }
}
