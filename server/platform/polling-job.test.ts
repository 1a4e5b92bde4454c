import { describe, expect, it } from 'vitest'
import { createLogger } from './logger.ts'
import { startPollingJob } from './polling-job.ts'

const logger = createLogger('silent')
const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 5))
}

describe('polling job', () => {
  it('runs a pass again at once while it fills its batch, then waits for the interval', async () => {
    const answers = [true, true, false]
    let passes = 0
    const job = startPollingJob({
      name: 'test',
      intervalMs: 1_000,
      logger,
      pass: async () => {
        passes += 1
        return answers.shift() ?? false
      },
    })
    await new Promise((resolve) => setTimeout(resolve, 500))
    expect(passes).toBe(0)
    // One interval in: three passes back to back (waiting an interval each would have made one).
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    expect(passes).toBe(3)
    await job.stop()
  })

  it('keeps its schedule after a failing pass and stops after the pass in flight', async () => {
    let passes = 0
    let finished = 0
    const job = startPollingJob({
      name: 'test',
      intervalMs: 5,
      logger,
      pass: async () => {
        passes += 1
        if (passes === 1) throw new Error('first pass fails')
        await new Promise((resolve) => setTimeout(resolve, 10))
        finished += 1
        return passes < 4
      },
    })
    await until(() => passes >= 3)
    await job.stop()
    const passesAtStop = passes
    expect(finished).toBe(passes - 1)
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(passes).toBe(passesAtStop)
  })
})
