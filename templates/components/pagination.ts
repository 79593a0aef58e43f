import type {Element} from 'hast'
import {h} from 'hastscript'
import type {PageContext} from '../../src/render/context.ts'
import {formatNumber} from '../../src/render/format.ts'
import {pageWindow, type Page} from '../../src/collect/paginate.ts'

/** Numbered pages (a window around the current one) with previous and next links; nothing when there is one page. */
export function pagination(context: PageContext, page: Page<unknown>): Element | undefined {
  if (page.urls.length < 2) return undefined
  const {link, config} = context
  const previous = page.urls[page.number - 2]
  const next = page.urls[page.number]
  return h('nav.pagination', {ariaLabel: 'صفحات القائمة'}, [
    previous ? h('a.previous', {href: link(previous), rel: 'prev'}, 'الصفحة السابقة') : undefined,
    h(
      'ol',
      pageWindow(page.number, page.urls.length).map((number) =>
        h('li', [
          number === 'gap'
            ? h('span.gap', '…')
            : number === page.number
              ? h('span', {ariaCurrent: 'page'}, formatNumber(number, config))
              : h(
                  'a',
                  {href: link(page.urls[number - 1]!), ariaLabel: `الصفحة ${formatNumber(number, config)}`},
                  formatNumber(number, config)
                )
        ])
      )
    ),
    next ? h('a.next', {href: link(next), rel: 'next'}, 'الصفحة التالية') : undefined
  ])
}
