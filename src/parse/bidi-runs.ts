/** A stretch of text, as offsets: `from` inclusive, `to` exclusive. */
export type Range = readonly [from: number, to: number]

/** What a run may hold, marks included as they belong to the letter before; anything else (Arabic, `،`, `«`) ends it. */
const RUN_CHAR = /[\p{Script=Latin}\n\x20-\x7e“”‘’–—…]|\p{M}/u

/**
 * Where runs start, leftmost first: a whole phone number (digit groups with
 * single separators, 7 digits at least; group 1), or the start of Latin text
 * led by an opening quote or bracket, or by a word that reaches a Latin
 * letter (`5G`, `#Libya`, `123@mail.ly`). Digits alone never start a run:
 * they already read right in right-to-left text. So that no paragraph costs
 * time quadratic in its length, numbers and words start only at their first
 * character, and an opener must reach a Latin letter within 30 characters.
 */
const START = new RegExp(
  [
    String.raw`((?<!\d)\+?(?=(?:[ .-]?\d){7})\d+(?:[ .-]\d+)+)`,
    String.raw`(?:[“"'‘(\[](?=[\p{Script=Latin}\d])[ -~]{0,30}?|(?<![!-~])[!-~]*?|)\p{Script=Latin}`
  ].join('|'),
  'gu'
)

/** The closer each opener waits for. */
const CLOSER: Record<string, string> = {'(': ')', '[': ']', '“': '”', '‘': '’', '"': '"', "'": "'"}

/** Characters that end a Latin sentence or clause: at the end of a run they belong to the Arabic around it. */
const WEAK_END = /[\s.,:;!?–—…-]/u

/** A quote between two letters is an apostrophe (`don't`), not a quotation mark. */
const APOSTROPHE = /^\p{L}['’]\p{L}$/u

/**
 * Scans the Latin text from `from`: `end` is where its run ends, at its last
 * letter, digit or symbol, or at a closer matching an opener inside it, so
 * `2026."` keeps `."` while a lone trailing `.` or `,` stays with the Arabic
 * sentence; `stop` is where scanning stopped, at the first character a run
 * cannot hold or at a closing quote or bracket opened outside the run.
 */
function scanRun(text: string, from: number): {end: number; stop: number} {
  const waiting: string[] = []
  let end = from
  let index = from
  for (; index < text.length && RUN_CHAR.test(text[index]!); index++) {
    const character = text[index]!
    if (index > from && APOSTROPHE.test(text.slice(index - 1, index + 2))) end = index + 1
    else if (character === waiting.at(-1)) {
      waiting.pop()
      end = index + 1
    } else if (character in CLOSER) waiting.push(CLOSER[character]!)
    else if (')]”’'.includes(character)) break
    else if (!WEAK_END.test(character)) end = index + 1
  }
  return {end, stop: index}
}

/** What every run holds: a Latin letter, or digits with a separator (a phone number). Most Arabic text has neither. */
const MAYBE_RUN = /\p{Script=Latin}|\d[ .-]\d/u

/** The left-to-right runs of `text`, in order. */
export function findRuns(text: string): Range[] {
  // One quick test spares the paragraphs without Latin the scan for where runs start, most of a news archive.
  if (!MAYBE_RUN.test(text)) return []
  const runs: Range[] = []
  START.lastIndex = 0
  for (let match = START.exec(text); match; match = START.exec(text)) {
    const {end, stop} = match[1] ? {end: START.lastIndex, stop: START.lastIndex} : scanRun(text, match.index)
    if (end > match.index) runs.push([match.index, end])
    START.lastIndex = Math.max(stop, match.index + 1)
  }
  return runs
}
