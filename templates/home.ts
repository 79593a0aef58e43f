import type {Root} from 'hast'
import {h} from 'hastscript'
import type {Page} from '../src/collect/paginate.ts'
import type {ArticleSummary} from '../src/collect/summaries.ts'
import type {PageContext} from '../src/render/context.ts'
import {formatNumber} from '../src/render/format.ts'
import {articleEntry} from './components/article-entry.ts'
import {pagination} from './components/pagination.ts'
import {layout} from './layout.ts'

/** One page of the home list: newest articles first. */
export function home(context: PageContext, page: Page<ArticleSummary>): Root {
  const {config, link} = context
  const numbered = page.number > 1 ? `الصفحة ${formatNumber(page.number, config)}` : undefined
  const heading = numbered ? `أحدث الأخبار — ${numbered}` : 'أحدث الأخبار'
  const previous = page.urls[page.number - 2]
  const next = page.urls[page.number]
  return layout(context, {
    title: numbered ? heading : undefined,
    description: config.description,
    head: [previous ? h('link', {rel: 'prev', href: link(previous)}) : undefined, next ? h('link', {rel: 'next', href: link(next)}) : undefined].filter((node) => node !== undefined),
    content: [
      h('h1', heading),
      page.items.length === 0
        ? h('p.empty', 'لا توجد أخبار بعد.')
        : h('ol.article-list', page.items.map((article) => articleEntry(context, article))),
      pagination(context, page)
    ].filter((node) => node !== undefined)
  })
}
