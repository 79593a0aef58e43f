import type {Element, Root} from 'hast'
import {h} from 'hastscript'
import type {ArticleLinks} from '../src/collect/site.ts'
import type {ArticleSummary} from '../src/collect/summaries.ts'
import type {PageContext} from '../src/render/context.ts'
import {formatMinutes, formatMonth} from '../src/render/format.ts'
import {isolatedText} from '../src/parse/bidi.ts'
import type {Article} from '../src/types.ts'
import {articleList} from './components/article-entry.ts'
import {jsonLd, openGraph} from './components/article-meta.ts'
import {spaced} from './components/spaced.ts'
import {statusNote} from './components/status.ts'
import {figure, pictureSizes} from './components/picture.ts'
import {time} from './components/time.ts'
import type {PictureView} from '../src/pictures/view.ts'
import {layout} from './layout.ts'

/** What an article page shows besides its record: its lead picture, and its body with every picture in place. */
export interface ArticleShown {
  lead?: PictureView
  /** The body's HTML, sanitized when the file was parsed, with its pictures. */
  body: string
}

/** An article page: section, headline, dates, author, reading time, lead picture, body, tags, neighbours, related articles. */
export function article(context: PageContext, article: Article, links: ArticleLinks, shown: ArticleShown): Root {
  const {link, config} = context
  // Previews show the picture's processed file, not the name the article gave it.
  const {image: _given, ...rest} = article
  const pictured = shown.lead ? {...rest, image: shown.lead.src} : rest
  const meta = [
    time(context, article.date),
    article.updated && article.updated !== article.date
      ? h('span.updated', ['حُدّث في ', time(context, article.updated)])
      : undefined,
    links.author
      ? h('span.author', ['بقلم ', h('a', {href: link(links.author.url)}, [h('bdi', links.author.name)])])
      : undefined,
    h('span.reading-time', `مدة القراءة: ${formatMinutes(article.readingMinutes, config)}`)
  ].filter((node) => node !== undefined)
  return layout(context, {
    title: article.title,
    description: article.summary,
    head: [...openGraph(context, pictured, links), jsonLd(context, pictured)],
    content: [
      h('article.article', [
        h(
          'header.article-header',
          [
            statusNote(context, article),
            links.section
              ? h('p.article-section', [h('a', {href: link(links.section.url)}, links.section.name)])
              : undefined,
            h('h1', isolatedText(article.title)),
            h('p.article-meta', spaced(meta))
          ].filter((node) => node !== undefined)
        ),
        // The lead picture is the first thing a reader sees: loaded at once, never lazily.
        shown.lead ? figure(context, shown.lead, {sizes: pictureSizes.column, lazy: false}, 'lead-figure') : undefined,
        h('div.article-body', [{type: 'raw', value: shown.body}]),
        h('footer.article-footer', [
          links.tags.length > 0
            ? h('nav.article-tags', {ariaLabel: 'الوسوم'}, [
                h('h2.tags-heading', 'الوسوم'),
                h(
                  'ul.tags',
                  links.tags.map((tag) => h('li', [h('a', {href: link(tag.url), rel: 'tag'}, [h('bdi', tag.name)])]))
                )
              ])
            : undefined,
          h('p.article-month', [
            h('a', {href: link(links.month)}, `أخبار ${formatMonth(article.date.slice(0, 7), config)}`)
          ])
        ])
      ]),
      neighbours(context, links),
      links.related.length > 0
        ? h('section.related', {ariaLabelledBy: 'related-heading'}, [
            h('h2#related-heading', 'أخبار ذات صلة'),
            articleList(context, links.related, 'h3')
          ])
        : undefined,
      h('p.home-link', [h('a', {href: link('/')}, 'العودة إلى الصفحة الرئيسية')])
    ].filter((node) => node !== undefined)
  })
}

function neighbours(context: PageContext, links: ArticleLinks): Element | undefined {
  if (!links.newer && !links.older) return undefined
  const item = (summary: ArticleSummary | undefined, label: string, rel: string) =>
    summary
      ? h('li', [
          h('span.neighbour-label', label),
          ' ',
          h('a', {href: context.link(summary.url), rel}, isolatedText(summary.title))
        ])
      : undefined
  return h('nav.neighbours', {ariaLabel: 'أخبار قبله وبعده'}, [
    h(
      'ul',
      [item(links.older, 'الخبر السابق:', 'prev'), item(links.newer, 'الخبر التالي:', 'next')].filter(
        (node) => node !== undefined
      )
    )
  ])
}
