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

/** How Arabic names a count of one thing: the one and the two in words, then the plural (3-10), the accusative singular (11-99) and the singular. */
export interface CountForms {
  one: string
  two: string
  few: string
  many: string
  other: string
}

/** `count` with the word its plural category takes, the number in the site's digits. */
export function formatCount(count: number, config: Numbering, forms: CountForms): string {
  const category = plural.select(count)
  if (category === 'one' || category === 'two') return forms[category]
  const word = category === 'few' || category === 'many' ? forms[category] : forms.other
  return `${formatNumber(count, config)} ${word}`
}

const articleForms: CountForms = {one: 'خبر واحد', two: 'خبران', few: 'أخبار', many: 'خبرًا', other: 'خبر'}
const minuteForms: CountForms = {one: 'دقيقة واحدة', two: 'دقيقتان', few: 'دقائق', many: 'دقيقة', other: 'دقيقة'}

/** A count of articles as Arabic says it: خبر واحد، خبران، 3 أخبار، 11 خبرًا، 100 خبر. */
export function formatArticleCount(count: number, config: Numbering): string {
  return formatCount(count, config, articleForms)
}

/** Reading time with the Arabic plural the number takes: دقيقة واحدة، دقيقتان، 3 دقائق، 11 دقيقة. */
export function formatMinutes(minutes: number, config: Numbering): string {
  return formatCount(minutes, config, minuteForms)
}
