import path from 'node:path'
import type {VFile} from 'vfile'
import {articleExtensions} from '../load/list-files.ts'
import {fail, hasErrors, visible, warn} from '../messages.ts'
import type {Article, DateSource} from '../types.ts'
import {toHtml} from '../render/html.ts'
import {isolateLtr} from './bidi.ts'
import {parseMarkdownBody} from './body-markdown.ts'
import {parseTextBody} from './body-text.ts'
import {fileNameDay, parseDay} from './date.ts'
import {readFields} from './fields.ts'
import {parseFrontMatter} from './front-matter.ts'
import {stripFurniture} from './furniture.ts'
import {cleanPaste, type PasteFacts} from './paste.ts'
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
 * file has an error, is a draft, or has no text. Never throws for content.
 */
export function parseArticle(file: VFile, options: ParseOptions): Article | undefined {
  if (hasErrors([file])) return undefined
  const frontMatter = parseFrontMatter(file)
  if (hasErrors([file])) return undefined
  const fields = readFields(file, frontMatter.data, frontMatter.places)
  const extension = path.extname(file.path).toLowerCase() as keyof typeof articleExtensions
  const format = articleExtensions[extension] ?? 'text'
  const lines = frontMatter.body.split('\n')
  let paste: PasteFacts = {}
  if (format === 'text') paste = cleanPaste(file, lines, {furniture: options.furniture, title: fields.title})
  else stripFurniture(file, lines, options.furniture)
  const given = fields.title ?? paste.title
  const body = format === 'text' ? parseTextBody(lines, given) : parseMarkdownBody(lines.join('\n'), given)
  const title = given ?? body.title ?? (body.paragraphs[0] ? inferHeadline(body.paragraphs[0]) : undefined)
  if (title === undefined) {
    warn(
      file,
      'Unexpected empty article, expected a headline or text; it gets no page until it has some',
      'empty-article'
    )
    return undefined
  }
  const date = resolveDate(file, fields.date ?? paste.date, frontMatter.places.get('date'), fields.date === undefined)
  const updated =
    fields.updated === undefined
      ? textUpdated(paste.updated, date?.day)
      : readUpdated(file, fields.updated, date?.day, frontMatter.places.get('updated'))
  const author = fields.author ?? paste.author
  const slug = resolveSlug(file, fields.slug, frontMatter.places.get('slug'))
  if (fields.draft === true || !date || !slug || hasErrors([file])) return undefined
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
    summary: fields.summary ?? shorten(body.paragraphs[0] ?? '', SUMMARY_WORDS),
    ...(fields.image ? {image: fields.image} : {}),
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    source: file.path,
    format,
    extra: fields.extra
  }
  // Values cut from the source (front matter, a heading) are slices of it in V8 and would keep the
  // whole file's text alive as long as the record; copied, they let it go once the file is parsed.
  return {
    ...(JSON.parse(JSON.stringify(head)) as typeof head),
    html: toHtml(isolateLtr(body.tree)),
    paragraphs: body.paragraphs
  }
}

function resolveDate(
  file: VFile,
  given: string | undefined,
  place: {line: number; column: number} | undefined,
  fromText: boolean
): {day: string; source: DateSource} | undefined {
  if (given !== undefined) {
    const result = parseDay(given)
    if (result.ok) return {day: result.day, source: fromText ? 'text' : 'front-matter'}
    fail(file, `${result.reason}; fix \`date\``, 'invalid-date', place)
    return undefined
  }
  const named = fileNameDay(path.basename(file.path))
  if (named !== undefined) {
    const result = parseDay(named)
    if (!result.ok) {
      fail(file, `${result.reason}; fix the date at the start of the file name`, 'invalid-date')
      return undefined
    }
    warn(
      file,
      `No \`date\` in front matter: used ${result.day} from the file name; add \`date: ${result.day}\` to make it explicit`,
      'missing-date'
    )
    return {day: result.day, source: 'file-name'}
  }
  const {gitDay, modifiedDay} = file.data
  if (gitDay) {
    warn(
      file,
      `No \`date\` in front matter or file name: used ${gitDay}, the day it was last committed to git; add \`date: YYYY-MM-DD\``,
      'missing-date'
    )
    return {day: gitDay, source: 'git'}
  }
  const day = modifiedDay ?? '1970-01-01'
  warn(
    file,
    `No \`date\` in front matter or file name: used ${day}, the day the file was last modified; add \`date: YYYY-MM-DD\``,
    'missing-date'
  )
  return {day, source: 'modified'}
}

/** The update day a paste's date line gives, when it is not before the publication day. */
function textUpdated(day: string | undefined, published: string | undefined): string | undefined {
  return day !== undefined && published !== undefined && day >= published ? day : undefined
}

function readUpdated(
  file: VFile,
  given: string,
  published: string | undefined,
  place: {line: number; column: number} | undefined
): string | undefined {
  const result = parseDay(given)
  if (!result.ok) {
    fail(file, `${result.reason}; fix \`updated\``, 'invalid-date', place)
    return undefined
  }
  if (published !== undefined && result.day < published) {
    fail(
      file,
      `Unexpected \`updated: ${result.day}\` before the article's date ${published}, expected the same day or later`,
      'invalid-date',
      place
    )
    return undefined
  }
  return result.day
}

function resolveSlug(
  file: VFile,
  given: string | undefined,
  place: {line: number; column: number} | undefined
): string | undefined {
  const name = path.basename(file.path, path.extname(file.path))
  const slug = (given ?? name).normalize('NFC')
  if (isValidSlug(slug)) return slug
  const where = given === undefined ? `the file name \`${name}\`` : '`slug`'
  const fix =
    given === undefined
      ? `rename the file to \`${suggestSlug(slug)}${path.extname(file.path)}\` or set \`slug: ${suggestSlug(slug)}\``
      : `use \`slug: ${suggestSlug(slug)}\``
  fail(
    file,
    `Unexpected slug \`${visible(slug)}\` from ${where}, expected only letters, digits, \`-\` and \`_\`; ${fix}`,
    'invalid-slug',
    place
  )
  return undefined
}
