import type {Element} from 'hast'
import {h} from 'hastscript'

/** A plain link to `#top` (the page header): works without JavaScript. */
export function backToTop(): Element {
  return h('p.back-to-top', [h('a', {href: '#top'}, [h('span', {ariaHidden: 'true'}, '↑ '), 'العودة إلى الأعلى'])])
}
