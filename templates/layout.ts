import type {ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import {siteFooter} from './components/site-footer.ts'
import type {PageContext} from '../src/render/context.ts'
import {backToTop} from './components/back-to-top.ts'
import {siteHeader} from './components/site-header.ts'

/** What a page gives the layout. */
export interface LayoutProps {
  /** The page's own title; the site title is added after it. Omit on the home page. */
  title?: string
  /** Text for `<meta name="description">`. */
  description: string
  /** Extra elements for `<head>`: `rel="prev"` links, OpenGraph, JSON-LD. */
  head?: ElementContent[]
  /** Feeds besides the site's own, such as a tag's. */
  feeds?: Array<{title: string; rss: string; atom?: string}>
  /** Leave out the canonical link (a page served at many URLs, such as the 404 page). */
  noCanonical?: boolean
  /** The page's main content. */
  content: ElementContent[]
}

/** Feeds of the whole site, linked from every page. */
export const siteFeeds = {rss: '/feed.xml', atom: '/atom.xml', json: '/feed.json'}

/**
 * The frame of every page: `lang`/`dir`, stylesheet, feeds, canonical link,
 * the header with the site name and sections, the content, and the
 * back-to-top link. The header carries `id="top"` and `tabindex="-1"` so
 * following `#top` scrolls to 0 and moves keyboard focus there.
 */
export function layout(context: PageContext, props: LayoutProps): Root {
  const {config, link} = context
  const title = props.title ? `${props.title} — ${config.title}` : config.title
  const feeds = [{title: config.title, ...siteFeeds}, ...(props.feeds ?? [])]
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'ar', dir: 'rtl'}, [
        h('head', [
          h('meta', {charSet: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', title),
          h('meta', {name: 'description', content: props.description}),
          props.noCanonical ? undefined : h('link', {rel: 'canonical', href: context.absolute(context.url)}),
          h('link', {
            rel: 'preload',
            href: link('/fonts/noto-naskh-arabic-arabic-400-normal.woff2'),
            as: 'font',
            type: 'font/woff2',
            crossOrigin: ''
          }),
          h('link', {rel: 'stylesheet', href: link('/style.css')}),
          // The accent is checked as `#rrggbb` when the configuration is read; the page itself stays free of script.
          config.accent ? h('style', `:root{--accent:${config.accent}}`) : undefined,
          h('link', {rel: 'icon', href: link('/favicon.svg'), type: 'image/svg+xml'}),
          ...feeds.flatMap((feed) => [
            h('link', {rel: 'alternate', type: 'application/rss+xml', title: feed.title, href: link(feed.rss)}),
            feed.atom
              ? h('link', {rel: 'alternate', type: 'application/atom+xml', title: feed.title, href: link(feed.atom)})
              : undefined
          ]),
          h('link', {rel: 'alternate', type: 'application/feed+json', title: config.title, href: link(siteFeeds.json)}),
          ...(props.head ?? [])
        ]),
        h('body', [siteHeader(context), h('main#content', [...props.content, backToTop()]), siteFooter(context)])
      ])
    ]
  }
}
