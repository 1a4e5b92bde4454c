/** Boot: read config, open and migrate the database, seed the demo catalog, listen, shut down cleanly. */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { deleteExpiredSessions } from './account/account.repository.ts'
import { ensureAdmin } from './account/account.service.ts'
import { deleteExpiredAccountTokens } from './account/account-tokens.repository.ts'
import { startAnalyticsRetention } from './analytics/analytics-retention.job.ts'
import { createApp } from './app.ts'
import { seedDemoCatalog } from './catalog/seed-demo-catalog.ts'
import { startEmailOutbox } from './email/email-outbox.job.ts'
import { emailSenderOf } from './email/email-sender.ts'
import { type Config, ConfigError, loadConfig } from './env.ts'
import { createLiveStreams } from './events/live-streams.ts'
import { createMetrics } from './observability/metrics.ts'
import { serveMetrics } from './observability/metrics-server.ts'
import { startErrorReporting } from './observability/sentry.ts'
import { startTracing, type Tracing } from './observability/tracing.ts'
import { startPaymentReconciliation } from './orders/payment-reconciliation.job.ts'
import { startReservationExpiry } from './orders/reservation-expiry.job.ts'
import { paymentProviderOf } from './payments/payment-provider-of-config.ts'
import { createInProcessBus, createRedisBus } from './platform/bus.ts'
import { openDatabase } from './platform/db.ts'
import { createLogger, type Logger } from './platform/logger.ts'
import { migrateDatabase } from './platform/migrate.ts'
import { createInProcessRateLimiter, createRedisRateLimiter } from './platform/rate-limit.ts'
import { openRedis } from './platform/redis.ts'
import { startPushOutbox } from './push/push-outbox.job.ts'
import { webPushSender } from './push/push-sender.ts'
import { startRetention } from './retention/retention.job.ts'
import { startReviewRequests } from './reviews/review-requests.ts'
import { createSearchIndex } from './search/search-index.service.ts'
import { createSearchLog } from './search/search-log.ts'

const shutdownTimeoutMs = 10_000
const sessionPruneIntervalMs = 60 * 60_000
const reservationExpiryIntervalMs = 60_000
const shutdownFlushMs = 2_000

/** Pub/sub and rate limits: through Redis when REDIS_URL is set (several instances), else in-process. */
async function openSharedServices(config: Config, logger: Logger) {
  if (!config.redis) {
    return {
      bus: createInProcessBus(),
      rateLimiter: createInProcessRateLimiter(),
      redis: undefined,
      close: async () => {},
    }
  }
  const redis = await openRedis(config.redis, logger)
  logger.info({ keyPrefix: config.redis.keyPrefix }, 'redis connected')
  const bus = createRedisBus(redis, logger)
  return {
    bus,
    rateLimiter: createRedisRateLimiter(redis),
    redis,
    close: async () => {
      await bus.close()
      await redis.close()
    },
  }
}

/** A generated admin password is shown exactly once, on the start that created the account. */
function announceAdmin(result: { generatedPassword?: string }, config: Config): void {
  if (!result.generatedPassword) return
  console.log(
    [
      '',
      'An admin account was created. Its password is shown only this once:',
      `  email:    ${config.admin.email}`,
      `  password: ${result.generatedPassword}`,
      'Set ADMIN_PASSWORD to choose it (that also resets it on the next start).',
      '',
    ].join('\n'),
  )
}

async function start(config: Config, logger: Logger, tracing: Tracing): Promise<void> {
  const errorReporter = await startErrorReporting(config.errorReporting)
  logger.info({ sending: errorReporter.sending }, 'error reporting started')
  const metrics = createMetrics()
  const database = await openDatabase(config.database, metrics.db)
  logger.info({ kind: database.kind, schema: database.schema }, 'database opened')
  const applied = await migrateDatabase(database.db, { schema: database.schema })
  logger.info({ applied }, 'migrations applied')
  if (config.seedDemoCatalog) await seedDemoCatalog({ db: database.db, logger })
  announceAdmin(await ensureAdmin({ db: database.db, config, logger }), config)

  const shared = await openSharedServices(config, logger)
  const liveStreams = createLiveStreams()
  // Built in the background (progress in the log) while the server already answers; searches wait for it.
  const searchIndex = createSearchIndex({ db: database.db, logger })
  searchIndex.start()
  const searchLog = createSearchLog({ db: database.db, logger, clock: () => new Date() })
  const paymentProvider = paymentProviderOf({ config, db: database.db, logger })
  logger.info({ provider: paymentProvider.name }, 'payments provider selected')
  const app = createApp({
    config,
    db: database.db,
    logger,
    ...shared,
    liveStreams,
    searchIndex,
    searchLog,
    paymentProvider,
    metrics,
    errorReporter,
  })
  const metricsServer = serveMetrics(metrics, config.metrics, logger)
  // Every instance runs it: orders are claimed with SKIP LOCKED, so they share the work.
  const reservationExpiry = startReservationExpiry(
    { db: database.db, bus: shared.bus, logger, clock: () => new Date(), paymentProvider, metrics },
    reservationExpiryIntervalMs,
  )
  // Every instance runs it too, and once right away: a payment a crash left half-applied is finished
  // (orders claimed with SKIP LOCKED; applying an intent's state twice changes nothing).
  const paymentReconciliation = startPaymentReconciliation(
    { db: database.db, bus: shared.bus, logger, clock: () => new Date(), paymentProvider, metrics },
    config.paymentReconciliation,
  )
  const emailSender = emailSenderOf(config.email, database.db)
  logger.info({ sender: emailSender.name }, 'email sender selected')
  // Every instance runs it too: emails are claimed with SKIP LOCKED.
  const emailOutbox = startEmailOutbox({
    db: database.db,
    logger,
    clock: () => new Date(),
    sender: emailSender,
    maxAttempts: config.email.maxAttempts,
    shopUrl: config.publicUrl,
  })
  // Every instance runs it too: due review requests are claimed with SKIP LOCKED.
  const reviewRequests = startReviewRequests({ db: database.db, logger, clock: () => new Date() })
  // Every instance runs it too: queued status changes are taken with SKIP LOCKED.
  const pushOutbox = startPushOutbox({ config, db: database.db, logger, pushSender: webPushSender })
  // Every instance runs it too: old events and mutation ids are deleted in SKIP LOCKED batches (decision 0012).
  const retention = startRetention({ db: database.db, logger, clock: () => new Date() }, config.retention)
  // Every instance runs it too: analytics events past ANALYTICS_RETENTION_DAYS, in SKIP LOCKED batches.
  const analyticsRetention = startAnalyticsRetention(
    { db: database.db, logger, clock: () => new Date() },
    config.analyticsRetentionDays,
  )
  const pruneTimer = setInterval(() => {
    const now = new Date()
    // A guest session's expiry moves at most daily, so one two days short of a full lifetime went unused for a day.
    const idleGuestExpiresBefore = new Date(now.getTime() + (config.sessionTtlDays - 2) * 24 * 60 * 60_000)
    deleteExpiredSessions(database.db, now, { idleGuestExpiresBefore }).then(
      (count) => count > 0 && logger.info({ count }, 'expired sessions deleted'),
      (error: unknown) => logger.warn({ err: error }, 'could not delete expired sessions'),
    )
    deleteExpiredAccountTokens(database.db, now).then(
      (count) => count > 0 && logger.info({ count }, 'expired account links deleted'),
      (error: unknown) => logger.warn({ err: error }, 'could not delete expired account links'),
    )
  }, sessionPruneIntervalMs)
  pruneTimer.unref()
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info: AddressInfo) => {
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host
    logger.info({ url: `http://${host}:${info.port}` }, 'storefront listening')
  })

  server.once('error', (error) => {
    logger.fatal({ err: error }, 'server error')
    console.error(`Storefront cannot listen on ${config.host}:${config.port}: ${error.message}`)
    process.exit(1)
  })

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'shutting down')
    clearInterval(pruneTimer)
    const searchStopped = searchIndex.stop()
    const expiryStopped = reservationExpiry.stop()
    const reconciliationStopped = paymentReconciliation.stop()
    const emailStopped = emailOutbox.stop()
    const reviewRequestsStopped = reviewRequests.stop()
    const pushStopped = pushOutbox.stop()
    const retentionStopped = retention.stop()
    const analyticsRetentionStopped = analyticsRetention.stop()
    // Open event streams never end by themselves; end them so close() can finish (clients reconnect).
    liveStreams.closeAll()
    // Keep-alive sockets would hold close() open until they time out; a timer bounds the wait.
    const timer = setTimeout(() => {
      logger.warn('open connections did not finish in time, closing them')
      if ('closeAllConnections' in server) server.closeAllConnections()
    }, shutdownTimeoutMs)
    // A keep-alive socket whose last response finishes after this point would otherwise stay open
    // until its keep-alive timeout (5 s): close sockets as they fall idle.
    const closeIdle = () => 'closeIdleConnections' in server && server.closeIdleConnections()
    closeIdle()
    const idleSweep = setInterval(closeIdle, 50)
    server.close(async (error) => {
      clearTimeout(timer)
      clearInterval(idleSweep)
      if (error) logger.error({ err: error }, 'error while closing the server')
      // After the server closed: no request records a search any more, and the database is still open.
      await searchLog.stop()
      await shared.close()
      await searchStopped
      await expiryStopped
      await reconciliationStopped
      await emailStopped
      await reviewRequestsStopped
      await pushStopped
      await retentionStopped
      await analyticsRetentionStopped
      await database.close()
      await metricsServer.close()
      await tracing.shutdown() // flushes the spans still queued for export
      await errorReporter.close(shutdownFlushMs)
      logger.info('stopped')
      process.exit(0)
    })
  }
  // `on`, not `once`: a process manager signals the whole group and npm forwards the signal too, so
  // a second SIGTERM arrives while draining; `stopping` ignores it instead of the default handler killing us.
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

function bootConfig(): Config {
  try {
    return loadConfig()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(error.message)
    process.exit(1)
  }
}

const config = bootConfig()
const logger = createLogger(config.logLevel)
// Before anything else runs, so every span and log line of the process has the tracer to use.
const tracing = startTracing(config.tracing)
logger.info({ exporting: tracing.exporting }, 'tracing started')
// A crash is logged as JSON like any line (with the trace id when it began in a request); Node then
// crashes as it would have: the monitor observes without handling.
process.on('uncaughtExceptionMonitor', (error, origin) => logger.fatal({ err: error, origin }, 'uncaught exception'))
try {
  await start(config, logger, tracing)
} catch (error) {
  logger.fatal({ err: error }, 'startup failed')
  console.error(`Storefront failed to start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
