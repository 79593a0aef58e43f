import type {Root} from 'hast'
import {h} from 'hastscript'
import type {ArchiveYear} from '../src/collect/archive.ts'
import type {PageContext} from '../src/render/context.ts'
import {formatArticleCount, formatMonth, formatYear} from '../src/render/format.ts'
import {layout} from './layout.ts'

/** The archive index: every year and month with its article count, newest first. */
export function archiveIndex(context: PageContext, years: readonly ArchiveYear[]): Root {
  const {config, link} = context
  const count = (n: number) => h('span.count', `(${formatArticleCount(n, config)})`)
  return layout(context, {
    title: 'الأرشيف',
    description: `أرشيف ${config.title} حسب السنة والشهر`,
    content: [
      h('h1', 'الأرشيف'),
      years.length === 0
        ? h('p.empty', 'لا توجد أخبار بعد.')
        : h(
            'ul.archive-years',
            years.map((year) =>
              h('li', [
                h('h2', [
                  h('a', {href: link(year.url)}, formatYear(year.year, config)),
                  ' ',
                  count(year.articles.length)
                ]),
                h(
                  'ul.archive-months',
                  year.months.map((month) =>
                    h('li', [
                      h('a', {href: link(month.url)}, formatMonth(`${month.year}-${month.month}`, config)),
                      ' ',
                      count(month.articles.length)
                    ])
                  )
                )
              ])
            )
          )
    ]
  })
}
