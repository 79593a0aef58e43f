import type {SiteConfig} from '../types.ts'

type Numbering = Pick<SiteConfig, 'locale' | 'numerals'>

// Building an Intl formatter costs far more than using one: keep one per locale.
const dayFormats = new Map<string, Intl.DateTimeFormat>()
const hijriFormats = new Map<string, Intl.DateTimeFormat>()
const monthFormats = new Map<string, Intl.DateTimeFormat>()
const yearFormats = new Map<string, Intl.NumberFormat>()
const numberFormats = new Map<string, Intl.NumberFormat>()
/** Days already written out, by calendar, locale, digits and day: a site shows each of a few thousand days on many pages, and formatting one costs about 4 µs. */
const formattedDays = new Map<string, string>()

/** The locale of `config` with its numbering system and calendar pinned, so ICU versions cannot change the digits. */
function locale(config: Numbering, calendar = 'gregory'): Intl.Locale {
  return new Intl.Locale(config.locale, {numberingSystem: config.numerals, calendar})
}

function cached<T>(cache: Map<string, T>, config: Numbering, create: (locale: Intl.Locale) => T, calendar?: string): T {
  const key = `${config.locale} ${config.numerals}`
  let value = cache.get(key)
  if (value === undefined) {
    value = create(locale(config, calendar))
    cache.set(key, value)
  }
  return value
}

/** A `YYYY-MM-DD` day in the Umm al-Qura Hijri calendar, such as `23 شعبان 1445 هـ`. */
export function formatHijriDay(day: string, config: Numbering): string {
  return formattedDay('hijri', day, config, () =>
    cached(
      hijriFormats,
      config,
      (tag) => new Intl.DateTimeFormat(tag, {dateStyle: 'long', timeZone: 'UTC'}),
      'islamic-umalqura'
    )
  )
}

function formattedDay(calendar: string, day: string, config: Numbering, format: () => Intl.DateTimeFormat): string {
  const key = `${calendar} ${config.locale} ${config.numerals} ${day}`
  let value = formattedDays.get(key)
  if (value === undefined) {
    value = format().format(new Date(`${day}T00:00:00Z`))
    formattedDays.set(key, value)
  }
  return value
}

/** A month (`YYYY-MM`) written out in the site's locale, such as `مارس 2024`. */
export function formatMonth(month: string, config: Numbering): string {
  const format = cached(
    monthFormats,
    config,
    (tag) => new Intl.DateTimeFormat(tag, {month: 'long', year: 'numeric', timeZone: 'UTC'})
  )
  return format.format(new Date(`${month}-01T00:00:00Z`))
}

/** A year in the site's digits, without grouping: `2024`, not `2,024`. */
export function formatYear(year: string, config: Numbering): string {
  return cached(yearFormats, config, (tag) => new Intl.NumberFormat(tag, {useGrouping: false})).format(Number(year))
}

/** A `YYYY-MM-DD` day written out in the site's locale, such as `5 مارس 2024`. */
export function formatDay(day: string, config: Numbering): string {
  return formattedDay('gregory', day, config, () =>
    cached(dayFormats, config, (tag) => new Intl.DateTimeFormat(tag, {dateStyle: 'long', timeZone: 'UTC'}))
  )
}

/** A whole number in the site's digits. */
export function formatNumber(value: number, config: Numbering): string {
  return cached(numberFormats, config, (tag) => new Intl.NumberFormat(tag, {useGrouping: true})).format(value)
}

const plural = new Intl.PluralRules('ar')

/**
 * A count of articles as Arabic says it: خبر واحد، خبران، 3 أخبار، 11 خبرًا، 100 خبر
 * (the dual and the singular need no digit; the number takes the site's digits).
 */
export function formatArticleCount(count: number, config: Numbering): string {
  switch (plural.select(count)) {
    case 'one':
      return 'خبر واحد'
    case 'two':
      return 'خبران'
    case 'few':
      return `${formatNumber(count, config)} أخبار`
    case 'many':
      return `${formatNumber(count, config)} خبرًا`
    default:
      return `${formatNumber(count, config)} خبر`
  }
}

/** Reading time with the Arabic plural the number takes: دقيقة واحدة، دقيقتان، 3 دقائق، 11 دقيقة. */
export function formatMinutes(minutes: number, config: Numbering): string {
  switch (plural.select(minutes)) {
    case 'one':
      return 'دقيقة واحدة'
    case 'two':
      return 'دقيقتان'
    case 'few':
      return `${formatNumber(minutes, config)} دقائق`
    default:
      return `${formatNumber(minutes, config)} دقيقة`
  }
}
