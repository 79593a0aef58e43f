/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number
  /** Items on this page. */
  items: T[]
  /** Site-relative URL of every page of the list, in order; this page's is `urls[number - 1]`. */
  urls: string[]
}

/**
 * Splits `items` into pages of `size`: the first at `base`, the others at
 * `base + 'page/N/'`. An empty list still has one (empty) page.
 */
export function paginate<T>(items: readonly T[], size: number, base: string): Page<T>[] {
  const count = Math.max(1, Math.ceil(items.length / size))
  const urls = Array.from({length: count}, (_, index) => (index === 0 ? base : `${base}page/${index + 1}/`))
  return urls.map((_, index) => ({number: index + 1, items: items.slice(index * size, (index + 1) * size), urls}))
}

/**
 * The page numbers a pager shows: the first, the last, and `radius` either
 * side of `current`, with `gap` where numbers are left out, so a list of
 * a thousand pages does not put a thousand links on each.
 */
export function pageWindow(current: number, count: number, radius = 2): Array<number | 'gap'> {
  const shown: Array<number | 'gap'> = []
  for (let number = 1; number <= count; number++) {
    if (number === 1 || number === count || Math.abs(number - current) <= radius) shown.push(number)
    else if (shown.at(-1) !== 'gap') shown.push('gap')
  }
  return shown
}
