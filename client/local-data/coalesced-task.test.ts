import { describe, expect, it } from 'vitest'
import { coalesce } from './coalesced-task.ts'

describe('coalesce', () => {
  it('never runs the task twice at once, and runs once more when called during a run', async () => {
    let active = 0
    let maxActive = 0
    let runs = 0
    let release: () => void = () => {}
    const run = coalesce(async () => {
      active += 1
      maxActive = Math.max(maxActive, active)
      runs += 1
      if (runs === 1) await new Promise<void>((resolve) => (release = resolve))
      active -= 1
    })
    const first = run()
    const second = run()
    const third = run()
    expect(second).toBe(first)
    expect(third).toBe(first)
    release()
    await first
    expect(runs).toBe(2)
    expect(maxActive).toBe(1)
  })

  it('can run again after a run that threw', async () => {
    let calls = 0
    const run = coalesce(async () => {
      calls += 1
      if (calls === 1) throw new Error('boom')
    })
    await expect(run()).rejects.toThrow('boom')
    await run()
    expect(calls).toBe(2)
  })
})
