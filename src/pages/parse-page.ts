import path from 'node:path'
import type {VFile} from 'vfile'
import {fail, hasErrors} from '../messages.ts'
import {isolateLtr} from '../parse/bidi.ts'
import {parseMarkdownBody} from '../parse/body-markdown.ts'
import {parseFrontMatter} from '../parse/front-matter.ts'
import {keyReader} from '../parse/front-matter-keys.ts'
import {isValidSlug, suggestSlug} from '../parse/slug.ts'
import {cleanText} from '../parse/words.ts'
import {toHtml} from '../render/html.ts'

/** A page of the site that is not news: about, contact, corrections policy. */
export interface SitePage {
  /** Its URL is `/<slug>/`; a nested file's slug holds its folder (`policies/corrections`). */
  slug: string
  url: string
  title: string
  /** For `<meta name="description">`; empty when the file gives none. */
  summary: string
  /** Its place in the footer: pages with a number come first, by number, the others after, by title. */
  order?: number
  /** The body, sanitized and serialized. */
  html: string
  /** Where the file gives its slug, for a message about it. */
  place?: {line: number; column: number}
}

/** The front matter keys of a page, with their Arabic names. */
const pageKeys = keyReader({title: ['العنوان'], slug: ['المعرف'], summary: ['الملخص'], order: ['الترتيب']})

/** First segments of URLs the site already uses, which a page may not take. */
const TAKEN = new Set([
  'articles',
  'tags',
  'authors',
  'sections',
  'archive',
  'latest',
  'page',
  'search',
  'api',
  'pagefind',
  'fonts',
  'media',
  'images'
])

/**
 * Turns one Markdown file of the pages folder into a page: its title from
 * `title` or a leading `#` heading, its URL from `slug` or its path in the
 * folder. Problems are messages on `file`; `undefined` when it has an error.
 * `name` is its path in the pages folder, `/`-separated.
 */
export function parsePage(file: VFile, name: string): SitePage | undefined {
  const front = parseFrontMatter(file, pageKeys)
  if (hasErrors([file])) return undefined
  for (const key of ['title', 'slug', 'summary'] as const) {
    const value = front.data[key]
    if (
      value !== undefined &&
      value !== null &&
      typeof value !== 'string' &&
      !(key === 'slug' && typeof value === 'number')
    ) {
      const name = front.names.get(key) ?? key
      fail(
        file,
        `Unexpected ${Array.isArray(value) ? 'list' : typeof value} for \`${name}\`, expected text`,
        'front-matter-type',
        front.places.get(key)
      )
    }
  }
  if (hasErrors([file])) return undefined
  const given = typeof front.data.title === 'string' ? cleanText(front.data.title) : undefined
  const body = parseMarkdownBody(front.body, given || undefined)
  const title = given || body.title
  if (!title) {
    fail(file, 'Unexpected page without a title, expected `title: …` or a first line `# …`', 'page-title', {
      line: 1,
      column: 1
    })
  }
  const slug = pageSlug(file, front.data.slug, name, front.places.get('slug'))
  const order = front.data.order
  if (order !== undefined && order !== null && typeof order !== 'number') {
    fail(
      file,
      `Unexpected \`${String(order)}\` for \`order\`, expected a number such as \`order: 1\``,
      'front-matter-type',
      front.places.get('order')
    )
  }
  if (!title || !slug || hasErrors([file])) return undefined
  const summary = typeof front.data.summary === 'string' ? cleanText(front.data.summary) : ''
  return {
    slug,
    url: `/${slug}/`,
    title,
    summary,
    ...(typeof order === 'number' ? {order} : {}),
    html: toHtml(isolateLtr(body.tree)),
    ...(front.places.has('slug') ? {place: front.places.get('slug')!} : {})
  }
}

function pageSlug(file: VFile, given: unknown, name: string, place: {line: number; column: number} | undefined) {
  const fromName = name.replace(/\.[^./]+$/, '')
  const slug = (given === undefined || given === null ? fromName : String(given).trim()).normalize('NFC')
  const where = given === undefined || given === null ? `the file name \`${name}\`` : '`slug`'
  const at = place ?? {line: 1, column: 1}
  const segments = slug.split('/')
  if (!segments.every(isValidSlug)) {
    const fix = segments.map(suggestSlug).join('/')
    fail(
      file,
      `Unexpected page address \`${slug}\` from ${where}, expected letters, digits, \`-\` and \`_\`; use \`${fix}\``,
      'page-slug',
      at
    )
    return undefined
  }
  const first = segments[0]!.toLowerCase()
  if (TAKEN.has(first) || /^\d+$/.test(first) || first === 'index' || first === '404') {
    fail(
      file,
      `Unexpected page address \`/${slug}/\` from ${where}: the site already uses \`/${segments[0]}/\`; give the page another name, such as \`slug: about-${path.posix.basename(slug)}\``,
      'page-slug',
      at
    )
    return undefined
  }
  return slug
}
