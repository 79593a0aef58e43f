import type {Element} from 'hast'
import {h} from 'hastscript'
import type {ArticleSummary} from '../../src/collect/summaries.ts'
import {isolatedText} from '../../src/parse/bidi.ts'
import type {PageContext} from '../../src/render/context.ts'
import {picture, pictureSizes} from './picture.ts'
import {spaced} from './spaced.ts'
import {statusLabel} from './status.ts'
import {time} from './time.ts'

/** One article in a list: headline as a link, date, author, summary, and its picture small beside them. */
export function articleEntry(context: PageContext, article: ArticleSummary, heading: 'h2' | 'h3' = 'h2'): Element {
  return h('li', [
    h(
      article.picture ? 'article.entry.has-picture' : 'article.entry',
      [
        h(
          `${heading}.entry-title`,
          [statusLabel(article.status), h('a', {href: context.link(article.url)}, isolatedText(article.title))].filter(
            (node) => node !== undefined
          )
        ),
        // After the headline, so a screen reader meets the story first; the stylesheet puts it beside the text.
        article.picture
          ? h('div.entry-picture', [picture(context, article.picture, {sizes: pictureSizes.thumbnail, lazy: true})])
          : undefined,
        h(
          'p.entry-meta',
          spaced([
            time(context, article.date),
            article.author ? h('span.author', [h('bdi', article.author)]) : undefined
          ])
        ),
        h('p.entry-summary', article.summary)
      ].filter((node) => node !== undefined)
    )
  ])
}

/** A list of articles, or a sentence saying there are none. */
export function articleList(
  context: PageContext,
  articles: readonly ArticleSummary[],
  heading: 'h2' | 'h3' = 'h2'
): Element {
  if (articles.length === 0) return h('p.empty', 'لا توجد أخبار بعد.')
  return h(
    'ol.article-list',
    articles.map((article) => articleEntry(context, article, heading))
  )
}
