/** A queue of builds: `request` asks for one, `idle` resolves once none runs or waits. */
export interface BuildQueue {
  request(): void
  idle(): Promise<void>
}

/**
 * Runs `build` one at a time. A request while a build runs queues exactly one
 * more build after it, however many requests come: that build reads every
 * file as it is then, so no save made during a build is lost. A build that
 * throws does not stop later ones.
 */
export function buildQueue(build: () => Promise<void>): BuildQueue {
  let running: Promise<void> | undefined
  let wanted = false
  const loop = async () => {
    try {
      while (wanted) {
        wanted = false
        await build().catch(() => undefined)
      }
    } finally {
      // Set in the same turn as the last check of `wanted`: a request cannot slip between them.
      running = undefined
    }
  }
  return {
    request() {
      wanted = true
      running ??= loop()
    },
    idle: () => running ?? Promise.resolve()
  }
}

/** When to act on a burst of file events: after `quietMs` without one, or `longestMs` after the first at the latest. */
export interface SettleOptions {
  quietMs: number
  longestMs: number
}

/**
 * Calls `settled` once events stop: each `poke` restarts a `quietMs` wait, so
 * a save made as truncate, pause, write is acted on once, after the write.
 * Files that never stop changing are acted on every `longestMs`.
 * Returns `poke` and `cancel`.
 */
export function settle(settled: () => void, options: SettleOptions): {poke(): void; cancel(): void} {
  let quiet: NodeJS.Timeout | undefined
  let longest: NodeJS.Timeout | undefined
  const fire = () => {
    clearTimeout(quiet)
    clearTimeout(longest)
    longest = undefined
    settled()
  }
  return {
    poke() {
      clearTimeout(quiet)
      quiet = setTimeout(fire, options.quietMs)
      longest ??= setTimeout(fire, options.longestMs)
    },
    cancel() {
      clearTimeout(quiet)
      clearTimeout(longest)
    }
  }
}
