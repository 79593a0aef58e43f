import sharp from 'sharp'
import {ENCODING, widthsFor} from './settings.ts'

/** A format a derivative may have: encoded ones, and the two copied as they are. */
export type PictureFormat = 'avif' | 'webp' | 'jpeg' | 'png' | 'svg' | 'gif'

/** One encoded file, before it has a name. */
export interface EncodedFile {
  format: PictureFormat
  width: number
  height: number
  bytes: Uint8Array
}

/** A picture's size and files. */
export interface Encoded {
  width: number
  height: number
  fallback: 'jpeg' | 'png' | 'svg' | 'gif'
  files: EncodedFile[]
}

/** Formats sharp decodes and this stage encodes again. */
const ENCODED = new Set(['jpeg', 'png', 'webp', 'avif', 'heif'])

/**
 * Encodes a picture at each width of `widthsFor` in AVIF, WebP and a
 * fallback: JPEG, or PNG when the picture has transparency. It is turned as
 * its EXIF orientation says, converted to sRGB, and stripped of metadata
 * (a camera's GPS position must not reach readers). SVG and GIF are copied
 * as they are: one is drawn at any size, the other may move.
 * Throws when the bytes are not a picture sharp can read.
 */
export async function encodePicture(bytes: Uint8Array): Promise<Encoded> {
  const metadata = await sharp(bytes)
    .metadata()
    .catch((error: Error) => {
      throw new Error(problemOf(error))
    })
  const format = metadata.format
  if (format === 'svg') checkSvg(bytes)
  if ((format === 'svg' || format === 'gif') && metadata.width && metadata.height) {
    const file = {format, width: metadata.width, height: metadata.height, bytes}
    return {width: file.width, height: file.height, fallback: format, files: [file]}
  }
  if (!ENCODED.has(String(format))) throw new Error(UNSUPPORTED)
  // Decoded once, upright (a portrait photo is often stored sideways) and in sRGB, to raw pixels:
  // every file is then cut from the original, never from a copy compressed again.
  const upright = await sharp(bytes)
    .rotate()
    .toColourspace('srgb')
    .raw()
    .toBuffer({resolveWithObject: true})
    .catch((error: Error) => {
      throw new Error(problemOf(error))
    })
  const {width, height, channels} = upright.info
  // A PNG with an alpha channel that no pixel uses, such as most screenshots, is as well served by JPEG.
  const transparent = metadata.hasAlpha === true && !(await sharp(bytes).stats()).isOpaque
  const fallback = transparent ? 'png' : 'jpeg'
  const files: EncodedFile[] = []
  for (const target of widthsFor(width)) {
    const resized = () =>
      sharp(upright.data, {raw: {width, height, channels}}).resize({width: target, withoutEnlargement: true})
    const outputs = await Promise.all([
      resized().avif(ENCODING.avif).toBuffer({resolveWithObject: true}),
      resized().webp(ENCODING.webp).toBuffer({resolveWithObject: true}),
      fallback === 'png'
        ? resized().png(ENCODING.png).toBuffer({resolveWithObject: true})
        : resized().flatten({background: '#ffffff'}).jpeg(ENCODING.jpeg).toBuffer({resolveWithObject: true})
    ])
    outputs.forEach((output, index) => {
      files.push({
        format: (['avif', 'webp', fallback] as const)[index]!,
        width: output.info.width,
        height: output.info.height,
        bytes: new Uint8Array(output.data)
      })
    })
  }
  return {width, height, fallback, files}
}

const UNSUPPORTED = 'is not a JPEG, PNG, WebP, AVIF, GIF or SVG picture'

/** What went wrong with a file sharp could not decode, in an editor's words. */
function problemOf(error: Error): string {
  if (/unsupported image format/i.test(error.message)) return UNSUPPORTED
  return 'is damaged or cut short'
}

/**
 * Refuses an SVG that could run script when its address is opened, and one
 * without a size, which sharp would guess at and a browser draw otherwise.
 */
function checkSvg(bytes: Uint8Array): void {
  const text = new TextDecoder().decode(bytes)
  if (/<script|<foreignObject|\son[a-z]+\s*=|javascript:/i.test(text)) {
    throw new Error('holds script, which a picture may not; export it again as plain SVG')
  }
  const root = /<svg\b[^>]*>/i.exec(text)?.[0] ?? ''
  const sized =
    /\bviewBox\s*=/i.test(root) || (/\bwidth\s*=\s*["']?\d/i.test(root) && /\bheight\s*=\s*["']?\d/i.test(root))
  if (!sized) throw new Error('has no size; give its <svg> a viewBox')
}
