import type {VFile} from 'vfile'
import {warn} from '../messages.ts'
import {parseHtmlPage} from './body-html.ts'
import type {PageMetadata} from './page-metadata.ts'
import {parseMarkdownBody} from './body-markdown.ts'
import {type Body, parseTextBody} from './body-text.ts'
import {stripFurniture} from './furniture.ts'
import {cleanPaste} from './paste.ts'

/** The formats of article files, by what their extension says. */
export type ArticleFormat = 'markdown' | 'text' | 'html'

/** What the body itself says about its article, below front matter: a paste's chrome, or a saved page's metadata. */
export type BodyFacts = Pick<PageMetadata, 'title' | 'date' | 'updated' | 'author' | 'summary' | 'image'> & {
  /** Where `date` came from. */
  dateFrom?: 'text' | 'page'
}

/** A parsed body and the facts it gives; `undefined` when a saved page has no article text (reported on the file). */
export type BodyResult = {body: Body; facts: BodyFacts} | undefined

/**
 * Parses the body of an article in its format: a paste is cleaned of its
 * chrome first, a saved page has its article extracted, and Markdown loses
 * only the known furniture lines at its end. `title` is front matter's.
 */
export function readBody(
  file: VFile,
  format: ArticleFormat,
  text: string,
  title: string | undefined,
  furniture: ReadonlySet<string>
): BodyResult {
  if (format === 'html') return readPage(file, text)
  const lines = text.split('\n')
  if (format === 'markdown') {
    stripFurniture(file, lines, furniture)
    return {body: parseMarkdownBody(lines.join('\n'), title), facts: {}}
  }
  const facts: BodyFacts = cleanPaste(file, lines, {furniture, title})
  if (facts.date !== undefined) facts.dateFrom = 'text'
  return {body: parseTextBody(lines, title ?? facts.title), facts}
}

function readPage(file: VFile, text: string): BodyResult {
  const page = parseHtmlPage(text)
  for (const problem of page.problems) warn(file, problem.reason, problem.ruleId, problem.place)
  const {metadata} = page
  for (const key of ['date', 'updated'] as const) {
    const raw = metadata.raw[key]
    if (raw !== undefined && metadata[key] === undefined && (key === 'date' || metadata.date !== undefined)) {
      const what = key === 'date' ? 'publication' : 'update'
      const fix = 'put the day at the start of the file name instead, such as `2025-12-05-name.html`'
      warn(
        file,
        `Unexpected ${what} date \`${raw}\` in the page, expected a real day; ${fix}`,
        'invalid-date',
        metadata.places[key]
      )
    }
  }
  if (page.body.paragraphs.length === 0) {
    if (page.problems.length === 0) warn(file, 'Unexpected page without article text', 'html-without-article')
    return undefined
  }
  const {title, date, updated, author, summary, image} = metadata
  const dateFrom = date === undefined ? undefined : 'page'
  return {body: page.body, facts: {title, date, updated, author, summary, image, dateFrom}}
}
