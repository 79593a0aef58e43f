/**
 * How many letters must be inserted, deleted, replaced or swapped with a
 * neighbour to turn `a` into `b` (optimal string alignment): `autor` → `author`
 * and `titel` → `title` are 1. Counts code points, not UTF-16 units.
 */
export function editDistance(a: string, b: string): number {
  const from = Array.from(a)
  const to = Array.from(b)
  // Three rows suffice: a swap looks two rows back.
  let before: number[] = []
  let previous = to.map((_, index) => index + 1)
  previous.unshift(0)
  for (let i = 1; i <= from.length; i++) {
    const row = [i]
    for (let j = 1; j <= to.length; j++) {
      const cost = from[i - 1] === to[j - 1] ? 0 : 1
      let best = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost)
      if (i > 1 && j > 1 && from[i - 1] === to[j - 2] && from[i - 2] === to[j - 1])
        best = Math.min(best, before[j - 2]! + 1)
      row.push(best)
    }
    before = previous
    previous = row
  }
  return previous[to.length]!
}
