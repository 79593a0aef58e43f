import type {Progress} from '../build.ts'

/** Milliseconds a build runs before progress is drawn: short builds stay quiet. */
const DELAY = 1000

/**
 * A one-line progress counter on a terminal, redrawn in place and only
 * after the build has run a second; `clear` erases it before the summary.
 */
export function progressLine(
  write: (text: string) => void,
  enabled: boolean
): {update: (progress: Progress) => void; clear: () => void} {
  const started = performance.now()
  let drawn = false
  let last = 0
  return {
    update(progress) {
      const now = performance.now()
      if (!enabled || now - started < DELAY || now - last < 100) return
      last = now
      drawn = true
      const labels = {read: 'Reading articles', index: 'Indexing for search', write: 'Writing files'}
      const text = `${labels[progress.phase]} ${progress.done}${progress.total === undefined ? '' : `/${progress.total}`}`
      write(`\r\x1b[K${text}`)
    },
    clear() {
      if (drawn) write('\r\x1b[K')
      drawn = false
    }
  }
}
