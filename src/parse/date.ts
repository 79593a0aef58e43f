/** Outcome of reading a date: the `YYYY-MM-DD` day, or why it is not one. */
export type DateResult = {ok: true; day: string} | {ok: false; reason: string}

const isoDay = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/

/**
 * Reads `YYYY-MM-DD` (optionally followed by a time) as a calendar day,
 * rejecting days that do not exist such as `2026-02-30`.
 */
export function parseDay(text: string): DateResult {
  const match = isoDay.exec(text.trim())
  if (!match)
    return {
      ok: false,
      reason: `Unexpected date \`${text}\`, expected a day written as YYYY-MM-DD, such as \`2024-03-05\``
    }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (month < 1 || month > 12 || date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) {
    return {
      ok: false,
      reason: `Unexpected date \`${match[0].slice(0, 10)}\`: that day does not exist, expected a real calendar day as YYYY-MM-DD`
    }
  }
  return {ok: true, day: `${match[1]}-${match[2]}-${match[3]}`}
}

/** The `YYYY-MM-DD` prefix of a file name, if it has one (`2024-03-05-title.md`). */
export function fileNameDay(name: string): string | undefined {
  return /^(\d{4}-\d{2}-\d{2})(?=$|[-_.\s])/.exec(name)?.[1]
}

/** A `Date` as its UTC `YYYY-MM-DD` day. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10)
}
