import type {Root} from 'hast'
import {h} from 'hastscript'
import type {PageContext} from '../src/render/context.ts'
import {layout} from './layout.ts'

/**
 * The search page. The form and results work through `search.js` and the
 * Pagefind index; without JavaScript the page says so and points to the
 * archive, tags and authors, which need none.
 */
export function search(context: PageContext): Root {
  const {link, config} = context
  return layout(context, {
    title: 'البحث',
    description: `ابحث في أخبار ${config.title}`,
    head: [h('script', {type: 'module', src: link('/search.js')})],
    content: [
      h('h1', 'البحث في الأرشيف'),
      h('form.search-form', {role: 'search', action: link('/search/'), method: 'get', dataSearch: link('/pagefind/')}, [
        h('label', {htmlFor: 'search-query'}, 'كلمات البحث'),
        h('div.search-row', [
          h('input#search-query', {type: 'search', name: 'q', autoComplete: 'off', dir: 'auto', required: true}),
          h('button', {type: 'submit'}, 'ابحث')
        ]),
        h('div.search-filters', {hidden: true}, [
          h('label', {htmlFor: 'search-tag'}, 'الوسم'),
          h('select#search-tag', {name: 'tag'}, [h('option', {value: ''}, 'كل الوسوم')]),
          h('label', {htmlFor: 'search-year'}, 'السنة'),
          h('select#search-year', {name: 'year'}, [h('option', {value: ''}, 'كل السنوات')])
        ])
      ]),
      h('noscript', [
        h('p.search-noscript', [
          'البحث يحتاج إلى تفعيل JavaScript في المتصفح. يمكنك تصفح الأخبار دونه عبر ',
          h('a', {href: link('/archive/')}, 'الأرشيف'),
          ' و',
          h('a', {href: link('/tags/')}, 'الوسوم'),
          ' و',
          h('a', {href: link('/authors/')}, 'الكتّاب'),
          '.'
        ])
      ]),
      h('p#search-status.search-status', {role: 'status', ariaLive: 'polite'}),
      h('ol#search-results.search-results')
    ]
  })
}
