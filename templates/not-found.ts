import type {Root} from 'hast'
import {h} from 'hastscript'
import type {PageContext} from '../src/render/context.ts'
import {layout} from './layout.ts'

/** The page a host shows for a missing URL: served at any path, so its links start from the site root. */
export function notFound(context: PageContext): Root {
  return layout(context, {
    title: 'الصفحة غير موجودة',
    description: 'الصفحة المطلوبة غير موجودة.',
    noCanonical: true,
    head: [h('meta', {name: 'robots', content: 'noindex'})],
    content: [
      h('h1', 'الصفحة غير موجودة'),
      h('p', 'لم نجد الصفحة التي طلبتها. ربما نُقلت أو حُذفت، أو في الرابط خطأ.'),
      h('ul.not-found-links', [
        h('li', [h('a', {href: context.link('/')}, 'العودة إلى الصفحة الرئيسية')]),
        h('li', [h('a', {href: context.link('/archive/')}, 'تصفح الأرشيف')]),
        h('li', [h('a', {href: context.link('/tags/')}, 'تصفح الوسوم')])
      ])
    ]
  })
}
