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
  const metadata = await sharp(bytes).metadata()
  const format = metadata.format
  if ((format === 'svg' || format === 'gif') && metadata.width && metadata.height) {
    const file = {format, width: metadata.width, height: metadata.height, bytes}
    return {width: file.width, height: file.height, fallback: format, files: [file]}
  }
  if (!ENCODED.has(String(format))) throw new Error(`is a ${format ?? 'file'} sharp cannot encode`)
  // Oriented first: a portrait photo stored sideways has its width and height swapped in the file.
  const upright = await sharp(bytes).rotate().toBuffer({resolveWithObject: true})
  const {width, height} = upright.info
  const fallback = metadata.hasAlpha ? 'png' : 'jpeg'
  const files: EncodedFile[] = []
  for (const target of widthsFor(width)) {
    const resized = () => sharp(upright.data).resize({width: target, withoutEnlargement: true}).toColourspace('srgb')
    const outputs = await Promise.all([
      resized().avif(ENCODING.avif).toBuffer({resolveWithObject: true}),
      resized().webp(ENCODING.webp).toBuffer({resolveWithObject: true}),
      fallback === 'png'
        ? resized().png(ENCODING.png).toBuffer({resolveWithObject: true})
        : resized().jpeg(ENCODING.jpeg).toBuffer({resolveWithObject: true})
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
