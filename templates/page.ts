import type {Root} from 'hast'
import {h} from 'hastscript'
import type {SitePage} from '../src/pages/parse-page.ts'
import type {PageContext} from '../src/render/context.ts'
import {layout} from './layout.ts'

/** A page that is not news, such as «من نحن»: its title and text, nothing of an article's dates or tags. */
export function sitePage(context: PageContext, page: SitePage): Root {
  return layout(context, {
    title: page.title,
    description: page.summary || `${page.title} — ${context.config.title}`,
    content: [h('article.site-page', [h('h1', page.title), h('div.article-body', [{type: 'raw', value: page.html}])])]
  })
}
