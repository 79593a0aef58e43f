import {loadConfig, resolveConfig} from '../config.ts'
import type {SiteConfig} from '../types.ts'

/** The flags every command shares. */
export interface SiteFlags {
  articles: string
  out: string
  config?: string
  'base-url'?: string
  /** Publish articles dated after today (see `SiteConfig.future`). */
  future?: boolean
  /** Publish drafts (see `SiteConfig.drafts`). */
  drafts?: boolean
}

/** The site configuration from `--config` (or `warraq.config.json` if present), `--base-url`, `--future` and `--drafts`. */
export async function configFromFlags(flags: SiteFlags): Promise<SiteConfig> {
  const loaded = await loadConfig(flags.config ?? 'warraq.config.json', flags.config !== undefined)
  const baseUrl = flags['base-url']
  const config =
    baseUrl === undefined
      ? loaded
      : resolveConfig({...loaded, baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}, '--base-url')
  // The flags only ever add: a configuration that publishes drafts or future articles is not overridden by their absence.
  return {...config, future: config.future || flags.future === true, drafts: config.drafts || flags.drafts === true}
}
