import type {Element} from 'hast'
import {h} from 'hastscript'
import {formatDay} from '../../src/render/format.ts'
import type {PageContext} from '../../src/render/context.ts'

/** A `<time>` with the machine-readable day and the day written in the site's locale. */
export function time(context: PageContext, day: string): Element {
  return h('time', {dateTime: day}, formatDay(day, context.config))
}
