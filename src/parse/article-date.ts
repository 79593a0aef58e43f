import {articleName} from './article-name.ts'
import type {VFile} from 'vfile'
import {fail, warn} from '../messages.ts'
import type {DateSource} from '../types.ts'
import type {BodyFacts} from './article-body.ts'
import {fileNameDay, parseDay} from './date.ts'

/** The publication day and where it came from: front matter, then the body, the file name, git, the file's time. */
export function resolveDate(
  file: VFile,
  given: string | undefined,
  place: {line: number; column: number} | undefined,
  facts: BodyFacts
): {day: string; source: DateSource} | undefined {
  if (given === undefined && facts.date !== undefined && facts.dateFrom !== undefined) {
    return {day: facts.date, source: facts.dateFrom}
  }
  if (given !== undefined) {
    const result = parseDay(given)
    if (result.ok) return {day: result.day, source: 'front-matter'}
    fail(file, `${result.reason}; fix \`date\``, 'invalid-date', place)
    return undefined
  }
  const named = fileNameDay(articleName(file.path))
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

/** The update day the body gives, when it is not before the publication day. */
export function laterDay(day: string | undefined, published: string | undefined): string | undefined {
  return day !== undefined && published !== undefined && day >= published ? day : undefined
}

/** The `updated` day of front matter, checked to be a real day not before publication. */
export function readUpdated(
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
