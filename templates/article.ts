import type {Root} from 'hast'
import {h} from 'hastscript'
import type {PageContext} from '../src/render/context.ts'
import {formatMinutes} from '../src/render/format.ts'
import type {Article} from '../src/types.ts'
import {time} from './components/time.ts'
import {layout} from './layout.ts'

/** An article page: headline, date, author, reading time, body, tags, and a link home. */
export function article(context: PageContext, article: Article): Root {
  const meta = [
    time(context, article.date),
    article.author ? h('span.author', ['بقلم ', h('bdi', article.author)]) : undefined,
    h('span.reading-time', `مدة القراءة: ${formatMinutes(article.readingMinutes, context.config)}`)
  ].filter((node) => node !== undefined)
  return layout(context, {
    title: article.title,
    description: article.summary,
    content: [
      h('article.article', [
        h('header.article-header', [h('h1', article.title), h('p.article-meta', meta)]),
        h('div.article-body', article.body.children),
        article.tags.length > 0
          ? h('footer.article-footer', [
              h('h2.tags-heading', 'الوسوم'),
              h('ul.tags', article.tags.map((tag) => h('li', [h('bdi', tag)])))
            ])
          : undefined
      ]),
      h('p.home-link', [h('a', {href: context.link('/')}, 'العودة إلى الصفحة الرئيسية')])
    ]
  })
}
