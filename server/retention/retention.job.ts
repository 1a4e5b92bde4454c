/**
 * Prunes the rows that only serve a window of time (decision 0012): events older than
 * EVENT_RETENTION_DAYS, applied mutation ids older than MUTATION_ID_RETENTION_DAYS, and review
 * photos no review claimed within a day. Every instance runs it: a batch skips the rows another
 * instance's batch holds, and a row is deleted once, so two instances share the work. A full batch
 * makes the next one run at once, so a backlog (the first run after an upgrade) drains in short
 * transactions rather than one long delete.
 *
 * What stays correct: SSE resume reads "the shopper's events after id N", and ids come from an
 * identity that never goes back, so a resume after pruning gets every newer event and a shopper
 * with none left simply starts from its next one; the client pulls its state on every (re)connect,
 * so a poke pruned while it was away costs nothing. A mutation id is remembered for its window: a
 * replay inside it is a duplicate, a replay after it is applied again as a new change in receive
 * order (quantities are set, not added, so it restores what that device last showed).
 */
import type { RetentionConfig } from '../env.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { type PollingJob, startPollingJob } from '../platform/polling-job.ts'
import { pruneUnclaimedPhotos } from '../reviews/review-photos.repository.ts'
import { pruneAppliedMutations, pruneEvents } from './retention.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'logger' | 'clock'>

const batchSize = 1000
const dayMs = 24 * 60 * 60_000

export type Pruned = { readonly events: number; readonly appliedMutations: number; readonly reviewPhotos: number }

/** One batch of each table: deletes up to `limit` rows of each that are past their retention. */
export async function pruneExpiredRows(deps: Deps, retention: RetentionConfig, limit = batchSize): Promise<Pruned> {
  const now = deps.clock().getTime()
  return {
    events: await pruneEvents(deps.db, new Date(now - retention.eventDays * dayMs), limit),
    appliedMutations: await pruneAppliedMutations(deps.db, new Date(now - retention.mutationIdDays * dayMs), limit),
    // Photos uploaded for a review never sent (the shopper gave up): a day is long enough to finish one.
    reviewPhotos: await pruneUnclaimedPhotos(deps.db, new Date(now - dayMs), limit),
  }
}

/** Runs the pruning every `intervalMs` until stopped (server/platform/polling-job.ts). */
export function startRetention(deps: Deps, retention: RetentionConfig, intervalMs = 60 * 60_000): PollingJob {
  return startPollingJob({
    name: 'retention',
    intervalMs,
    logger: deps.logger,
    pass: async () => {
      const pruned = await pruneExpiredRows(deps, retention)
      if (Object.values(pruned).some((n) => n > 0)) deps.logger.info(pruned, 'old rows pruned')
      return Object.values(pruned).some((n) => n === batchSize)
    },
  })
}
