/**
 * Prunes analytics events older than ANALYTICS_RETENTION_DAYS (issue 17 §3), in batches like the
 * other retention (server/retention): oldest first through the occurred_at index, skipping rows
 * another instance's batch holds, a full batch making the next run at once. On a partitioned table
 * (decision 0035) dropping whole months replaces this.
 */
import type { AppDeps } from '../platform/app-env.ts'
import { type PollingJob, startPollingJob } from '../platform/polling-job.ts'
import { pruneAnalyticsEvents } from './analytics.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'logger' | 'clock'>

const batchSize = 5000
const dayMs = 24 * 60 * 60_000

/** One batch: deletes up to `limit` events that occurred more than `days` days ago; answers how many. */
export function pruneOldAnalyticsEvents(deps: Deps, days: number, limit = batchSize): Promise<number> {
  return pruneAnalyticsEvents(deps.db, new Date(deps.clock().getTime() - days * dayMs), limit)
}

export function startAnalyticsRetention(deps: Deps, days: number, intervalMs = 60 * 60_000): PollingJob {
  return startPollingJob({
    name: 'analytics-retention',
    intervalMs,
    logger: deps.logger,
    pass: async () => {
      const pruned = await pruneOldAnalyticsEvents(deps, days)
      if (pruned > 0) deps.logger.info({ analyticsEvents: pruned }, 'old analytics events pruned')
      return pruned === batchSize
    },
  })
}
