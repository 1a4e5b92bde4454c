import { asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { ProductId } from '../../shared/ids.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { events, orderHistory, orders, testPaymentIntents, testPaymentRefunds } from '../db/schema.ts'
import { createLiveStreams } from '../events/live-streams.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createLogger } from '../platform/logger.ts'
import { connectSse, type SseConnection } from '../test-support/sse-client.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout, postPay, stockOf } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'

const logger = createLogger('silent')

describe.each(await databaseTargets())('admin order actions on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const db = () => database().db
  const adminLogin = { email: uniqueEmail(), password: 'the admin password' }
  const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: adminLogin.email, ADMIN_PASSWORD: adminLogin.password })
  const streams: SseConnection[] = []
  let server: TestServer
  let admin: TestBrowser

  beforeAll(async () => {
    const app = createApp({ config, db: db(), logger, liveStreams: createLiveStreams({ heartbeatMs: 300 }) })
    await ensureAdmin({ db: db(), config, logger })
    server = await startTestServer(app)
    admin = browser()
    expect((await admin.signIn(adminLogin)).status).toBe(200)
  })
  afterAll(async () => {
    for (const stream of streams) stream.close()
    await server.close()
  })

  const browser = () => createTestBrowser((path, init) => fetch(`${server.url}${path}`, init))

  /** A shopper's order of 2 × 10.00 EUR from a product of its own with 5 in stock; paid unless told. */
  const placeOrder = async (options: { paid?: boolean; shopper?: TestBrowser } = {}) => {
    const shopper = options.shopper ?? browser()
    const productId = await createTestProduct(db(), { stock: 5, price: 1000 })
    await fillCart(shopper, [[productId, 2]])
    const placed = await orderOf(await postCheckout(shopper))
    const order = options.paid === false ? placed : await orderOf(await postPay(shopper, placed.id, testCards.succeeds))
    return { shopper, productId, order }
  }
  const act = (orderId: string, body: object, as: TestBrowser = admin) =>
    as.request(`/api/admin/orders/${orderId}/actions`, { method: 'POST', json: body })
  const ship = { action: 'ship', carrier: 'DHL', trackingNumber: 'JD0146 0000 1234' }
  const problemOf = async (response: Response) => (await response.json()) as ProblemDetails
  const historyOf = async (orderId: string) =>
    (
      await db()
        .select({ from: orderHistory.fromStatus, to: orderHistory.toStatus, reason: orderHistory.reason })
        .from(orderHistory)
        .where(eq(orderHistory.orderId, orderId))
        .orderBy(asc(orderHistory.id))
    ).map((h) => `${h.from ?? '∅'}→${h.to}: ${h.reason}`)
  const stockIs = async (productId: ProductId) => stockOf(db(), productId)

  it('walks a paid order through fulfilment, shipping and delivery, with tracking and history', async () => {
    const { order } = await placeOrder()
    const fulfilling = await orderOf(await act(order.id, { action: 'fulfil' }))
    expect([fulfilling.status, fulfilling.tracking]).toEqual(['fulfilling', null])
    const shipped = await orderOf(await act(order.id, { ...ship, carrier: '  DHL  ' }))
    expect(shipped.status).toBe('shipped')
    expect(shipped.tracking).toEqual({
      carrier: 'DHL',
      trackingNumber: 'JD0146 0000 1234',
      shippedAt: expect.any(String),
      deliveredAt: null,
    })
    const delivered = await orderOf(await act(order.id, { action: 'deliver' }))
    expect(delivered.status).toBe('delivered')
    expect(Date.parse(delivered.tracking?.deliveredAt ?? '')).toBeGreaterThanOrEqual(
      Date.parse(delivered.tracking?.shippedAt ?? ''),
    )
    expect((await historyOf(order.id)).slice(2)).toEqual([
      'paid→fulfilling: fulfilment started',
      'fulfilling→shipped: shipped with DHL JD0146 0000 1234',
      'shipped→delivered: delivered',
    ])
  })

  it('refuses a step the status does not allow with 409 ORDER_ACTION_NOT_ALLOWED, changing nothing', async () => {
    const { order: unpaid } = await placeOrder({ paid: false })
    const { order: paid } = await placeOrder()
    const refusals: [string, object][] = [
      [unpaid.id, { action: 'fulfil' }],
      [unpaid.id, ship],
      [paid.id, ship],
      [paid.id, { action: 'deliver' }],
      [paid.id, { ...ship, action: 'update_tracking' }],
    ]
    for (const [orderId, body] of refusals) {
      const response = await act(orderId, body)
      expect(response.status, JSON.stringify(body)).toBe(409)
      expect((await problemOf(response)).code).toBe('ORDER_ACTION_NOT_ALLOWED')
    }
    expect(await historyOf(paid.id)).toHaveLength(2)
    const [row] = await db().select().from(orders).where(eq(orders.id, paid.id))
    expect([row?.status, row?.carrier, row?.shippedAt]).toEqual(['paid', null, null])
  })

  it.each<[string, object, string]>([
    ['a ship without a tracking number', { action: 'ship', carrier: 'DHL' }, 'json.trackingNumber'],
    ['a blank carrier', { ...ship, carrier: '   ' }, 'json.carrier'],
    ['a tracking number with other characters', { ...ship, trackingNumber: 'JD<script>' }, 'json.trackingNumber'],
    ['a tracking number over 100 characters', { ...ship, trackingNumber: 'A'.repeat(101) }, 'json.trackingNumber'],
    ['tracking on a fulfil', { action: 'fulfil', trackingNumber: 'X1' }, 'json.trackingNumber'],
    ['an unknown action', { action: 'teleport' }, 'json.action'],
  ])('refuses %s with 400 naming the field', async (_, body, path) => {
    const { order } = await placeOrder()
    const response = await act(order.id, body)
    expect(response.status).toBe(400)
    expect((await problemOf(response)).errors?.map((e) => e.path)).toContain(path)
  })

  it('lets only admins act: a shopper gets 403 for their own order', async () => {
    const { shopper, order } = await placeOrder()
    await shopper.signUp({ email: uniqueEmail(), password: testPassword, name: 'Shopper' })
    expect((await act(order.id, { action: 'fulfil' }, shopper)).status).toBe(403)
  })

  it('replaces the tracking of a shipped order, logging order.tracking_updated instead of a status change', async () => {
    const { order } = await placeOrder()
    await act(order.id, { action: 'fulfil' })
    await act(order.id, ship)
    const again = await orderOf(await act(order.id, { ...ship, carrier: 'UPS', trackingNumber: '1Z999' }))
    const updated = await orderOf(
      await act(order.id, { action: 'update_tracking', carrier: 'UPS', trackingNumber: '1Z-1000' }),
    )
    expect(again.tracking).toMatchObject({ carrier: 'UPS', trackingNumber: '1Z999' })
    expect([updated.status, updated.tracking?.trackingNumber]).toEqual(['shipped', '1Z-1000'])
    expect(updated.tracking?.shippedAt).toBe(again.tracking?.shippedAt)
    const types = await db().select({ type: events.type }).from(events).orderBy(asc(events.id))
    expect(types.map((e) => e.type).filter((t) => t === 'order.tracking_updated').length).toBeGreaterThanOrEqual(2)
    expect((await historyOf(order.id)).slice(-2)).toEqual([
      'shipped→shipped: tracking changed to UPS 1Z999',
      'shipped→shipped: tracking changed to UPS 1Z-1000',
    ])
  })

  it('cancels an unpaid order: its stock comes back and nothing is refunded', async () => {
    const { productId, order } = await placeOrder({ paid: false })
    expect(await stockIs(productId)).toBe(3)
    const canceled = await orderOf(await act(order.id, { action: 'cancel' }))
    expect([canceled.status, canceled.refunds, canceled.reservationExpiresAt]).toEqual(['canceled', [], null])
    expect(await stockIs(productId)).toBe(5)
    expect((await act(order.id, { action: 'cancel' })).status).toBe(409)
    expect(await stockIs(productId)).toBe(5)
  })

  it('cancels a paid order: its stock comes back and the payment is refunded in full, once', async () => {
    const { productId, order } = await placeOrder()
    await act(order.id, { action: 'fulfil' })
    const canceled = await orderOf(await act(order.id, { action: 'cancel' }))
    expect([canceled.status, canceled.refundedTotal]).toEqual(['canceled', order.totals.total])
    expect(canceled.refunds).toEqual([
      expect.objectContaining({
        amount: order.totals.total,
        status: 'succeeded',
        reason: 'order canceled by the shop',
      }),
    ])
    expect(await stockIs(productId)).toBe(5)
    const [row] = await db().select().from(orders).where(eq(orders.id, order.id))
    const refunded = await db()
      .select()
      .from(testPaymentRefunds)
      .where(eq(testPaymentRefunds.intentId, row?.paymentIntentId ?? ''))
    expect(refunded.map((r) => [r.idempotencyKey, r.amount])).toEqual([[`cancel:${order.id}`, order.totals.total]])
    // A repeat finds nothing left to do: still one refund, stock not released twice.
    expect((await act(order.id, { action: 'cancel' })).status).toBe(409)
    expect(await stockIs(productId)).toBe(5)
  })

  it('refuses to cancel a shipped order', async () => {
    const { order } = await placeOrder()
    await act(order.id, { action: 'fulfil' })
    await act(order.id, ship)
    const response = await act(order.id, { action: 'cancel' })
    expect([response.status, (await problemOf(response)).code]).toEqual([409, 'ORDER_ACTION_NOT_ALLOWED'])
  })

  it('never lets a concurrent cancel and payment both win: a canceled order keeps no money', async () => {
    for (let round = 0; round < 3; round++) {
      const { shopper, productId, order } = await placeOrder({ paid: false })
      const [canceledResponse] = await Promise.all([
        act(order.id, { action: 'cancel' }),
        postPay(shopper, order.id, testCards.succeeds),
      ])
      expect(canceledResponse.status).toBe(200)
      const [row] = await db().select().from(orders).where(eq(orders.id, order.id))
      const [intent] = await db()
        .select()
        .from(testPaymentIntents)
        .where(eq(testPaymentIntents.id, row?.paymentIntentId ?? ''))
      const charged = intent?.status === 'succeeded' ? order.totals.total : 0
      expect(row?.status).toBe('canceled')
      expect(row?.refundedTotal).toBe(charged)
      expect(await stockIs(productId)).toBe(5)
    }
  })

  it('replays two admin changes missed while the stream was down: both, in order, once', async () => {
    const shopper = browser()
    await shopper.signUp({ email: uniqueEmail(), password: testPassword, name: 'Tracker' })
    const { order } = await placeOrder({ shopper })
    await act(order.id, { action: 'fulfil' })
    const first = await openStream(shopper)
    await act(order.id, ship)
    const [seen] = await first.waitForEvents(1)
    expect(seen?.event).toBe('order.status_changed')
    first.close()

    await act(order.id, { ...ship, action: 'update_tracking', trackingNumber: 'JD2' })
    await act(order.id, { action: 'deliver' })

    const resumed = await openStream(shopper, { 'last-event-id': seen?.id ?? '' })
    const missed = await resumed.waitForEvents(2)
    expect(missed.map((e) => e.event)).toEqual(['order.tracking_updated', 'order.status_changed'])
    const ids = missed.map((e) => Number(e.id))
    expect(ids[0]).toBeGreaterThan(Number(seen?.id))
    expect(ids[1]).toBeGreaterThan(ids[0] ?? 0)
    await new Promise((resolve) => setTimeout(resolve, 700)) // two heartbeats' catch-up reads repeat none
    expect(resumed.events).toHaveLength(2)
  })

  const openStream = async (shopper: TestBrowser, headers: Record<string, string> = {}) => {
    const stream = await connectSse(`${server.url}/api/events`, { cookie: `sf_session=${shopper.cookie}`, ...headers })
    streams.push(stream)
    expect(stream.response.status).toBe(200)
    const deadline = Date.now() + 2000
    while (!stream.fields.includes('retry: 3000')) {
      if (Date.now() > deadline) throw new Error('the stream did not start')
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    return stream
  }
})
