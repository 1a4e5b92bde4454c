/**
 * Prometheus metrics of one instance (issue 7, decision 0006). Counters live in this process: with
 * several instances each exposes its own and Prometheus sums them (`sum by (…)`). The gauges read
 * at scrape time from the database (queue depths) are the same on every instance: use `max`.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import type { Logger } from '../platform/logger.ts'
import type { CacheObserver } from '../platform/response-cache.ts'

export type HttpRequestLabels = { readonly method: string; readonly route: string; readonly status: number }

/** Counters of what shoppers do, fed by the services after their transaction committed. */
export type BusinessMetrics = {
  orderPlaced(): void
  /** A payment outcome was applied (server/orders/payment-outcome.ts), counted once committed. */
  paymentApplied(effect: PaymentEffect): void
  /** Products whose cart quantity a push raised (a new line or more of one). */
  addedToCart(count: number): void
  /** A search this server answered (typed words, first page). */
  searched(resultCount: number): void
}

/** A paid order's grand total (minor units) counts as revenue in its currency; a decline as a failure. */
export type PaymentEffect = {
  readonly paid?: { readonly currency: string; readonly amount: number }
  readonly declined?: boolean
}

/** What the driver wrapper reports (server/observability/db-instrumentation.ts). */
export type DbObserver = {
  poolSized(connections: number): void
  /** A query outside a transaction, or a whole transaction, took a pooled connection. */
  operationStarted(): void
  operationEnded(): void
  /** `query` is the statement's text, without its parameters (the metrics ignore it; tests count by it). */
  queryDone(operation: string, seconds: number, failed: boolean, query: string): void
}

/** Read when Prometheus scrapes; set by createApp, which knows this instance's parts. */
export type MetricSources = {
  readonly sseConnections: () => number
  /** Rows waiting in the tables that act as work queues, by queue name. */
  readonly queueDepths: () => Promise<Readonly<Record<string, number>>>
  readonly logger: Logger
}

export type Metrics = {
  readonly registry: Registry
  readonly business: BusinessMetrics
  readonly db: DbObserver
  observeRequest(labels: HttpRequestLabels, seconds: number): void
  countCacheLookup(cache: string, hit: boolean): void
  /** The response cache's lookups (as `response-l1` / `response-l2` in cache_lookups_total), size and evictions. */
  readonly responseCache: CacheObserver
  track(sources: MetricSources): void
}

const httpBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]
const dbBuckets = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]

export function createMetrics(): Metrics {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry })
  // Registered before the queue depths, whose scrape-time queries it would otherwise count.
  const db = createDbMetrics(registry)
  let sources: MetricSources | undefined
  const http = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'Time to answer a request (to the first byte of a stream), by route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: httpBuckets,
    registers: [registry],
  })
  const cache = new Counter({
    name: 'cache_lookups_total',
    help: 'Cache lookups by cache and result (hit or miss)',
    labelNames: ['cache', 'result'] as const,
    registers: [registry],
  })
  const cacheBytes = new Gauge({
    name: 'response_cache_bytes',
    help: 'Bytes held by the in-process response cache (bodies in every encoding)',
    registers: [registry],
  })
  const cacheEntries = new Gauge({
    name: 'response_cache_entries',
    help: 'Entries held by the in-process response cache',
    registers: [registry],
  })
  // Bound once: a lookup runs on every cached answer, and labelling each time hashes the labels.
  const responseLookups = {
    l1: { hit: cache.labels('response-l1', 'hit'), miss: cache.labels('response-l1', 'miss') },
    l2: { hit: cache.labels('response-l2', 'hit'), miss: cache.labels('response-l2', 'miss') },
  }
  const cacheEvictions = new Counter({
    name: 'response_cache_evictions_total',
    help: 'Entries the in-process response cache dropped to stay within SERVER_CACHE_MB',
    registers: [registry],
  })
  const cacheInvalidations = new Counter({
    name: 'response_cache_invalidations_total',
    help: 'Times a catalog change dropped the response cache (writer, bus poke or change feed)',
    registers: [registry],
  })
  new Gauge({
    name: 'sse_connections',
    help: 'Open server-sent event streams on this instance',
    registers: [registry],
    collect() {
      if (sources) this.set(sources.sseConnections())
    },
  })
  new Gauge({
    name: 'storefront_queue_depth',
    help: 'Rows waiting in the tables that act as work queues (the same on every instance: use max)',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      if (!sources) return
      this.reset()
      try {
        for (const [queue, depth] of Object.entries(await sources.queueDepths())) this.set({ queue }, depth)
      } catch (error) {
        // A scrape must still answer when the database does not: the series is simply absent.
        sources.logger.warn({ err: error }, 'could not read queue depths for /metrics')
      }
    },
  })
  return {
    registry,
    business: createBusinessMetrics(registry),
    db,
    observeRequest: ({ method, route, status }, seconds) =>
      http.observe({ method, route, status: String(status) }, seconds),
    countCacheLookup: (name, hit) => cache.inc({ cache: name, result: hit ? 'hit' : 'miss' }),
    responseCache: {
      lookup: (layer, hit) => responseLookups[layer][hit ? 'hit' : 'miss'].inc(),
      evicted: (count) => cacheEvictions.inc(count),
      invalidated: () => cacheInvalidations.inc(),
      sized: (bytes, entries) => {
        cacheBytes.set(bytes)
        cacheEntries.set(entries)
      },
    },
    track: (next) => {
      sources = next
    },
  }
}

function createDbMetrics(registry: Registry): DbObserver {
  const duration = new Histogram({
    name: 'db_query_duration_seconds',
    help: 'Database query time by operation (SELECT, INSERT, …) and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: dbBuckets,
    registers: [registry],
  })
  const poolMax = new Gauge({
    name: 'db_pool_max_connections',
    help: 'Size of the database connection pool (1 for the embedded PGlite)',
    registers: [registry],
  })
  const inFlight = new Gauge({
    name: 'db_pool_operations_in_flight',
    help: 'Queries outside a transaction plus open transactions; each needs a pooled connection, so above db_pool_max_connections requests wait',
    registers: [registry],
  })
  return {
    poolSized: (connections) => poolMax.set(connections),
    operationStarted: () => inFlight.inc(),
    operationEnded: () => inFlight.dec(),
    queryDone: (operation, seconds, failed) =>
      duration.observe({ operation, outcome: failed ? 'error' : 'ok' }, seconds),
  }
}

function createBusinessMetrics(registry: Registry): BusinessMetrics {
  const counter = (name: string, help: string) => new Counter({ name, help, registers: [registry] })
  const ordersPlaced = counter('storefront_orders_placed_total', 'Orders created by checkout')
  const revenue = new Counter({
    name: 'storefront_revenue_minor_total',
    help: 'Grand totals of orders that became paid, in minor units (cents) of their currency',
    labelNames: ['currency'] as const,
    registers: [registry],
  })
  const paymentFailures = counter(
    'storefront_payment_failures_total',
    'Declines applied to orders awaiting payment (card form, 3-D Secure, Stripe webhooks)',
  )
  const addToCart = counter('storefront_add_to_cart_total', 'Cart lines added or raised by a shopper push')
  const searches = counter('storefront_searches_total', 'Searches answered by the server (first page, typed words)')
  const zeroResults = counter('storefront_zero_result_searches_total', 'Searches answered with no result')
  return {
    orderPlaced: () => ordersPlaced.inc(),
    paymentApplied: ({ paid, declined }) => {
      if (paid) revenue.inc({ currency: paid.currency }, paid.amount)
      if (declined) paymentFailures.inc()
    },
    addedToCart: (count) => {
      if (count > 0) addToCart.inc(count)
    },
    searched: (resultCount) => {
      searches.inc()
      if (resultCount === 0) zeroResults.inc()
    },
  }
}
