import type {Element} from 'hast'
import {h} from 'hastscript'
import type {PageContext} from '../../src/render/context.ts'
import type {Article} from '../../src/types.ts'
import {time} from './time.ts'

/** Short labels of an unpublished article in lists; the article page says more (see `statusNote`). */
const labels = {draft: 'مسودة', scheduled: 'لم يُنشر بعد'} as const

/** The label before an unpublished article's headline in a list, so a preview never passes for the published site. */
export function statusLabel(status: Article['status']): Element | undefined {
  return status ? h('span.status-label', labels[status]) : undefined
}

/** The notice at the top of an unpublished article's page: why readers of the published site will not see it. */
export function statusNote(context: PageContext, article: Pick<Article, 'status' | 'date'>): Element | undefined {
  if (article.status === 'draft') {
    return h('p.status-note', {role: 'note'}, [
      h('strong', 'مسودة: '),
      'لا يظهر هذا الخبر في الموقع المنشور حتى يُحذف منه سطر ',
      h('code', {dir: 'ltr'}, 'draft: true'),
      '.'
    ])
  }
  if (article.status === 'scheduled') {
    return h('p.status-note', {role: 'note'}, [
      h('strong', 'لم يُنشر بعد: '),
      'يظهر هذا الخبر في الموقع المنشور ابتداءً من ',
      time(context, article.date),
      '.'
    ])
  }
  return undefined
}
