import type {Element} from 'hast'
import {h} from 'hastscript'
import type {PageContext} from '../../src/render/context.ts'
import {formatNumber} from '../../src/render/format.ts'
import type {Page} from '../../src/collect/paginate.ts'

/** Numbered pages with previous and next links; nothing when there is one page. */
export function pagination(context: PageContext, page: Page<unknown>): Element | undefined {
  if (page.urls.length < 2) return undefined
  const {link, config} = context
  const previous = page.urls[page.number - 2]
  const next = page.urls[page.number]
  return h('nav.pagination', {ariaLabel: 'صفحات القائمة'}, [
    previous ? h('a.previous', {href: link(previous), rel: 'prev'}, 'الصفحة السابقة') : undefined,
    h(
      'ol',
      page.urls.map((url, index) =>
        h('li', [
          index + 1 === page.number
            ? h('span', {ariaCurrent: 'page'}, formatNumber(index + 1, config))
            : h('a', {href: link(url), ariaLabel: `الصفحة ${formatNumber(index + 1, config)}`}, formatNumber(index + 1, config))
        ])
      )
    ),
    next ? h('a.next', {href: link(next), rel: 'next'}, 'الصفحة التالية') : undefined
  ])
}
