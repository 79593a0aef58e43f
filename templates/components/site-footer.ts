import type {Element} from 'hast'
import {h} from 'hastscript'
import type {PageContext} from '../../src/render/context.ts'

/** The page footer: links to the site's pages, the site's name and description, its own line of text, and its accounts elsewhere. */
export function siteFooter(context: PageContext): Element {
  const {config} = context
  return h(
    'footer.site-footer',
    [
      context.has.pages.length > 0
        ? h('nav.footer-pages', {ariaLabel: 'صفحات الموقع'}, [
            h(
              'ul',
              context.has.pages.map((page) => h('li', [h('a', {href: context.link(page.url)}, page.title)]))
            )
          ])
        : undefined,
      h('p', [config.title, ' — ', config.description]),
      config.footer ? h('p.footer-text', config.footer) : undefined,
      config.social.length > 0
        ? h('nav.social', {ariaLabel: 'حساباتنا'}, [
            h(
              'ul',
              config.social.map((account) =>
                h('li', [h('a', {href: account.url, rel: 'me'}, [h('bdi', account.name)])])
              )
            )
          ])
        : undefined
    ].filter((node) => node !== undefined)
  )
}
