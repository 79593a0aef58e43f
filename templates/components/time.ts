import type {Element} from 'hast'
import {h} from 'hastscript'
import type {PageContext} from '../../src/render/context.ts'
import {formatDay, formatHijriDay} from '../../src/render/format.ts'

/** A `<time>` with the machine-readable day and the day in the site's locale, and the Hijri day when configured. */
export function time(context: PageContext, day: string): Element {
  const gregorian = h('time', {dateTime: day}, formatDay(day, context.config))
  if (!context.config.hijri) return gregorian
  return h('span.date', [gregorian, ' ', h('span.hijri', `(${formatHijriDay(day, context.config)})`)])
}
