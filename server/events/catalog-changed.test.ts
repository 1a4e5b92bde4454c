import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { throttlePokes } from './catalog-changed.ts'

describe('throttlePokes', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('sends the first poke at once and a burst inside the window as one more at its end', () => {
    const send = vi.fn()
    const pokes = throttlePokes(send, 500)
    pokes.poke()
    expect(send).toHaveBeenCalledTimes(1)
    for (let i = 0; i < 300; i++) pokes.poke()
    expect(send).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(500)
    expect(send).toHaveBeenCalledTimes(2)
    vi.advanceTimersByTime(500)
    expect(send).toHaveBeenCalledTimes(2)
  })

  it('sends at once again after a quiet window, and nothing after stop', () => {
    const send = vi.fn()
    const pokes = throttlePokes(send, 500)
    pokes.poke()
    vi.advanceTimersByTime(1000)
    pokes.poke()
    expect(send).toHaveBeenCalledTimes(2)
    pokes.poke()
    pokes.stop()
    vi.advanceTimersByTime(1000)
    expect(send).toHaveBeenCalledTimes(2)
  })
})
