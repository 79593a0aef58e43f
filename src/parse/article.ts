import path from 'node:path'
import type {VFile} from 'vfile'
import {articleExtensions} from '../load/list-files.ts'
import {fail, hasErrors, inform, type Place, visible, warn} from '../messages.ts'
import type {Article, DateSource} from '../types.ts'
import {toHtml} from '../render/html.ts'
import {readBody} from './article-body.ts'
import {articleName} from './article-name.ts'
import {extractPictures} from './body-pictures.ts'
import {laterDay, readUpdated, resolveDate} from './article-date.ts'
import {isolateLtr} from './bidi.ts'
import {readFields} from './fields.ts'
import {parseFrontMatter} from './front-matter.ts'
import {inferHeadline} from './headline.ts'
import {isValidSlug, suggestSlug} from './slug.ts'
import {readingMinutes, shorten, words} from './words.ts'

/** Words kept in a summary taken from the first paragraph. */
const SUMMARY_WORDS = 40

/** What `parseArticle` needs besides the file. */
export interface ParseOptions {
  /** Normalized furniture lines (see `furnitureSet`): the only setting parsing reads, which the cache key relies on. */
  furniture: ReadonlySet<string>
}

/**
 * Turns one article file into its record. Content problems become messages
 * on `file` (errors, warnings, notes); the result is `undefined` when the
 * file has an error or has no text; a draft is a record with `status: 'draft'`.
 * Never throws for content.
 */
export function parseArticle(file: VFile, options: ParseOptions): Article | undefined {
  if (hasErrors([file])) return undefined
  const frontMatter = parseFrontMatter(file)
  if (hasErrors([file])) return undefined
  const fields = readFields(file, frontMatter)
  const extension = path.extname(file.path).toLowerCase() as keyof typeof articleExtensions
  const format = articleExtensions[extension] ?? 'text'
  const read = readBody(file, format, frontMatter.body, fields.title, options.furniture)
  if (!read) return undefined
  const {body, facts} = read
  const given = fields.title ?? facts.title
  const title = given ?? body.title ?? (body.paragraphs[0] ? inferHeadline(body.paragraphs[0]) : undefined)
  if (title === undefined) {
    warn(
      file,
      'Unexpected empty article, expected a headline or text; it gets no page until it has some',
      'empty-article'
    )
    return undefined
  }
  if (body.paragraphs.length === 0) {
    // A headline alone, as `new` writes it: a page with nothing under it would reach readers.
    warn(
      file,
      'Unexpected article without text under its headline, expected paragraphs; it gets no page until it has some',
      'empty-article',
      lastLine(String(file.value))
    )
    return undefined
  }
  const date = resolveDate(file, fields.date, frontMatter.places.get('date'), facts)
  const updated =
    fields.updated === undefined
      ? laterDay(facts.updated, date?.day)
      : readUpdated(file, fields.updated, date?.day, frontMatter.places.get('updated'))
  const author = fields.author ?? facts.author
  const image = fields.image ?? facts.image
  const slug = resolveSlug(file, fields.slug, frontMatter.places.get('slug'))
  if (!date || !slug || hasErrors([file])) return undefined
  if (fields.draft === true) {
    inform(
      file,
      'Draft: `build` leaves it out and `serve` shows it, marked; remove `draft: true` to publish it',
      'draft',
      frontMatter.places.get('draft')
    )
  }
  const pictures = extractPictures(body.tree)
  for (const picture of pictures.filter((picture) => picture.alt === '')) {
    warn(
      file,
      `Unexpected picture \`${picture.src}\` without a description, expected \`![what it shows](${picture.src})\`: readers who cannot see it are told nothing`,
      'missing-alt',
      picture.place
    )
  }
  const dateAt = datePlace(file, date.source, frontMatter.places)
  const slugAt = frontMatter.places.get('slug')
  const imageAt = fields.image === undefined ? undefined : frontMatter.places.get('image')
  const places = {
    ...(dateAt ? {date: dateAt} : {}),
    ...(slugAt ? {slug: slugAt} : {}),
    ...(imageAt ? {image: imageAt} : {})
  }
  const section = fields.section ?? folderSection(file.path)
  const wordCount = words(body.paragraphs.join(' ')).length
  const head: Omit<Article, 'html' | 'paragraphs'> = {
    slug,
    url: `/articles/${slug}/`,
    title,
    date: date.day,
    dateSource: date.source,
    ...(updated ? {updated} : {}),
    ...(author ? {author} : {}),
    tags: fields.tags ?? [],
    summary: fields.summary ?? facts.summary ?? shorten(body.paragraphs[0] ?? '', SUMMARY_WORDS),
    ...(image ? {image} : {}),
    ...(image && fields.imageAlt ? {imageAlt: fields.imageAlt} : {}),
    ...(image && fields.imageCaption ? {imageCaption: fields.imageCaption} : {}),
    ...(image && fields.imageCredit ? {imageCredit: fields.imageCredit} : {}),
    ...(section ? {section} : {}),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    source: file.path,
    format,
    extra: fields.extra,
    ...(fields.draft === true ? {status: 'draft' as const} : {}),
    ...(Object.keys(places).length > 0 ? {places} : {}),
    ...(pictures.length > 0 ? {pictures} : {})
  }
  // Values cut from the source (front matter, a heading) are slices of it in V8 and would keep the
  // whole file's text alive as long as the record; copied, they let it go once the file is parsed.
  return {
    ...(JSON.parse(JSON.stringify(head)) as typeof head),
    html: toHtml(isolateLtr(body.tree)),
    paragraphs: body.paragraphs
  }
}

/**
 * The section a file's folder gives: the first folder under the articles
 * folder, unless that folder is the article's own (`haftar/index.md`, with
 * its pictures beside it), which names the article, or is named by digits
 * alone (`2024/`, `2024-06/`), which is how editors file articles by date.
 */
export function folderSection(source: string): string | undefined {
  const folders = source.split('/').slice(0, -1)
  const own = /^index\.[^/]+$/i.test(source.split('/').at(-1)!) ? 1 : 0
  const first = folders[0]
  return folders.length > own && first !== undefined && !/^[\d_-]+$/.test(first) ? first : undefined
}

/** The last line of `text`, where the text of an article that has none goes. */
function lastLine(text: string): Place {
  const breaks = text.split('\n').length - 1
  return {line: Math.max(1, text.endsWith('\n') ? breaks : breaks + 1), column: 1}
}

/** Where the file gives its date: the `date` key, or the line of the body the date was read from. */
function datePlace(file: VFile, source: DateSource, places: ReadonlyMap<string, Place>): Place | undefined {
  if (source === 'front-matter') return places.get('date')
  if (source !== 'text' && source !== 'page') return undefined
  const line = file.messages.find((message) => message.ruleId === 'date-line')
  return line?.line ? {line: line.line, column: line.column ?? 1} : undefined
}

function resolveSlug(
  file: VFile,
  given: string | undefined,
  place: {line: number; column: number} | undefined
): string | undefined {
  const name = articleName(file.path)
  const slug = (given ?? name).normalize('NFC')
  if (isValidSlug(slug)) return slug
  const inFolder = name !== path.basename(file.path, path.extname(file.path))
  const where = given === undefined ? `the ${inFolder ? 'folder' : 'file'} name \`${name}\`` : '`slug`'
  const fix =
    given === undefined
      ? `rename the ${inFolder ? 'folder' : 'file'} to \`${suggestSlug(slug)}${inFolder ? '' : path.extname(file.path)}\` or set \`slug: ${suggestSlug(slug)}\``
      : `use \`slug: ${suggestSlug(slug)}\``
  fail(
    file,
    `Unexpected slug \`${visible(slug)}\` from ${where}, expected only letters, digits, \`-\` and \`_\`; ${fix}`,
    'invalid-slug',
    place
  )
  return undefined
}
