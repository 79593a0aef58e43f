import {describe, expect, it, vi} from 'vitest'
import {buildQueue, settle} from '../src/cli/serve-schedule.ts'

/** A build that runs until `finish()` is called. */
function controlledBuild() {
  const finishes: Array<() => void> = []
  const build = vi.fn(() => new Promise<void>((resolve) => finishes.push(resolve)))
  return {build, finish: () => finishes.shift()?.()}
}

const turn = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('build queue', () => {
  it('runs one build more after a request made during a build', async () => {
    const {build, finish} = controlledBuild()
    const queue = buildQueue(build)
    queue.request()
    expect(build).toHaveBeenCalledTimes(1)
    queue.request()
    finish()
    await turn()
    expect(build).toHaveBeenCalledTimes(2)
    finish()
    await queue.idle()
    expect(build).toHaveBeenCalledTimes(2)
  })

  it('runs one build more, not many, after many requests made during a build', async () => {
    const {build, finish} = controlledBuild()
    const queue = buildQueue(build)
    queue.request()
    for (let index = 0; index < 10; index++) queue.request()
    finish()
    await turn()
    finish()
    await queue.idle()
    expect(build).toHaveBeenCalledTimes(2)
  })

  it('builds again after a build that threw', async () => {
    const build = vi.fn().mockRejectedValueOnce(new Error('spawn failed')).mockResolvedValue(undefined)
    const queue = buildQueue(build)
    queue.request()
    await queue.idle()
    queue.request()
    await queue.idle()
    expect(build).toHaveBeenCalledTimes(2)
  })
})

describe('settle', () => {
  it('acts once, after the events of a burst stop for the quiet time', () => {
    vi.useFakeTimers()
    const settled = vi.fn()
    const {poke} = settle(settled, {quietMs: 200, longestMs: 2000})
    poke()
    vi.advanceTimersByTime(150)
    poke()
    vi.advanceTimersByTime(150)
    expect(settled).not.toHaveBeenCalled()
    vi.advanceTimersByTime(50)
    expect(settled).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(5000)
    expect(settled).toHaveBeenCalledTimes(1)
    vi.useRealTimers()
  })

  it('acts at the longest wait on files that never stop changing', () => {
    vi.useFakeTimers()
    const settled = vi.fn()
    const {poke} = settle(settled, {quietMs: 200, longestMs: 1000})
    for (let elapsed = 0; elapsed < 1500; elapsed += 100) {
      poke()
      vi.advanceTimersByTime(100)
    }
    expect(settled).toHaveBeenCalledTimes(1)
    vi.useRealTimers()
  })
})
