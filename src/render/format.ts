import type {SiteConfig} from '../types.ts'

/** The locale of `config` with its numbering system pinned, so ICU versions cannot change the digits. */
function locale(config: Pick<SiteConfig, 'locale' | 'numerals'>): Intl.Locale {
  return new Intl.Locale(config.locale, {numberingSystem: config.numerals, calendar: 'gregory'})
}

/** A `YYYY-MM-DD` day written out in the site's locale, such as `5 مارس 2024`. */
export function formatDay(day: string, config: Pick<SiteConfig, 'locale' | 'numerals'>): string {
  const format = new Intl.DateTimeFormat(locale(config), {dateStyle: 'long', timeZone: 'UTC'})
  return format.format(new Date(`${day}T00:00:00Z`))
}

/** A whole number in the site's digits. */
export function formatNumber(value: number, config: Pick<SiteConfig, 'locale' | 'numerals'>): string {
  return new Intl.NumberFormat(locale(config), {useGrouping: true}).format(value)
}

const plural = new Intl.PluralRules('ar')

/** Reading time with the Arabic plural the number takes: دقيقة واحدة، دقيقتان، 3 دقائق، 11 دقيقة. */
export function formatMinutes(minutes: number, config: Pick<SiteConfig, 'locale' | 'numerals'>): string {
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
