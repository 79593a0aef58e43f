const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
// Sakamoto's month offsets: the weekday comes from the day itself, not from
// `Date` (which maps years 0-99 to 19xx) or from a locale-dependent formatter.
const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]

/** A `YYYY-MM-DD` day at UTC midnight as an RFC 822 date for RSS: `Tue, 05 Mar 2024 00:00:00 +0000`. */
export function toRfc822(day: string): string {
  const [year, month, date] = parts(day)
  // Four-digit years, as RFC 2822 and every feed reader expect, not RFC 822's two.
  return `${weekdays[weekday(year, month, date)]}, ${day.slice(8, 10)} ${months[month - 1]} ${day.slice(0, 4)} 00:00:00 +0000`
}

/** A `YYYY-MM-DD` day at UTC midnight as an RFC 3339 timestamp for Atom and JSON Feed: `2024-03-05T00:00:00Z`. */
export function toRfc3339(day: string): string {
  parts(day)
  return `${day}T00:00:00Z`
}

/** Day of the week, 0 for Sunday, in the proleptic Gregorian calendar. */
function weekday(year: number, month: number, date: number): number {
  const y = month < 3 ? year - 1 : year
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offsets[month - 1]! + date) % 7
}

function parts(day: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  const [year, month, date] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0]
  if (!match || month < 1 || month > 12 || date < 1 || date > daysIn(year, month)) {
    throw new Error(
      `Cannot format \`${day}\` as a feed date: expected a real day written as YYYY-MM-DD, such as \`2024-03-05\``
    )
  }
  return [year, month, date]
}

function daysIn(year: number, month: number): number {
  if (month !== 2) return [4, 6, 9, 11].includes(month) ? 30 : 31
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
}
