import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Order } from '../../shared/orders/order.ts'
import { createApp } from '../app.ts'
import { orders } from '../db/schema.ts'
import { createLiveStreams } from '../events/live-streams.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createLogger } from '../platform/logger.ts'
import { sampleValue } from '../test-support/prometheus-text.ts'
import { connectSse, type SseConnection } from '../test-support/sse-client.ts'
import { startStripeStub } from '../test-support/stripe-stub.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout, postPay } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'
import { postWebhook, stripeEvent, stripeTestConfig } from '../test-support/test-stripe.ts'
import { createMetricsApp } from './metrics.routes.ts'
import { createMetrics, type Metrics } from './metrics.ts'

describe.each(await databaseTargets())('GET /metrics on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  let metrics: Metrics
  let shop: TestServer
  let scraper: TestServer
  const liveStreams = createLiveStreams()

  beforeAll(async () => {
    metrics = createMetrics()
    const config = testConfig({ TRUST_PROXY: 'true' })
    const app = createApp({ config, db: database().db, logger: createLogger('silent'), metrics, liveStreams })
    shop = await startTestServer(app)
    scraper = await startTestServer(createMetricsApp(metrics))
  })
  afterAll(async () => {
    await shop.close()
    await scraper.close()
  })

  const browser = () => createTestBrowser((path, init) => fetch(`${shop.url}${path}`, init))
  const scrape = async () => {
    const response = await fetch(`${scraper.url}/metrics`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/plain')
    return response.text()
  }
  const value = (text: string, name: string, labels?: Record<string, string>) => sampleValue(text, name, labels) ?? 0

  it('contains the business counters after a test checkout paid on the second try', async () => {
    const before = await scrape()
    const shopper: TestBrowser = browser()
    const productId = await createTestProduct(database().db, { stock: 5, price: 1250 })
    await fillCart(shopper, [[productId, 2]])
    await fillCart(shopper, [[productId, 2]]) // the same quantity again: no addition
    expect((await shopper.request('/api/search?q=test+product')).status).toBe(200)
    expect((await shopper.request('/api/search?q=qqzzxxunfindable')).status).toBe(200)
    const order = await orderOf(await postCheckout(shopper))
    expect((await postPay(shopper, order.id, testCards.declined)).status).toBe(200)
    const paid = (await (await postPay(shopper, order.id, testCards.succeeds)).json()) as Order
    expect(paid.status).toBe('paid')

    const after = await scrape()
    const added = (name: string, labels?: Record<string, string>) =>
      value(after, name, labels) - value(before, name, labels)
    expect(added('storefront_add_to_cart_total')).toBe(1)
    expect(added('storefront_searches_total')).toBe(2)
    expect(added('storefront_zero_result_searches_total')).toBe(1)
    expect(added('storefront_orders_placed_total')).toBe(1)
    expect(added('storefront_payment_failures_total')).toBe(1)
    expect(added('storefront_revenue_minor_total', { currency: 'EUR' })).toBe(paid.totals.total)
    expect(paid.totals.total).toBeGreaterThanOrEqual(2500)
  })

  it('counts a Stripe payment once from its webhooks: the decline, the success, not the redelivery', async () => {
    const stub = await startStripeStub()
    try {
      const stripeMetrics = createMetrics()
      const config = stripeTestConfig(stub, { TRUST_PROXY: 'true' })
      const logger = createLogger('silent')
      const app = createApp({ config, db: database().db, logger, metrics: stripeMetrics })
      const shopper = createTestBrowser(app)
      await fillCart(shopper, [[await createTestProduct(database().db, { stock: 5, price: 990 }), 1]])
      const order = await orderOf(await postCheckout(shopper))
      const [row] = await database()
        .db.select({ intentId: orders.paymentIntentId })
        .from(orders)
        .where(eq(orders.id, order.id))
      const intentId = row?.intentId ?? ''
      const declined = stripeEvent('payment_intent.payment_failed', {
        ...stub.intent(intentId),
        status: 'requires_payment_method',
        last_payment_error: { code: 'card_declined', decline_code: 'generic_decline' },
      })
      expect((await postWebhook(app, declined)).status).toBe(200)
      stub.setIntent(intentId, { status: 'succeeded' })
      const succeeded = stripeEvent('payment_intent.succeeded', stub.intent(intentId))
      expect((await postWebhook(app, succeeded)).status).toBe(200)
      expect((await postWebhook(app, succeeded)).status).toBe(200) // a redelivery
      const text = await stripeMetrics.registry.metrics()
      expect(sampleValue(text, 'storefront_orders_placed_total')).toBe(1)
      expect(sampleValue(text, 'storefront_payment_failures_total')).toBe(1)
      expect(sampleValue(text, 'storefront_revenue_minor_total', { currency: 'EUR' })).toBe(order.totals.total)
    } finally {
      await stub.close()
    }
  })

  it('times requests by method, route pattern and status, never by raw path', async () => {
    const shopper = browser()
    await shopper.request('/api/orders/00000000-0000-4000-8000-000000000000')
    await shopper.request('/api/orders/00000000-0000-4000-8000-000000000001')
    const text = await scrape()
    const count = (labels: Record<string, string>) => value(text, 'http_request_duration_seconds_count', labels)
    expect(count({ method: 'GET', route: '/api/orders/:id', status: '404' })).toBe(2)
    expect(count({ method: 'POST', route: '/api/checkout', status: '201' })).toBeGreaterThanOrEqual(1)
    expect(text).not.toContain('00000000-0000-4000-8000-000000000001')
  })

  it('reports open event streams and the depth of the work queues', async () => {
    const shopper = browser()
    await shopper.session()
    const streams: SseConnection[] = []
    try {
      streams.push(await connectSse(`${shop.url}/api/events`, { cookie: `sf_session=${shopper.cookie}` }))
      streams.push(await connectSse(`${shop.url}/api/events`, { cookie: `sf_session=${shopper.cookie}` }))
      await waitFor(() => liveStreams.size === 2)
      const text = await scrape()
      expect(sampleValue(text, 'sse_connections')).toBe(2)
      expect(sampleValue(text, 'storefront_queue_depth', { queue: 'expired_reservations' })).toBe(0)
      expect(sampleValue(text, 'storefront_queue_depth', { queue: 'pending_refunds' })).toBe(0)
    } finally {
      for (const stream of streams) stream.close()
    }
  })

  it('counts media cache misses and hits from the image route', async () => {
    const shopper = browser()
    const productId = await createTestProduct(database().db, { stock: 1 })
    const path = `/media/products/p-${productId}-1.webp?w=160`
    expect((await shopper.request(path)).headers.get('x-media-cache')).toBe('miss')
    expect((await shopper.request(path)).headers.get('x-media-cache')).toBe('hit')
    const text = await scrape()
    expect(sampleValue(text, 'cache_lookups_total', { cache: 'media', result: 'miss' })).toBe(1)
    expect(sampleValue(text, 'cache_lookups_total', { cache: 'media', result: 'hit' })).toBe(1)
  })

  it('answers 404 for anything but /metrics on the metrics port', async () => {
    expect((await fetch(`${scraper.url}/`)).status).toBe(404)
    expect((await fetch(`${scraper.url}/api/orders`)).status).toBe(404)
  })
})

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
