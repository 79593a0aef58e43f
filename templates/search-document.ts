import type {Root} from 'hast'
import {h} from 'hastscript'
import type {TermLink} from '../src/collect/site.ts'
import type {PageContext} from '../src/render/context.ts'
import {formatDay} from '../src/render/format.ts'
import type {Article} from '../src/types.ts'

/** What a search document shows of an article. */
export type SearchArticle = Pick<Article, 'url' | 'title' | 'date' | 'html'>

/**
 * What the search index reads of an article: its headline and body, with
 * the date and title as result metadata and the tags and year as filters.
 * Never written to the site; navigation and labels are absent by design.
 */
export function searchDocument(context: PageContext, article: SearchArticle, tags: readonly TermLink[]): Root {
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'ar', dir: 'rtl'}, [
        h('head', [h('meta', {charSet: 'utf-8'}), h('title', article.title)]),
        h('body', [
          h(
            'article',
            {
              dataPagefindBody: '',
              dataPagefindFilter: `year:${article.date.slice(0, 4)}`,
              dataPagefindMeta: `date:${formatDay(article.date, context.config)}`
            },
            [
              h('h1', {dataPagefindMeta: 'title'}, article.title),
              // The body was sanitized and serialized once, when its file was parsed.
              h('div', [{type: 'raw', value: article.html}]),
              h(
                'ul',
                {dataPagefindIgnore: ''},
                tags.map((tag) => h('li', {dataPagefindFilter: 'tag'}, tag.name))
              )
            ]
          )
        ])
      ])
    ]
  }
}
