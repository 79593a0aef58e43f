import type {SiteConfig} from '../types.ts'
import {relativeUrl} from './urls.ts'

/** What every template knows about the page it renders. */
export interface PageContext {
  config: SiteConfig
  /** Site-relative URL of the page being rendered. */
  url: string
  /** A link from this page to another site-relative URL. */
  link: (to: string) => string
}

/** The context for rendering the page at `url`. */
export function pageContext(config: SiteConfig, url: string): PageContext {
  return {config, url, link: (to) => relativeUrl(url, to)}
}
