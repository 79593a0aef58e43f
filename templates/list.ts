import type {ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {Page} from '../src/collect/paginate.ts'
import type {ArticleSummary} from '../src/collect/summaries.ts'
import type {PageContext} from '../src/render/context.ts'
import {formatNumber} from '../src/render/format.ts'
import {articleList} from './components/article-entry.ts'
import {pagination} from './components/pagination.ts'
import {layout, type LayoutProps} from './layout.ts'

/** What a list page shows besides its articles. */
export interface ListProps {
  /** The list's name, as its `h1` and `<title>`, such as `وسم: سياسة`. */
  heading: string
  description: string
  /** Elements between the heading and the list, such as a line with the count. */
  intro?: ElementContent[]
  /** The list's own feed, linked from `<head>` and under the heading. */
  feed?: {rss: string; atom?: string}
  /** Use the site title alone as `<title>` on the first page (the home page). */
  isHome?: boolean
}

/** One page of a list of articles, newest first, with its pager and `rel` links. */
export function list(context: PageContext, page: Page<ArticleSummary>, props: ListProps): Root {
  const {config, link} = context
  const numbered = page.number > 1 ? `${props.heading} — الصفحة ${formatNumber(page.number, config)}` : props.heading
  const previous = page.urls[page.number - 2]
  const next = page.urls[page.number]
  const layoutProps: LayoutProps = {
    title: props.isHome && page.number === 1 ? undefined : numbered,
    description: props.description,
    head: [
      previous ? h('link', {rel: 'prev', href: link(previous)}) : undefined,
      next ? h('link', {rel: 'next', href: link(next)}) : undefined
    ].filter((node) => node !== undefined),
    feeds: props.feed ? [{title: `${props.heading} — ${config.title}`, ...props.feed}] : [],
    content: [
      h('h1', numbered),
      ...(props.intro ?? []),
      props.feed ? h('p.feed-link', [h('a', {href: link(props.feed.rss)}, 'تابع هذه القائمة عبر RSS')]) : undefined,
      articleList(context, page.items),
      pagination(context, page)
    ].filter((node) => node !== undefined)
  }
  return layout(context, layoutProps)
}
