import path from 'node:path'
import {isRemote} from '../parse/body-pictures.ts'
import type {Place} from '../messages.ts'
import type {Article} from '../types.ts'

/** File types a picture may have: those sharp encodes, and SVG and GIF, which are copied as they are. */
const PICTURE_TYPES = new Set(['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif', '.svg'])

/** One picture an article names: its lead picture, or one in its body. */
export interface PictureReference {
  /** As the article writes it. */
  src: string
  place?: Place
  /** Where it leads: a file, a remote address, or why it cannot be used. */
  target: {file: string} | {remote: string} | {problem: string; rule: string}
}

/** Where an article's pictures may be: its own folder and those under the articles folder, and public/. */
export interface PictureRoots {
  articles: string
  public: string
}

/**
 * Where `src`, written in the article at `source`, leads: an http(s) address
 * as it is; `/…` a file in public/; anything else a file from the article's
 * folder, which must stay inside the articles folder.
 */
export function resolvePicture(src: string, source: string, roots: PictureRoots): PictureReference['target'] {
  if (isRemote(src)) return {remote: src}
  let decoded: string
  try {
    decoded = decodeURIComponent(src.replace(/[?#].*$/, ''))
  } catch {
    decoded = src
  }
  const fromPublic = decoded.startsWith('/')
  const root = path.resolve(fromPublic ? roots.public : roots.articles)
  const file = fromPublic ? path.resolve(root, `.${decoded}`) : path.resolve(root, path.dirname(source), decoded)
  if (file !== root && !file.startsWith(root + path.sep)) {
    return {
      problem: `Unexpected picture \`${src}\` outside the ${fromPublic ? 'public' : 'articles'} folder, expected a picture beside the article or in public/; move it there`,
      rule: 'picture-outside'
    }
  }
  if (!PICTURE_TYPES.has(path.extname(file).toLowerCase())) {
    return {
      problem: `Unexpected picture \`${src}\`, expected a .jpg, .png, .webp, .avif, .gif or .svg file`,
      rule: 'picture-type'
    }
  }
  return {file}
}

/** Every picture `article` names, lead first, each resolved (see `resolvePicture`). */
export function referencesOf(article: Article, roots: PictureRoots): PictureReference[] {
  const named = [
    ...(article.image ? [{src: article.image, place: article.places?.image}] : []),
    ...(article.pictures ?? []).map((item) => ({src: item.src, place: item.place}))
  ]
  return named.map(({src, place}) => ({
    src,
    ...(place ? {place} : {}),
    target: resolvePicture(src, article.source, roots)
  }))
}
