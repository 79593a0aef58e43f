import {loadConfig, resolveConfig} from '../config.ts'
import type {SiteConfig} from '../types.ts'

/** The environment variable that gives the base URL when `--base-url` does not: how static hosts pass settings to a build. */
export const BASE_URL_VARIABLE = 'WARRAQ_BASE_URL'

/** The flags every command shares. */
export interface SiteFlags {
  articles: string
  /** Folder of the pages that are not news; by default `pages` beside the articles folder. */
  pages?: string | undefined
  out: string
  config?: string
  'base-url'?: string
  /** Publish articles dated after today (see `SiteConfig.future`). */
  future?: boolean
  /** Publish drafts (see `SiteConfig.drafts`). */
  drafts?: boolean
}

/** The site configuration from `--config` (or `warraq.config.json` if present), `--base-url` or `WARRAQ_BASE_URL`, `--future` and `--drafts`. */
export async function configFromFlags(flags: SiteFlags): Promise<SiteConfig> {
  const loaded = await loadConfig(flags.config ?? 'warraq.config.json', flags.config !== undefined)
  // The flag, else the environment (a host's build settings), else the configuration.
  const [baseUrl, origin] =
    flags['base-url'] !== undefined
      ? [flags['base-url'], '--base-url']
      : process.env[BASE_URL_VARIABLE]
        ? [process.env[BASE_URL_VARIABLE], `the environment variable ${BASE_URL_VARIABLE}`]
        : [undefined, '']
  const config =
    baseUrl === undefined ? loaded : resolveConfig({...loaded, baseUrl: `${baseUrl.replace(/\/+$/, '')}/`}, origin)
  // The flags only ever add: a configuration that publishes drafts or future articles is not overridden by their absence.
  return {...config, future: config.future || flags.future === true, drafts: config.drafts || flags.drafts === true}
}
