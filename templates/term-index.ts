import type {Root} from 'hast'
import {h} from 'hastscript'
import type {Term} from '../src/collect/terms.ts'
import type {PageContext} from '../src/render/context.ts'
import {formatArticleCount} from '../src/render/format.ts'
import {layout} from './layout.ts'

/** The index of all tags or all authors, in Arabic collation order, each with its article count. */
export function termIndex(
  context: PageContext,
  terms: readonly Term[],
  props: {heading: string; description: string; empty: string}
): Root {
  const {config, link} = context
  return layout(context, {
    title: props.heading,
    description: props.description,
    content: [
      h('h1', props.heading),
      terms.length === 0
        ? h('p.empty', props.empty)
        : h(
            'ul.term-list',
            terms.map((term) =>
              h('li', [
                h('a', {href: link(term.url)}, [h('bdi', term.name)]),
                ' ',
                h('span.count', `(${formatArticleCount(term.articles.length, config)})`)
              ])
            )
          )
    ]
  })
}
