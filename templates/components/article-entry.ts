import type {Element} from 'hast'
import {h} from 'hastscript'
import type {PageContext} from '../../src/render/context.ts'
import type {ArticleSummary} from '../../src/collect/summaries.ts'
import {time} from './time.ts'

/** One article in a list: headline as a link, date, summary. */
export function articleEntry(context: PageContext, article: ArticleSummary): Element {
  return h('li', [
    h('article.entry', [
      h('h2.entry-title', [h('a', {href: context.link(article.url)}, article.title)]),
      h('p.entry-meta', [time(context, article.date)]),
      h('p.entry-summary', article.summary)
    ])
  ])
}
