import {loadConfig, resolveConfig} from '../config.ts'
import type {SiteConfig} from '../types.ts'

/** The flags every command shares. */
export interface SiteFlags {
  articles: string
  out: string
  config?: string
  'base-url'?: string
}

/** The site configuration from `--config` (or `warraq.config.json` if present) and `--base-url`. */
export async function configFromFlags(flags: SiteFlags): Promise<SiteConfig> {
  const loaded = await loadConfig(flags.config ?? 'warraq.config.json', flags.config !== undefined)
  const baseUrl = flags['base-url']
  return baseUrl === undefined
    ? loaded
    : resolveConfig({...loaded, baseUrl: baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`}, '--base-url')
}
