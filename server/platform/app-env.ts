import type { Config } from '../env.ts'
import type { LiveStreams } from '../events/live-streams.ts'
import type { Metrics } from '../observability/metrics.ts'
import type { ErrorReporter } from '../observability/sentry.ts'
import type { TraceIds } from '../observability/tracing.ts'
import type { PaymentProvider } from '../payments/payment-provider.ts'
import type { SearchIndex } from '../search/search-index.service.ts'
import type { SearchLog } from '../search/search-log.ts'
import type { Bus } from './bus.ts'
import type { Db } from './db.ts'
import type { Logger } from './logger.ts'
import type { RateLimiter } from './rate-limit.ts'
import type { ResponseCache } from './response-cache.ts'

/** What services may touch; tests build it with a real database and stub only what leaves the machine. */
export type AppDeps = {
  readonly config: Config
  readonly db: Db
  readonly logger: Logger
  readonly clock: () => Date
  /** Wakes event streams; in-process, or Redis pub/sub across instances. */
  readonly bus: Bus
  readonly rateLimiter: RateLimiter
  /** This instance's open SSE streams, ended on shutdown. */
  readonly liveStreams: LiveStreams
  /** Finished catalog answers (L1 in process, L2 in Redis when configured); see response-cache.ts. */
  readonly responseCache: ResponseCache
  /** This instance's search index over the catalog. */
  readonly searchIndex: SearchIndex
  /** The searches this instance answered, written in batches (search-log.ts). */
  readonly searchLog: SearchLog
  /** The built-in test provider unless Stripe is configured. */
  readonly paymentProvider: PaymentProvider
  /** This instance's Prometheus metrics (business counters: `metrics.business`). */
  readonly metrics: Metrics
  /** Unhandled errors to Sentry when SENTRY_DSN is set; a no-op otherwise. */
  readonly errorReporter: ErrorReporter
}

/** Hono environment of every route: the deps plus per-request values set by middleware. */
export type AppEnv = {
  Variables: {
    deps: AppDeps
    logger: Logger
    requestId: string
    /** Set by httpTracing, whether or not spans are recorded; absent only in bare test apps. */
    traceIds?: TraceIds
  }
}
