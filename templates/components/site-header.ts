import type {Element} from 'hast'
import {h} from 'hastscript'
import type {PageContext} from '../../src/render/context.ts'

/** The sections in the header, in reading order; `list` names a list the site may not have yet. */
const sections = [
  {url: '/tags/', label: 'الوسوم', list: 'tags'},
  {url: '/authors/', label: 'الكتّاب', list: 'authors'},
  {url: '/archive/', label: 'الأرشيف'},
  {url: '/search/', label: 'بحث'}
] as const

/** A header link, marked as the current page, or as the list the current page belongs to. */
function navLink(context: PageContext, to: string, label: string): Element {
  const {url} = context
  return h(
    'a',
    {href: context.link(to), ariaCurrent: url === to ? 'page' : url.startsWith(to) ? 'true' : undefined},
    label
  )
}

/** The page header: skip link, site name (the link home) and the sections; `#top` for the back-to-top link. */
export function siteHeader(context: PageContext): Element {
  const {config, link} = context
  return h('header.site-header#top', {tabIndex: -1}, [
    h('a.skip-link', {href: '#content'}, 'انتقل إلى المحتوى'),
    h(
      'a.site-title',
      {href: link('/')},
      // The name stays as text beside the logo, so the logo itself is decorative.
      config.logo
        ? [h('img.site-logo', {src: link(`/${config.logo.replace(/^\//, '')}`), alt: ''}), config.title]
        : config.title
    ),
    context.has.sections.length > 0
      ? h('nav.section-nav', {ariaLabel: 'أقسام الأخبار'}, [
          h(
            'ul',
            context.has.sections.map((section) => h('li', [navLink(context, section.url, section.name)]))
          )
        ])
      : undefined,
    h('nav.site-nav', {ariaLabel: 'أقسام الموقع'}, [
      h(
        'ul',
        // A link to an empty list leads a reader nowhere: a site without authors shows no «الكتّاب».
        sections
          .filter((section) => !('list' in section) || context.has[section.list])
          .map((section) => h('li', [navLink(context, section.url, section.label)]))
      )
    ])
  ])
}
