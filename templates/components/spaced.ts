import type {ElementContent} from 'hast'

/** Items separated by spaces, so their text does not run together where CSS is absent (feeds, screen readers, search). */
export function spaced(items: ReadonlyArray<ElementContent | undefined>): ElementContent[] {
  return items
    .filter((item) => item !== undefined)
    .flatMap((item, index) => (index === 0 ? [item] : [{type: 'text', value: ' '} as const, item]))
}
