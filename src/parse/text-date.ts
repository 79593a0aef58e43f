import {fold} from './fold.ts'

/** A date read from a line of pasted text: its Gregorian day, and whether the line says it is an update. */
export interface TextDate {
  day: string
  updated: boolean
}

/** Gregorian month names as Arabic sites write them, folded: Egypt and the Gulf, the Levant and Iraq, Morocco, Algeria and Tunisia, Libya. */
const gregorianMonths: Record<string, number> = {
  ...names(1, 'يناير', 'كانون الثاني', 'جانفي', 'اي النار'),
  ...names(2, 'فبراير', 'شباط', 'فيفري', 'النوار'),
  ...names(3, 'مارس', 'اذار', 'الربيع'),
  ...names(4, 'ابريل', 'نيسان', 'افريل', 'الطير'),
  ...names(5, 'مايو', 'ايار', 'ماي', 'الماء'),
  ...names(6, 'يونيو', 'يونيه', 'حزيران', 'جوان', 'الصيف'),
  ...names(7, 'يوليو', 'يوليه', 'تموز', 'جويليه', 'يوليوز', 'ناصر'),
  ...names(8, 'اغسطس', 'اب', 'اوت', 'غشت', 'هانيبال'),
  ...names(9, 'سبتمبر', 'ايلول', 'شتنبر', 'الفاتح'),
  ...names(10, 'اكتوبر', 'تشرين الاول', 'التمور'),
  ...names(11, 'نوفمبر', 'تشرين الثاني', 'نونبر', 'الحرث'),
  ...names(12, 'ديسمبر', 'كانون الاول', 'دجنبر', 'الكانون')
}

/** Hijri month names, folded, with their common variants. */
const hijriMonths: Record<string, number> = {
  ...names(1, 'محرم'),
  ...names(2, 'صفر'),
  ...names(3, 'ربيع الاول'),
  ...names(4, 'ربيع الاخر', 'ربيع الثاني'),
  ...names(5, 'جمادي الاولي', 'جمادي الاول'),
  ...names(6, 'جمادي الاخره', 'جمادي الثانيه', 'جمادي الاخر', 'جمادي الثاني'),
  ...names(7, 'رجب'),
  ...names(8, 'شعبان'),
  ...names(9, 'رمضان'),
  ...names(10, 'شوال'),
  ...names(11, 'ذو القعده', 'ذي القعده'),
  ...names(12, 'ذو الحجه', 'ذي الحجه')
}

function names(month: number, ...spellings: string[]): Record<string, number> {
  return Object.fromEntries(spellings.map((spelling) => [spelling, month]))
}

/** An alternation of `spellings`, longest first so `كانون الاول` wins over a shorter name inside it. */
function alternation(spellings: string[]): string {
  return [...spellings].sort((a, b) => b.length - a.length).join('|')
}

const gregorianName = alternation(Object.keys(gregorianMonths))
const hijriName = alternation(Object.keys(hijriMonths))

/** `5 كانون الاول/ديسمبر 2025`, `05 ديسمبر، 2025`: a Levantine name may be followed by the Egyptian one. */
const namedDate = new RegExp(
  `(?<![\\d])(\\d{1,2})\\s*(?:من\\s+)?(${gregorianName})(?:\\s*[/(-]\\s*(?:${gregorianName})\\s*\\)?)?\\s*[،,]?\\s*(\\d{4})(?!\\d)(?:\\s*م(?![\\p{L}]))?`,
  'u'
)
const hijriDate = new RegExp(
  `(?<![\\d])(\\d{1,2})\\s*(?:من\\s+)?(${hijriName})\\s*[،,]?\\s*(\\d{4})(?!\\d)(?:\\s*(?:هـ|ه)(?![\\p{L}]))?`,
  'u'
)
const isoDate = /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/
const dayFirstDate = /(?<!\d)(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?!\d)/
const time =
  /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:صباحا|مساء|ظهرا|فجرا|ليلا|ص|م|am|pm|gmt|utc)(?![\p{L}]))?(?:\s*(?:[+-]\d{1,2}(?::?\d{2})?))?(?:\s*بتوقيت(?:\s+(?:غرينتش|جرينتش|[\p{L}]+(?:\s+[\p{L}]+)?)))?/giu

/** Words that may stand around a date on a date line: labels, weekdays, era marks. */
const dateWords = new Set(
  (
    'نشر نشرت نشره في بتاريخ تاريخ النشر اخر تحديث تم التحديث محدث حدث التحديث الموافق يوم الساعه ' +
    'الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت م ه هـ'
  ).split(' ')
)

/**
 * Reads a line that is nothing but a date: a day in Gregorian month names of
 * any Arab region, in Hijri (Umm al-Qura), or in digits (day first, or
 * year first), with Western or Arabic-Indic digits, and around it only a
 * weekday, a time and labels such as `نشر في:` or `آخر تحديث:`. A line
 * holding any other word is not a date line: `undefined`.
 */
export function readDateLine(text: string): TextDate | undefined {
  const line = fold(text)
  let rest = line.replace(time, ' ')
  let day: string | undefined
  for (const read of [readNamed, readDayFirst, readIso]) {
    const found = read(rest)
    if (found) {
      day = found.day
      rest = rest.replace(found.match, ' ')
      break
    }
  }
  const hijri = hijriDate.exec(rest)
  if (hijri) {
    const converted = fromHijri(Number(hijri[3]), hijriMonths[hijri[2]!]!, Number(hijri[1]))
    if (converted === undefined) return undefined
    day ??= converted
    rest = rest.replace(hijri[0], ' ')
  }
  if (day === undefined) return undefined
  const words = rest.split(/[\s\p{P}\p{S}]+/u).filter((word) => word !== '')
  if (!words.every((word) => dateWords.has(word))) return undefined
  return {day, updated: /تحديث|محدث/.test(line)}
}

type Found = {day: string; match: string} | undefined

function readNamed(text: string): Found {
  const match = namedDate.exec(text)
  if (!match) return undefined
  const day = gregorianDay(Number(match[3]), gregorianMonths[match[2]!]!, Number(match[1]))
  return day ? {day, match: match[0]} : undefined
}

function readDayFirst(text: string): Found {
  const match = dayFirstDate.exec(text)
  if (!match) return undefined
  const day = gregorianDay(Number(match[4]), Number(match[3]), Number(match[1]))
  return day ? {day, match: match[0]} : undefined
}

function readIso(text: string): Found {
  const match = isoDate.exec(text)
  if (!match) return undefined
  const day = gregorianDay(Number(match[1]), Number(match[3]), Number(match[4]))
  return day ? {day, match: match[0]} : undefined
}

/** `YYYY-MM-DD` of a real Gregorian day between 1900 and 2199, else `undefined`. */
function gregorianDay(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2199) return undefined
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}

const umalqura = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric'
})

/** The Gregorian day of an Umm al-Qura date, found by asking ICU about the days around an arithmetic estimate. */
export function fromHijri(year: number, month: number, day: number): string | undefined {
  if (year < 1300 || year > 1600 || month < 1 || month > 12 || day < 1 || day > 30) return undefined
  // Days since the Hijri epoch (16 July 622) by the mean lengths of years and months; the true day is near.
  const estimate = Date.UTC(622, 6, 16) + ((year - 1) * 354.367 + (month - 1) * 29.5306 + (day - 1)) * 86_400_000
  for (const offset of [0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5]) {
    const date = new Date(estimate + offset * 86_400_000)
    const parts = Object.fromEntries(umalqura.formatToParts(date).map((part) => [part.type, part.value]))
    if (Number(parts.day) === day && Number(parts.month) === month && Number.parseInt(parts.year ?? '', 10) === year) {
      return date.toISOString().slice(0, 10)
    }
  }
  return undefined
}
