/** Paths already encoded: every page links dozens of articles and terms, each linked from many pages. */
const encodedPaths = new Map<string, string>()

/** Percent-encodes each segment of a site-relative path, keeping the `/` separators. */
export function encodePath(url: string): string {
  let encoded = encodedPaths.get(url)
  if (encoded === undefined) {
    encoded = url.split('/').map(encodeURIComponent).join('/')
    encodedPaths.set(url, encoded)
  }
  return encoded
}

/**
 * A link from the page at `from` to `to`, both site-relative (`/articles/x/`),
 * written relative so the site works under any base path and from disk.
 */
export function relativeUrl(from: string, to: string): string {
  const depth = from.split('/').length - 2
  const up = depth > 0 ? '../'.repeat(depth) : './'
  return up + encodePath(to.slice(1))
}

/** The output file for a site-relative URL: `index.html` inside folders. */
export function outputPath(url: string): string {
  const path = url.slice(1)
  return path === '' || path.endsWith('/') ? `${path}index.html` : path
}

/** The absolute URL of a site-relative URL under the configured base URL, percent-encoded. */
export function absoluteUrl(baseUrl: string, url: string): string {
  return new URL(encodePath(url.slice(1)), baseUrl).href
}
