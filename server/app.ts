import { Hono } from 'hono'
import { ErrorCode } from '../shared/errors.ts'
import { authRoutes } from './account/account.routes.ts'
import { savedAddressRoutes } from './account/saved-addresses.routes.ts'
import { csrfProtection } from './account/session.middleware.ts'
import { adminRoutes } from './admin/admin.routes.ts'
import { analyticsBatchRoutes } from './analytics/analytics-batch.routes.ts'
import { analyticsConsentRoutes } from './analytics/analytics-consent.routes.ts'
import { categoryRoutes, productRoutes } from './catalog/catalog.routes.ts'
import { followCatalogChanges } from './catalog/catalog-cache.ts'
import { checkoutRoutes } from './checkout/checkout.routes.ts'
import { unsubscribeRoutes } from './email/unsubscribe.routes.ts'
import type { Config } from './env.ts'
import { eventRoutes } from './events/events.routes.ts'
import { createLiveStreams, type LiveStreams } from './events/live-streams.ts'
import { flagRoutes } from './flags/flags.routes.ts'
import { healthRoutes } from './health/health.routes.ts'
import { integrationBodyMaxBytes, integrationRoutes } from './integration/integration.routes.ts'
import { marketRoutes } from './markets/markets.routes.ts'
import { mediaRoutes } from './media/media.routes.ts'
import { httpMetrics } from './observability/http-metrics.ts'
import { httpTracing } from './observability/http-tracing.ts'
import { tracedBus, tracedPaymentProvider, tracedRateLimiter } from './observability/instrumented-deps.ts'
import { createMetrics, type Metrics } from './observability/metrics.ts'
import { readQueueDepths } from './observability/queue-depth.repository.ts'
import { type ErrorReporter, silentErrorReporter } from './observability/sentry.ts'
import { orderRoutes } from './orders/orders.routes.ts'
import { stripeWebhookMaxBytes, stripeWebhookRoutes } from './orders/stripe-webhook.routes.ts'
import { localizedPageRoutes, runtimeSettingsHead } from './pages/page.routes.ts'
import { sitemapRoutes } from './pages/sitemap.routes.ts'
import type { PaymentProvider } from './payments/payment-provider.ts'
import { paymentProviderOf } from './payments/payment-provider-of-config.ts'
import type { AppDeps, AppEnv } from './platform/app-env.ts'
import { apiBodyMaxBytes, bodySizeLimit } from './platform/body-size-limit.ts'
import { type Bus, createInProcessBus } from './platform/bus.ts'
import { privateByDefault } from './platform/cache-control.ts'
import { compressResponses } from './platform/compression.ts'
import type { Db } from './platform/db.ts'
import { onError, onNotFound, problem } from './platform/http-errors.ts'
import type { Logger } from './platform/logger.ts'
import { createInProcessRateLimiter, type RateLimiter } from './platform/rate-limit.ts'
import type { RedisConnections } from './platform/redis.ts'
import { requestIds } from './platform/request-id.ts'
import { requestLog } from './platform/request-log.ts'
import { createResponseCache, type ResponseCache } from './platform/response-cache.ts'
import { securityHeaders, securityPolicyOptions } from './platform/security-headers.ts'
import { createBuiltFiles, staticFiles } from './platform/static-files.ts'
import { pushRoutes } from './push/push.routes.ts'
import { reviewPhotoMediaRoutes, reviewPhotoUploadRoutes } from './reviews/review-photos.routes.ts'
import { productReviewRoutes, reviewRoutes } from './reviews/reviews.routes.ts'
import { searchRoutes } from './search/search.routes.ts'
import { createSearchIndex, type SearchIndex } from './search/search-index.service.ts'
import { createSearchLog, type SearchLog } from './search/search-log.ts'
import { cspReportRoutes } from './security/csp-reports.routes.ts'
import { storefrontSyncRoutes } from './storefront/storefront.routes.ts'
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
  /** Default: Stripe when configured, else the built-in test provider (state in the database). */
  paymentProvider?: PaymentProvider
  /** Default: a registry of its own; main.ts passes the one it serves on METRICS_PORT. */
  metrics?: Metrics
  /** Default: none (errors are only logged); main.ts passes Sentry's when SENTRY_DSN is set. */
  errorReporter?: ErrorReporter
  /** Default: one written every quarter second; main.ts passes one it stops (writes) on shutdown. */
  searchLog?: SearchLog
  /** Default: in-process only; with `redis`, backed by Redis as the shared second layer. */
  responseCache?: ResponseCache
  /** Redis connections for the response cache's shared layer (main.ts passes them when REDIS_URL is set). */
  redis?: RedisConnections
}

export function createApp(input: CreateAppInput) {
  const metrics = input.metrics ?? createMetrics()
  const clock = input.clock ?? (() => new Date())
  // Wrapped for spans (calls leaving the process): see instrumented-deps.ts.
  const deps: AppDeps = {
    ...input,
    clock,
    bus: tracedBus(input.bus ?? createInProcessBus()),
    rateLimiter: tracedRateLimiter(input.rateLimiter ?? createInProcessRateLimiter()),
    liveStreams: input.liveStreams ?? createLiveStreams(),
    searchIndex: input.searchIndex ?? createSearchIndex(input),
    searchLog: input.searchLog ?? createSearchLog({ ...input, clock }),
    paymentProvider: tracedPaymentProvider(input.paymentProvider ?? paymentProviderOf(input)),
    metrics,
    errorReporter: input.errorReporter ?? silentErrorReporter,
    responseCache:
      input.responseCache ??
      createResponseCache({
        maxBytes: input.config.responseCacheBytes,
        redis: input.redis,
        logger: input.logger,
        observer: metrics.responseCache,
      }),
  }
  followCatalogChanges(deps).catch((error: unknown) =>
    deps.logger.error({ err: error }, 'response cache cannot follow catalog changes: it may serve stale answers'),
  )
  metrics.track({
    sseConnections: () => deps.liveStreams.size,
    queueDepths: () => readQueueDepths(deps.db, deps.clock()),
    logger: deps.logger,
  })
  const builtFiles = createBuiltFiles(deps.config.distDir, deps.logger, { indexHead: runtimeSettingsHead(deps.config) })
  const api = new Hono<AppEnv>()
    .use(csrfProtection)
    .route('/auth', authRoutes)
    .route('/events', eventRoutes)
    .route('/categories', categoryRoutes)
    .route('/markets', marketRoutes)
    .route('/products', productReviewRoutes)
    .route('/products', productRoutes)
    .route('/reviews', reviewRoutes)
    .route('/search', searchRoutes)
    .route('/sync', catalogSyncRoutes)
    .route('/sync', shopperSyncRoutes)
    .route('/sync', storefrontSyncRoutes)
    .route('/admin', adminRoutes)
    .route('/checkout', checkoutRoutes)
    .route('/orders', orderRoutes)
    .route('/push', pushRoutes)
    .route('/auth/me/addresses', savedAddressRoutes)
    .route('/flags', flagRoutes)
    .route('/auth/me/consent', analyticsConsentRoutes)
    // Unknown API paths are a problem+json 404, never the SPA shell.
    .all('*', (c) => problem(c, ErrorCode.NotFound, `No route for ${c.req.method} ${c.req.path}`))

  // CSP reports are routed before the /api app on purpose: browsers send them without a CSRF token.
  // Tracing first: everything after it, the request log included, runs inside the request's span.
  return (
    new Hono<AppEnv>()
      .use(httpTracing())
      .use(httpMetrics(metrics))
      .use(requestIds())
      .use(requestLog(deps.logger))
      .use(securityHeaders(securityPolicyOptions(deps.config)))
      .use(async (c, next) => {
        c.set('deps', deps)
        await next()
      })
      .route('/', healthRoutes)
      .use('/api/*', compressResponses())
      .use('/api/*', privateByDefault())
      // Stripe's webhook answers before the /api limit and the /api app's CSRF check (see the route).
      .use('/api/payments/stripe/webhook', bodySizeLimit(stripeWebhookMaxBytes))
      .route('/api/payments', stripeWebhookRoutes)
      // The integration API takes API keys only: ahead of the /api app, so no session cookie is read
      // and no CSRF token asked for, with a body limit of its own (catalog import batches).
      .use('/api/v1/*', bodySizeLimit(integrationBodyMaxBytes))
      .route('/api/v1', integrationRoutes)
      // Review photos: a body limit of their own (a phone photo), ahead of the /api limit.
      .route('/api/reviews/photos', reviewPhotoUploadRoutes)
      .use('/api/*', bodySizeLimit(apiBodyMaxBytes))
      .route('/api/csp-reports', cspReportRoutes)
      // Analytics batches (sendBeacon cannot send our CSRF header): outside the /api app, see the route.
      .route('/api/events/batch', analyticsBatchRoutes)
      .route('/api', api)
      .route('/media/reviews', reviewPhotoMediaRoutes)
      .route('/media', mediaRoutes(deps.config.dataDir))
      .route('/email', unsubscribeRoutes)
      .route('/', sitemapRoutes)
      .use(staticFiles(builtFiles))
      .route('/', localizedPageRoutes(builtFiles))
      .onError(onError)
      .notFound(onNotFound)
  )
}

export type AppType = ReturnType<typeof createApp>
