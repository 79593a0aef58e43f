import type {ElementContent, Root} from 'hast'
import {h} from 'hastscript'
import type {PageContext} from '../src/render/context.ts'
import {backToTop} from './components/back-to-top.ts'

/** What a page gives the layout. */
export interface LayoutProps {
  /** The page's own title; the site title is added after it. Omit on the home page. */
  title?: string
  /** Text for `<meta name="description">`. */
  description: string
  /** Extra elements for `<head>`, such as `rel="prev"` links. */
  head?: ElementContent[]
  /** The page's main content. */
  content: ElementContent[]
}

/**
 * The frame of every page: `lang`/`dir`, stylesheet, header with the site
 * name, the content, and the back-to-top link. The header carries `id="top"`
 * and `tabindex="-1"` so following `#top` scrolls to 0 and moves focus there.
 */
export function layout(context: PageContext, props: LayoutProps): Root {
  const {config, link} = context
  const title = props.title ? `${props.title} — ${config.title}` : config.title
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'ar', dir: 'rtl'}, [
        h('head', [
          h('meta', {charSet: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', title),
          h('meta', {name: 'description', content: props.description}),
          h('link', {rel: 'preload', href: link('/fonts/noto-naskh-arabic-arabic-400-normal.woff2'), as: 'font', type: 'font/woff2', crossOrigin: ''}),
          h('link', {rel: 'stylesheet', href: link('/style.css')}),
          ...(props.head ?? [])
        ]),
        h('body', [
          h('header.site-header#top', {tabIndex: -1}, [
            h('a.skip-link', {href: '#content'}, 'انتقل إلى المحتوى'),
            h('a.site-title', {href: link('/')}, config.title),
            h('nav.site-nav', {ariaLabel: 'التنقل الرئيسي'}, [h('a', {href: link('/')}, 'الرئيسية')])
          ]),
          h('main#content', [...props.content, backToTop()]),
          h('footer.site-footer', [h('p', [config.title, ' — ', config.description])])
        ])
      ])
    ]
  }
}
