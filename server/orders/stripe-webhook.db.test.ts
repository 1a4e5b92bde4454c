import { randomUUID } from 'node:crypto'
import { asc, eq } from 'drizzle-orm'
import fc from 'fast-check'
import Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { Order } from '../../shared/orders/order.ts'
import { createApp } from '../app.ts'
import { orderHistory, orders, paymentWebhookEvents, refunds, users } from '../db/schema.ts'
import { createMetrics } from '../observability/metrics.ts'
import { reconcilePayments } from '../orders/payment-reconciliation.job.ts'
import { releaseExpiredReservations } from '../orders/reservation-expiry.job.ts'
import { createStripeClient, createStripePaymentProvider } from '../payments/stripe-payment-provider.ts'
import { createInProcessBus } from '../platform/bus.ts'
import { createLogger } from '../platform/logger.ts'
import { type StripeStub, startStripeStub } from '../test-support/stripe-stub.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import {
  createTestProduct,
  fillCart,
  orderOf,
  postCheckout,
  postPay,
  stockOf,
  testAddress,
} from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { postWebhook, stripeEvent, stripeTestConfig, testWebhookSecret } from '../test-support/test-stripe.ts'

describe.each(await databaseTargets())('Stripe payments and webhooks on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const db = () => database().db
  let stub: StripeStub
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({
      config: stripeTestConfig(stub, { TRUST_PROXY: 'true' }),
      db: db(),
      logger: createLogger('silent'),
    })
    return testApp
  }
  beforeAll(async () => {
    stub = await startStripeStub()
  })
  afterAll(async () => {
    await stub.close()
  })

  const historyOf = async (orderId: string) =>
    (
      await db()
        .select({ from: orderHistory.fromStatus, to: orderHistory.toStatus })
        .from(orderHistory)
        .where(eq(orderHistory.orderId, orderId))
        .orderBy(asc(orderHistory.id))
    ).map((h) => `${h.from ?? '∅'}→${h.to}`)
  const rowOf = async (orderId: string) => {
    const [row] = await db().select().from(orders).where(eq(orders.id, orderId))
    if (!row?.paymentIntentId) throw new Error(`order ${orderId} has no intent`)
    return { ...row, paymentIntentId: row.paymentIntentId }
  }
  /** A guest's order with 2 of a fresh product (stock 5), checked out through Stripe. */
  const checkedOut = async () => {
    const shopper = createTestBrowser(app())
    const productId = await createTestProduct(db(), { stock: 5 })
    await fillCart(shopper, [[productId, 2]])
    const order = await orderOf(await postCheckout(shopper))
    return { shopper, productId, order, intentId: (await rowOf(order.id)).paymentIntentId }
  }
  const intentEvent = (type: string, intentId: string, extra: object = {}, id?: string) =>
    stripeEvent(type, { ...stub.intent(intentId), ...extra }, id)
  const succeed = async (intentId: string, id?: string) => {
    stub.setIntent(intentId, { status: 'succeeded' })
    return postWebhook(app(), intentEvent('payment_intent.succeeded', intentId, {}, id))
  }
  const statusOf = async (orderId: string) => (await rowOf(orderId)).status

  it('creates one intent per order through Stripe, however often the checkout is repeated', async () => {
    const shopper = createTestBrowser(app())
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 5 }), 1]])
    const key = randomUUID()
    const answers = await Promise.all(Array.from({ length: 5 }, () => postCheckout(shopper, { key })))
    const ids = new Set(await Promise.all(answers.map(async (a) => (await orderOf(a)).id)))
    expect(ids.size).toBe(1)
    const [orderId] = [...ids]
    const creates = stub.requestsTo('POST /v1/payment_intents').filter((r) => r.body['metadata[orderId]'] === orderId)
    expect(new Set(creates.map((r) => r.idempotencyKey))).toEqual(new Set([`order:${orderId}`]))
    const row = await rowOf(orderId as string)
    expect(row.paymentProvider).toBe('stripe')
    expect(creates[0]?.body).toMatchObject({ amount: String(row.grandTotal), currency: 'eur' })
    const order = (await (await shopper.request(`/api/orders/${orderId}`)).json()) as Order
    expect(order.payment).toMatchObject({
      provider: 'stripe',
      clientSecret: stub.intent(row.paymentIntentId).client_secret,
    })
  })

  it("gives an account's payments its own Stripe customer, created once and stored", async () => {
    const shopper = createTestBrowser(app())
    const email = uniqueEmail()
    expect((await shopper.signUp({ email, password: testPassword, name: 'Ada' })).status).toBe(201)
    for (const _ of [1, 2]) {
      await fillCart(shopper, [[await createTestProduct(db(), { stock: 5 }), 1]])
      await orderOf(await postCheckout(shopper, { body: { shippingAddress: testAddress, shippingMethod: 'standard' } }))
    }
    const [user] = await db().select().from(users).where(eq(users.email, email))
    expect(user?.stripeCustomerId).toMatch(/^cus_/)
    const customerCreates = stub.requestsTo('POST /v1/customers').filter((r) => r.body.email === email)
    expect(customerCreates.map((r) => r.idempotencyKey)).toEqual([`customer:${user?.id}`])
    const intents = stub
      .requestsTo('POST /v1/payment_intents')
      .filter((r) => r.body.customer === user?.stripeCustomerId)
    expect(intents).toHaveLength(2)
    expect(intents.every((r) => r.body.setup_future_usage === 'on_session')).toBe(true)
  })

  it('refuses the server-side card form with Stripe and applies the browser confirmation on sync', async () => {
    const { shopper, order, intentId } = await checkedOut()
    const pay = await postPay(shopper, order.id, '4242424242424242')
    expect(pay.status).toBe(409)
    expect(((await pay.json()) as ProblemDetails).code).toBe('ORDER_NOT_PAYABLE')
    stub.setIntent(intentId, { status: 'succeeded' })
    const synced = await orderOf(await shopper.request(`/api/orders/${order.id}/payment/sync`, { method: 'POST' }))
    expect(synced.status).toBe('paid')
    // The webhook for the same success, arriving after the sync, changes nothing.
    expect((await succeed(intentId)).status).toBe(200)
    expect(await historyOf(order.id)).toEqual(['∅→pending_payment', 'pending_payment→paid'])
  })

  it('answers 400 INVALID_SIGNATURE to a forged or unsigned event and changes nothing', async () => {
    const { order, intentId } = await checkedOut()
    stub.setIntent(intentId, { status: 'succeeded' })
    const event = intentEvent('payment_intent.succeeded', intentId)
    const forged = await postWebhook(app(), event, 'whsec_notthesecret')
    expect(forged.status).toBe(400)
    expect(forged.headers.get('content-type')).toBe('application/problem+json')
    expect(((await forged.json()) as ProblemDetails).code).toBe('INVALID_SIGNATURE')
    const unsigned = await app().request('/api/payments/stripe/webhook', {
      method: 'POST',
      body: JSON.stringify(event),
    })
    expect(unsigned.status).toBe(400)
    expect(await statusOf(order.id)).toBe('pending_payment')
    const recorded = await db().select().from(paymentWebhookEvents).where(eq(paymentWebhookEvents.id, event.id))
    expect(recorded).toEqual([])
  })

  it('processes the same event delivered twice once', async () => {
    const { order, intentId } = await checkedOut()
    const eventId = `evt_${randomUUID()}`
    const first = await succeed(intentId, eventId)
    expect(await first.json()).toEqual({ received: true, result: 'processed' })
    const again = await succeed(intentId, eventId)
    expect(again.status).toBe(200)
    expect(await again.json()).toEqual({ received: true, result: 'duplicate' })
    expect(await historyOf(order.id)).toEqual(['∅→pending_payment', 'pending_payment→paid'])
  })

  it('keeps an order paid when payment_failed arrives after succeeded', async () => {
    const { order, intentId } = await checkedOut()
    await succeed(intentId)
    const late = intentEvent('payment_intent.payment_failed', intentId, {
      status: 'requires_payment_method',
      last_payment_error: { code: 'card_declined', decline_code: 'generic_decline' },
    })
    expect((await postWebhook(app(), late)).status).toBe(200)
    const row = await rowOf(order.id)
    expect([row.status, row.paymentStatus, row.paymentFailureReason]).toEqual(['paid', 'succeeded', null])
  })

  it('moves a declined order to payment_failed and a processing one only in its payment status', async () => {
    const { order, intentId } = await checkedOut()
    await postWebhook(app(), intentEvent('payment_intent.processing', intentId, { status: 'processing' }))
    expect((await rowOf(order.id)).paymentStatus).toBe('processing')
    const declined = intentEvent('payment_intent.payment_failed', intentId, {
      status: 'requires_payment_method',
      last_payment_error: { code: 'card_declined', decline_code: 'insufficient_funds' },
    })
    await postWebhook(app(), declined)
    const row = await rowOf(order.id)
    expect([row.status, row.paymentFailureReason]).toEqual(['payment_failed', 'insufficient_funds'])
  })

  it('cancels a reserving order when its intent is canceled and returns the stock', async () => {
    const { order, intentId, productId } = await checkedOut()
    expect(await stockOf(db(), productId)).toBe(3)
    await postWebhook(app(), intentEvent('payment_intent.canceled', intentId, { status: 'canceled' }))
    expect(await statusOf(order.id)).toBe('canceled')
    expect(await stockOf(db(), productId)).toBe(5)
  })

  it('refunds in full, once, a payment that succeeded after its order was canceled', async () => {
    const { order, intentId } = await checkedOut()
    await db().update(orders).set({ status: 'canceled', paymentStatus: 'canceled' }).where(eq(orders.id, order.id))
    expect((await succeed(intentId)).status).toBe(200)
    expect((await succeed(intentId)).status).toBe(200) // another event for the same charge
    const row = await rowOf(order.id)
    expect([row.status, row.refundedTotal]).toEqual(['canceled', row.grandTotal])
    const rows = await db().select().from(refunds).where(eq(refunds.orderId, order.id))
    expect(rows.map((r) => [r.amount, r.status, r.idempotencyKey])).toEqual([[row.grandTotal, 'succeeded', null]])
    const calls = stub.requestsTo('POST /v1/refunds').filter((r) => r.body.payment_intent === intentId)
    expect(calls.map((r) => r.idempotencyKey)).toEqual([`auto-refund:${order.id}`])
    expect((await historyOf(order.id)).at(-1)).toBe('canceled→canceled')
  })

  /** The jobs' view: Stripe through the real SDK against the stub, a clock `msAhead` of the given time. */
  const jobDeps = (at: Date) => ({
    db: db(),
    bus: createInProcessBus(),
    logger: createLogger('silent'),
    clock: () => at,
    paymentProvider: createStripePaymentProvider(
      createStripeClient({ secretKey: 'sk_test_stub0key', api: stub.api }),
      createLogger('silent'),
    ),
    metrics: createMetrics(),
  })

  it('pays, never cancels, an expired order charged at Stripe whose update and webhook were lost', async () => {
    const { order, productId, intentId } = await checkedOut()
    stub.setIntent(intentId, { status: 'succeeded' })
    const expiresAt = (await rowOf(order.id)).reservationExpiresAt
    if (!expiresAt) throw new Error('the order holds no reservation')
    const canceled = await releaseExpiredReservations(jobDeps(new Date(expiresAt.getTime() + 60_000)))
    expect(canceled).not.toContain(order.id)
    expect(await statusOf(order.id)).toBe('paid')
    expect(await stockOf(db(), productId)).toBe(3)
    expect(stub.requestsTo(`POST /v1/payment_intents/${intentId}/cancel`)).toHaveLength(1) // refused: it succeeded
    expect(stub.intent(intentId).status).toBe('succeeded')
  })

  it('cancels an expired order at Stripe before cancelling the order, so it can no longer be charged', async () => {
    const { order, productId, intentId } = await checkedOut()
    const expiresAt = (await rowOf(order.id)).reservationExpiresAt
    if (!expiresAt) throw new Error('the order holds no reservation')
    expect(await releaseExpiredReservations(jobDeps(new Date(expiresAt.getTime() + 60_000)))).toContain(order.id)
    expect(stub.intent(intentId).status).toBe('canceled')
    expect(await statusOf(order.id)).toBe('canceled')
    expect(await stockOf(db(), productId)).toBe(5)
  })

  it('reconciles payments in flight from Stripe: a success makes the order paid, processing only its payment status', async () => {
    const charged = await checkedOut()
    const processing = await checkedOut()
    stub.setIntent(charged.intentId, { status: 'succeeded' })
    stub.setIntent(processing.intentId, { status: 'processing' })
    const graceMs = 120_000
    // The suite shares its database: a limit above every order it creates, so ours are surely in the pass.
    await reconcilePayments(jobDeps(new Date(Date.now() + graceMs + 60_000)), graceMs, 1000)
    expect(await statusOf(charged.order.id)).toBe('paid')
    expect(await historyOf(charged.order.id)).toEqual(['∅→pending_payment', 'pending_payment→paid'])
    const row = await rowOf(processing.order.id)
    expect([row.status, row.paymentStatus]).toEqual(['pending_payment', 'processing'])
    expect(stub.requestsTo(`GET /v1/payment_intents/${charged.intentId}`).length).toBeGreaterThan(0)
  })

  it('records a refund made in the Stripe dashboard once, from charge.refunded', async () => {
    const { order, intentId } = await checkedOut()
    await succeed(intentId)
    const { grandTotal } = await rowOf(order.id)
    const refund = stub.addDashboardRefund(intentId, 500)
    const charge = { id: 'ch_1', object: 'charge', payment_intent: intentId, amount_refunded: 500, metadata: {} }
    expect((await postWebhook(app(), stripeEvent('charge.refunded', charge))).status).toBe(200)
    expect((await postWebhook(app(), stripeEvent('charge.refunded', charge))).status).toBe(200)
    const rows = await db().select().from(refunds).where(eq(refunds.orderId, order.id))
    expect(rows.map((r) => [r.providerRefundId, r.amount, r.status])).toEqual([[refund.id, 500, 'succeeded']])
    const row = await rowOf(order.id)
    expect([row.status, row.refundedTotal]).toEqual([500 < grandTotal ? 'partially_refunded' : 'refunded', 500])
  })

  it('marks a disputed order with the time and a history note, keeping its status', async () => {
    const { order, intentId } = await checkedOut()
    await succeed(intentId)
    const dispute = { id: 'dp_1', object: 'dispute', payment_intent: intentId, charge: 'ch_2', reason: 'fraudulent' }
    expect((await postWebhook(app(), stripeEvent('charge.dispute.created', dispute))).status).toBe(200)
    const row = await rowOf(order.id)
    expect(row.disputedAt).toBeInstanceOf(Date)
    expect(row.status).toBe('paid')
    expect((await historyOf(order.id)).at(-1)).toBe('paid→paid')
  })

  it('answers 200 to an event type it does not handle and records it as processed', async () => {
    const event = stripeEvent('customer.created', { id: 'cus_x', object: 'customer' })
    const response = await postWebhook(app(), event)
    expect(await response.json()).toEqual({ received: true, result: 'ignored' })
    const recorded = await db().select().from(paymentWebhookEvents).where(eq(paymentWebhookEvents.id, event.id))
    expect(recorded.map((r) => r.type)).toEqual(['customer.created'])
  })

  describe('validly signed but malformed events', () => {
    const lines: string[] = []
    let logged: ReturnType<typeof createApp> | undefined
    const loggingApp = () => {
      logged ??= createApp({
        config: stripeTestConfig(stub, { TRUST_PROXY: 'true' }),
        db: db(),
        logger: createLogger('warn', { write: (line: string) => void lines.push(line) }),
      })
      return logged
    }
    const intent = { id: 'pi_malformed', object: 'payment_intent', metadata: {} }
    const withoutId = (() => {
      const { id: _id, ...rest } = stripeEvent('payment_intent.succeeded', intent)
      return rest
    })()

    it.each<[string, object, string]>([
      ['no id', withoutId, 'json.id'],
      ['an id that is not an event id', { ...stripeEvent('payment_intent.succeeded', intent), id: 42 }, 'json.id'],
      ['no type', { ...stripeEvent('payment_intent.succeeded', intent), type: undefined }, 'json.type'],
      ['a type that is no event type', stripeEvent('💥 <script>', intent), 'json.type'],
      ['no data', { ...stripeEvent('payment_intent.succeeded', intent), data: undefined }, 'json.data'],
      ['no object', { ...stripeEvent('payment_intent.succeeded', intent), data: {} }, 'json.data.object'],
      ['an object that is a string', stripeEvent('charge.refunded', 'ch_1' as unknown as object), 'json.data.object'],
      [
        'an intent without an id',
        stripeEvent('payment_intent.succeeded', { object: 'payment_intent' }),
        'json.data.object.id',
      ],
      [
        'a failure with a malformed error',
        stripeEvent('payment_intent.payment_failed', { ...intent, last_payment_error: 'declined' }),
        'json.data.object.last_payment_error',
      ],
      ['a dispute without a reason', stripeEvent('charge.dispute.created', { id: 'dp_1' }), 'json.data.object.reason'],
    ])('answers 400 naming the field to an event with %s, logs it and records nothing', async (_name, event, path) => {
      lines.length = 0
      const response = await postWebhook(loggingApp(), event)
      expect(response.status).toBe(400)
      const problem = (await response.json()) as ProblemDetails
      expect(problem.code).toBe('INVALID_INPUT')
      expect(problem.errors?.map((e) => e.path)).toContain(path)
      expect(lines.some((line) => line.includes('malformed Stripe webhook event refused'))).toBe(true)
      const id = (event as { id?: unknown }).id
      if (typeof id === 'string')
        expect(await db().select().from(paymentWebhookEvents).where(eq(paymentWebhookEvents.id, id))).toEqual([])
    })

    it('ignores a refund event whose charge names no payment intent (found by the fuzz test: it was a 500)', async () => {
      const response = await postWebhook(app(), stripeEvent('charge.refunded', {}))
      expect(response.status).toBe(200)
    })

    it('answers 400 to a signed body that is not JSON', async () => {
      const payload = '{"id": "evt_1", '
      const signature = Stripe.webhooks.generateTestHeaderString({ payload, secret: testWebhookSecret })
      const response = await app().request('/api/payments/stripe/webhook', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': signature },
        body: payload,
      })
      expect(response.status).toBe(400)
    })

    it('never answers 5xx to any validly signed body (fuzz)', async () => {
      const types = [
        'payment_intent.succeeded',
        'payment_intent.payment_failed',
        'charge.refunded',
        'charge.dispute.created',
      ]
      const eventLike = fc.record(
        {
          id: fc.oneof(fc.constant(undefined), fc.string(), fc.stringMatching(/^evt_\w{1,20}$/)),
          type: fc.oneof(fc.constantFrom(...types), fc.string()),
          data: fc.oneof(fc.anything(), fc.record({ object: fc.oneof(fc.anything(), fc.object()) })),
        },
        { requiredKeys: [] },
      )
      await fc.assert(
        fc.asyncProperty(fc.oneof(eventLike, fc.jsonValue()), async (event) => {
          const response = await postWebhook(app(), event as object)
          expect(response.status).toBeLessThan(500)
        }),
        { numRuns: 60 },
      )
    })
  })

  it('takes event bodies over the 64 kB API limit, up to 1 MiB', async () => {
    const big = stripeEvent('customer.created', { id: 'cus_y', object: 'customer', padding: 'x'.repeat(200_000) })
    expect((await postWebhook(app(), big)).status).toBe(200)
  })

  it('is a 404 when Stripe is not configured', async () => {
    const withoutStripe = createTestApp(db(), testConfig())
    const response = await postWebhook(withoutStripe, stripeEvent('customer.created', { id: 'cus_z' }))
    expect(response.status).toBe(404)
  })
})
