import {readFile} from 'node:fs/promises'
import type {SiteConfig} from './types.ts'
import {UsageError} from './errors.ts'

/** The settings a site gets when it configures nothing. */
export const defaultConfig = {
  title: 'ورّاق',
  description: 'أرشيف الأخبار',
  baseUrl: 'http://localhost:8080/',
  locale: 'ar-LY',
  numerals: 'latn',
  pageSize: 20,
  furniture: [],
  hijri: false,
  future: false,
  drafts: false,
  logo: '',
  accent: '',
  footer: '',
  social: [],
  sections: []
} as const satisfies SiteConfig

/** Scraped site chrome that is never article text; `furniture` in the config adds to it. */
export const defaultFurniture: readonly string[] = [
  'زر الذهاب إلى الأعلى',
  'العودة إلى الأعلى',
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'شارك هذا المقال',
  'مشاركة',
  'طباعة'
]

/** Merges user settings over the defaults, throwing on unknown keys or wrong types. */
export function resolveConfig(user: Record<string, unknown> = {}, origin = 'configuration'): SiteConfig {
  const config: SiteConfig = {...defaultConfig, furniture: [...defaultConfig.furniture], social: [], sections: []}
  for (const [key, value] of Object.entries(user)) {
    if (!(key in defaultConfig)) {
      throw new UsageError(
        `Cannot use ${origin}: unknown key \`${key}\`, expected one of ${Object.keys(defaultConfig).join(', ')}`
      )
    }
    const expected = Array.isArray(config[key as keyof SiteConfig]) ? 'array' : typeof config[key as keyof SiteConfig]
    const actual = Array.isArray(value) ? 'array' : typeof value
    if (expected !== actual) {
      throw new UsageError(`Cannot use ${origin}: \`${key}\` must be a ${expected}, not a ${actual}`)
    }
    Object.assign(config, {[key]: value})
  }
  check(config, origin)
  return config
}

function check(config: SiteConfig, origin: string): void {
  if (!Number.isInteger(config.pageSize) || config.pageSize < 1) {
    throw new UsageError(`Cannot use ${origin}: \`pageSize\` must be a whole number above 0`)
  }
  if (config.numerals !== 'latn' && config.numerals !== 'arab') {
    throw new UsageError(`Cannot use ${origin}: \`numerals\` must be \`latn\` or \`arab\``)
  }
  if (!/^https?:\/\/[^/]+\/(.*\/)?$/.test(config.baseUrl)) {
    throw new UsageError(
      `Cannot use ${origin}: \`baseUrl\` must be an absolute http(s) URL ending in \`/\`, such as \`https://example.org/\``
    )
  }
  try {
    // Checks the tag alone, without loading the locale's data: a build with nothing to do must not pay for it.
    Intl.getCanonicalLocales(config.locale)
  } catch {
    throw new UsageError(
      `Cannot use ${origin}: \`locale\` \`${config.locale}\` is not a valid BCP 47 locale, such as \`ar-LY\``
    )
  }
  checkLook(config, origin)
  checkSections(config, origin)
  if (!config.furniture.every((line) => typeof line === 'string')) {
    throw new UsageError(`Cannot use ${origin}: \`furniture\` must be a list of lines of text`)
  }
}

/** The light page background of public/style.css, which the accent colour is read against. */
const BACKGROUND = '#fbfaf7'

/** Checks the logo, accent colour and social links, which reach every page. */
function checkLook(config: SiteConfig, origin: string): void {
  if (config.logo !== '' && !/^\/?([\w-]+\/)*[\w-]+\.(svg|png)$/i.test(config.logo)) {
    throw new UsageError(
      `Cannot use ${origin}: \`logo\` must name an .svg or .png file in public/, such as \`logo.svg\``
    )
  }
  if (config.accent !== '') {
    if (!/^#[0-9a-f]{6}$/i.test(config.accent))
      throw new UsageError(`Cannot use ${origin}: \`accent\` must be a colour written \`#rrggbb\`, such as \`#7a1f1f\``)
    const ratio = contrast(config.accent, BACKGROUND)
    if (ratio < 4.5) {
      throw new UsageError(
        `Cannot use ${origin}: \`accent\` \`${config.accent}\` has a contrast of ${ratio.toFixed(2)}:1 against the page, expected 4.5:1 or more so links stay readable; choose a darker colour`
      )
    }
  }
  const linkable = (item: unknown) =>
    typeof item === 'object' &&
    item !== null &&
    typeof (item as {name?: unknown}).name === 'string' &&
    /^https?:\/\/\S+$/.test(String((item as {url?: unknown}).url))
  if (!config.social.every(linkable)) {
    throw new UsageError(
      `Cannot use ${origin}: \`social\` must be a list such as \`[{"name": "فيسبوك", "url": "https://facebook.com/…"}]\``
    )
  }
}

/** Checks that each section is a name, or a name with a slug fit for a URL. */
function checkSections(config: SiteConfig, origin: string): void {
  const fit = (item: unknown) =>
    (typeof item === 'string' && item.trim() !== '') ||
    (typeof item === 'object' &&
      item !== null &&
      !Array.isArray(item) &&
      Object.keys(item).every((key) => key === 'name' || key === 'slug') &&
      typeof (item as {name?: unknown}).name === 'string' &&
      (item as {name: string}).name.trim() !== '' &&
      ((item as {slug?: unknown}).slug === undefined ||
        /^[a-z0-9][a-z0-9_-]*$/.test(String((item as {slug: unknown}).slug))))
  if (!config.sections.every(fit)) {
    throw new UsageError(
      `Cannot use ${origin}: \`sections\` must be a list of names, or of names with a slug of lower-case letters, digits and \`-\`, such as \`["سياسة", {"name": "اقتصاد", "slug": "economy"}]\``
    )
  }
}

/** The WCAG contrast ratio of two `#rrggbb` colours. */
export function contrast(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const channel = Number.parseInt(colour.slice(at, at + 2), 16) / 255
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4
    })
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!
  }
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a)
  return (light! + 0.05) / (dark! + 0.05)
}

/** Reads a JSON config file; a missing file gives the defaults unless `required`. */
export async function loadConfig(path: string, required = false): Promise<SiteConfig> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (!required && (error as NodeJS.ErrnoException).code === 'ENOENT') return resolveConfig()
    throw new UsageError(`Cannot read configuration \`${path}\`: ${(error as Error).message}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`Cannot parse configuration \`${path}\`: ${(error as Error).message}`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new UsageError(`Cannot use configuration \`${path}\`: expected a JSON object`)
  }
  return resolveConfig(data as Record<string, unknown>, `configuration \`${path}\``)
}
