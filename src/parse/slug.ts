/** Letters (any script, with their marks), digits, `-` and `_`: nothing that can form a path. */
const validSlug = /^[\p{L}\p{M}\p{N}_-]+$/u

/** Whether `slug` is safe as one URL path segment and folder name. */
export function isValidSlug(slug: string): boolean {
  return validSlug.test(slug) && slug === slug.normalize('NFC')
}

/** A valid slug close to `text`, for suggesting a fix; `article` when nothing of it is usable. */
export function suggestSlug(text: string): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}_-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '')
  return slug === '' ? 'article' : slug
}
