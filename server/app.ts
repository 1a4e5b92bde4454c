import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { ErrorCode } from '../shared/errors.ts'
import { authRoutes } from './account/account.routes.ts'
import { csrfProtection } from './account/session.middleware.ts'
import { adminRoutes } from './admin/admin.routes.ts'
import { categoryRoutes, productRoutes } from './catalog/catalog.routes.ts'
import { checkoutRoutes } from './checkout/checkout.routes.ts'
import type { Config } from './env.ts'
import { eventRoutes } from './events/events.routes.ts'
import { createLiveStreams, type LiveStreams } from './events/live-streams.ts'
import { healthRoutes } from './health/health.routes.ts'
import { mediaRoutes } from './media/media.routes.ts'
import { orderRoutes } from './orders/orders.routes.ts'
import type { PaymentProvider } from './payments/payment-provider.ts'
import { createTestPaymentProvider } from './payments/test-payment-provider.ts'
import type { AppDeps, AppEnv } from './platform/app-env.ts'
import { apiBodyMaxBytes, bodySizeLimit } from './platform/body-size-limit.ts'
import { type Bus, createInProcessBus } from './platform/bus.ts'
import type { Db } from './platform/db.ts'
import { onError, onNotFound, problem } from './platform/http-errors.ts'
import type { Logger } from './platform/logger.ts'
import { createInProcessRateLimiter, type RateLimiter } from './platform/rate-limit.ts'
import { requestLog } from './platform/request-log.ts'
import { securityHeaders, securityPolicyOptions } from './platform/security-headers.ts'
import { spaRoutes } from './platform/static-files.ts'
import { searchRoutes } from './search/search.routes.ts'
import { createSearchIndex, type SearchIndex } from './search/search-index.service.ts'
import { cspReportRoutes } from './security/csp-reports.routes.ts'
import { catalogSyncRoutes } from './sync/catalog-sync.routes.ts'
import { shopperSyncRoutes } from './sync/shopper-sync.routes.ts'

export type CreateAppInput = {
  config: Config
  db: Db
  logger: Logger
  clock?: () => Date
  /** Default: in-process (one instance). main.ts passes the Redis ones when REDIS_URL is set. */
  bus?: Bus
  rateLimiter?: RateLimiter
  liveStreams?: LiveStreams
  /** Default: built from the database on first use and not polled; main.ts passes one it started. */
  searchIndex?: SearchIndex
  /** Default: the built-in test provider (state in the database). */
  paymentProvider?: PaymentProvider
}

export function createApp(input: CreateAppInput) {
  const deps: AppDeps = {
    ...input,
    clock: input.clock ?? (() => new Date()),
    bus: input.bus ?? createInProcessBus(),
    rateLimiter: input.rateLimiter ?? createInProcessRateLimiter(),
    liveStreams: input.liveStreams ?? createLiveStreams(),
    searchIndex: input.searchIndex ?? createSearchIndex(input),
    paymentProvider: input.paymentProvider ?? createTestPaymentProvider(input.db),
  }
  const api = new Hono<AppEnv>()
    .use(csrfProtection)
    .route('/auth', authRoutes)
    .route('/events', eventRoutes)
    .route('/categories', categoryRoutes)
    .route('/products', productRoutes)
    .route('/search', searchRoutes)
    .route('/sync', catalogSyncRoutes)
    .route('/sync', shopperSyncRoutes)
    .route('/admin', adminRoutes)
    .route('/checkout', checkoutRoutes)
    .route('/orders', orderRoutes)
    // Unknown API paths are a problem+json 404, never the SPA shell.
    .all('*', (c) => problem(c, ErrorCode.NotFound, `No route for ${c.req.method} ${c.req.path}`))

  // CSP reports are routed before the /api app on purpose: browsers send them without a CSRF token.
  return new Hono<AppEnv>()
    .use(requestId({ headerName: 'X-Request-Id' }))
    .use(requestLog(deps.logger))
    .use(securityHeaders(securityPolicyOptions(deps.config)))
    .use(async (c, next) => {
      c.set('deps', deps)
      await next()
    })
    .route('/', healthRoutes)
    .use('/api/*', bodySizeLimit(apiBodyMaxBytes))
    .route('/api/csp-reports', cspReportRoutes)
    .route('/api', api)
    .route('/media', mediaRoutes(deps.config.dataDir))
    .route('/', spaRoutes(deps.config.distDir, deps.logger))
    .onError(onError)
    .notFound(onNotFound)
}

export type AppType = ReturnType<typeof createApp>
