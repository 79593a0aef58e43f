/**
 * Widths pictures are encoded at. 400 covers a thumbnail on a phone's
 * double-density screen and a phone's column; 800 the 44rem reading column
 * at 1×; 1200 and 1600 that column and the lead picture at 1.5× and 2×.
 */
export const WIDTHS = [400, 800, 1200, 1600] as const

/**
 * Encoder settings, part of every cache key: changing one encodes every
 * picture again. AVIF at effort 2 encodes in about a tenth of the default's
 * time for files a few per cent larger; quality 50 in AVIF and 75 in WebP
 * look alike to 78 in mozjpeg on photographs.
 */
export const ENCODING = {
  version: 1,
  avif: {quality: 50, effort: 2},
  webp: {quality: 75, effort: 4},
  jpeg: {quality: 78, mozjpeg: true},
  png: {compressionLevel: 9, effort: 7}
} as const

/** The widths a picture `width` pixels wide is encoded at: never wider than itself, its own width the widest when under 1,600. */
export function widthsFor(width: number): number[] {
  const largest = WIDTHS.at(-1)!
  const below = WIDTHS.filter((rung) => rung < width && rung < largest)
  return [...below, Math.min(width, largest)]
}
