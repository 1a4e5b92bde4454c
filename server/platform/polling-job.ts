/**
 * A background job that runs a pass every `intervalMs` until stopped (reservation expiry, email and
 * push outboxes). A pass answers whether it found a full batch; then it runs again at once instead of
 * waiting. A failed pass is logged and the job keeps its schedule. Passes never overlap, and stop()
 * waits for the one in flight, so shutdown does not cut a claimed row off mid-work.
 */
import type { Logger } from './logger.ts'

export type PollingJob = { readonly stop: () => Promise<void> }

export function startPollingJob(job: {
  readonly name: string
  readonly intervalMs: number
  /** Before the first pass; `intervalMs` unless given (0: a pass right at start). */
  readonly initialDelayMs?: number
  readonly logger: Logger
  /** One pass; true when it filled its batch and there may be more to do now. */
  readonly pass: () => Promise<boolean>
}): PollingJob {
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> | undefined
  let stopped = false
  const run = async () => {
    try {
      while (!stopped && (await job.pass())) {}
    } catch (error) {
      job.logger.error({ err: error, job: job.name }, `${job.name} pass failed`)
    }
  }
  const tick = () => {
    running = run().finally(() => {
      if (!stopped) timer = setTimeout(tick, job.intervalMs)
    })
  }
  timer = setTimeout(tick, job.initialDelayMs ?? job.intervalMs)
  return {
    async stop() {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}
