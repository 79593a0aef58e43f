import type {Element, Root} from 'hast'
import {h} from 'hastscript'
import type {ArticleSummary} from '../src/collect/summaries.ts'
import type {TermLink} from '../src/collect/site.ts'
import {isolatedText} from '../src/parse/bidi.ts'
import type {PageContext} from '../src/render/context.ts'
import {articleList} from './components/article-entry.ts'
import {figure, pictureSizes} from './components/picture.ts'
import {spaced} from './components/spaced.ts'
import {statusLabel} from './components/status.ts'
import {time} from './components/time.ts'
import {layout} from './layout.ts'

/** What the front page shows: the lead story, the newest of each section, the newest of all. */
export interface FrontPageProps {
  /** The newest article; none on an empty site. */
  lead?: ArticleSummary
  /** Each section with its newest articles, in the header's order. */
  sections: Array<{section: TermLink; articles: ArticleSummary[]}>
  /** The newest articles after the lead. */
  latest: ArticleSummary[]
  /** Where the whole list of articles, page by page, begins. */
  allUrl: string
}

/** The home page of a news site: a lead story with its picture, then a block per section, then the newest list. */
export function frontPage(context: PageContext, props: FrontPageProps): Root {
  const {config, link} = context
  return layout(context, {
    description: config.description,
    content: [
      h('h1.visually-hidden', config.title),
      props.lead ? leadStory(context, props.lead) : h('p.empty', 'لا توجد أخبار بعد.'),
      ...props.sections.map(({section, articles}) =>
        h('section.front-section', {ariaLabel: section.name}, [
          h('h2.front-heading', [h('a', {href: link(section.url)}, section.name)]),
          articleList(context, articles, 'h3')
        ])
      ),
      props.latest.length > 0
        ? h('section.front-section.front-latest', {ariaLabelledBy: 'latest-heading'}, [
            h('h2.front-heading#latest-heading', 'أحدث الأخبار'),
            articleList(context, props.latest, 'h3'),
            h('p.all-news', [h('a', {href: link(props.allUrl)}, 'كل الأخبار')])
          ])
        : undefined
    ].filter((node) => node !== undefined)
  })
}

function leadStory(context: PageContext, lead: ArticleSummary): Element {
  return h('article.lead-story', [
    lead.picture ? figure(context, lead.picture, {sizes: pictureSizes.column, lazy: false}, 'lead-figure') : undefined,
    h(
      'h2.lead-title',
      [statusLabel(lead.status), h('a', {href: context.link(lead.url)}, isolatedText(lead.title))].filter(
        (node) => node !== undefined
      )
    ),
    h(
      'p.entry-meta',
      spaced([time(context, lead.date), lead.author ? h('span.author', [h('bdi', lead.author)]) : undefined])
    ),
    h('p.lead-summary', lead.summary)
  ])
}
