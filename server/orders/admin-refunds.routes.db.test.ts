import { randomUUID } from 'node:crypto'
import { asc, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { Order } from '../../shared/orders/order.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { orderHistory, orders, refunds, testPaymentRefunds } from '../db/schema.ts'
import type { Config } from '../env.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createLogger } from '../platform/logger.ts'
import { type StripeStub, startStripeStub } from '../test-support/stripe-stub.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout, postPay } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { postWebhook, stripeEvent, stripeTestConfig } from '../test-support/test-stripe.ts'

describe.each(await databaseTargets())('admin refunds on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const db = () => database().db
  const admin = { email: uniqueEmail(), password: 'the admin password' }
  let stub: StripeStub
  beforeAll(async () => {
    stub = await startStripeStub()
  })
  afterAll(async () => {
    await stub.close()
  })

  /** An app (test provider, or Stripe against the stub) and its signed-in admin, built once. */
  const shop = (configOf: () => Config) => {
    let built: { app: ReturnType<typeof createApp>; admin: TestBrowser } | undefined
    return async () => {
      if (built) return built
      const config = configOf()
      const app = createApp({ config, db: db(), logger: createLogger('silent') })
      await ensureAdmin({ db: db(), config, logger: createLogger('silent') })
      const browser = createTestBrowser(app)
      expect((await browser.signIn(admin)).status).toBe(200)
      built = { app, admin: browser }
      return built
    }
  }
  const adminConfig = { TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password }
  const testShop = shop(() => testConfig(adminConfig))
  const stripeShop = shop(() => stripeTestConfig(stub, adminConfig))

  /** A paid order of 2 × 10.00 EUR + shipping and VAT, through the test provider's card form. */
  const paidOrder = async () => {
    const { app } = await testShop()
    const shopper = createTestBrowser(app)
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 5, price: 1000 }), 2]])
    const order = await orderOf(await postCheckout(shopper))
    return orderOf(await postPay(shopper, order.id, testCards.succeeds))
  }
  /** The same, paid through Stripe (the browser's confirmation stands in as the stub's state plus a webhook). */
  const paidStripeOrder = async () => {
    const { app } = await stripeShop()
    const shopper = createTestBrowser(app)
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 5, price: 1000 }), 2]])
    const order = await orderOf(await postCheckout(shopper))
    const [row] = await db().select().from(orders).where(eq(orders.id, order.id))
    const intentId = row?.paymentIntentId as string
    stub.setIntent(intentId, { status: 'succeeded' })
    await postWebhook(app, stripeEvent('payment_intent.succeeded', stub.intent(intentId)))
    return { order, intentId }
  }
  const refund = async (
    which: typeof testShop,
    orderId: string,
    body: object,
    /** null: no Idempotency-Key header at all. */
    key: string | null = randomUUID(),
  ): Promise<Response> =>
    (await which()).admin.request(`/api/admin/orders/${orderId}/refunds`, {
      method: 'POST',
      headers: key === null ? {} : { 'idempotency-key': key },
      json: body,
    })
  const historyOf = async (orderId: string) =>
    (
      await db()
        .select({ from: orderHistory.fromStatus, to: orderHistory.toStatus, reason: orderHistory.reason })
        .from(orderHistory)
        .where(eq(orderHistory.orderId, orderId))
        .orderBy(asc(orderHistory.id))
    ).map((h) => `${h.from ?? '∅'}→${h.to}: ${h.reason}`)
  const problemOf = async (response: Response) => (await response.json()) as ProblemDetails

  it('refunds an order in full: refunded, with the refund and its history row in the answer', async () => {
    const order = await paidOrder()
    const response = await refund(testShop, order.id, { amount: order.totals.total, reason: 'damaged' })
    expect(response.status).toBe(201)
    const refunded = (await response.json()) as Order
    expect([refunded.status, refunded.refundedTotal]).toEqual(['refunded', order.totals.total])
    expect(refunded.refunds).toEqual([expect.objectContaining({ amount: order.totals.total, status: 'succeeded' })])
    expect(refunded.history.at(-1)).toMatchObject({ from: 'paid', to: 'refunded' })
    expect(refunded.history.at(-1)?.reason).toContain('damaged')
  })

  it('refunds in two parts: partially_refunded, then refunded, with a history row for each', async () => {
    const order = await paidOrder()
    const first = (await (await refund(testShop, order.id, { amount: 1234 })).json()) as Order
    expect([first.status, first.refundedTotal]).toEqual(['partially_refunded', 1234])
    const rest = order.totals.total - 1234
    const second = (await (await refund(testShop, order.id, { amount: rest })).json()) as Order
    expect([second.status, second.refundedTotal]).toEqual(['refunded', order.totals.total])
    expect((await historyOf(order.id)).slice(2)).toEqual([
      'paid→partially_refunded: refund 12.34 EUR',
      `partially_refunded→refunded: refund ${(rest / 100).toFixed(2)} EUR`,
    ])
  })

  describe('a yen order (JPY has no minor unit: amounts are whole yen)', () => {
    const japan = {
      name: 'Yamada Hanako',
      line1: '1-1 Chiyoda',
      postalCode: '100-0001',
      city: 'Chiyoda-ku',
      country: 'JP',
    }
    const yenCheckout = async (which: typeof testShop) => {
      const { app } = await which()
      const shopper = createTestBrowser(app)
      await fillCart(shopper, [[await createTestProduct(db(), { stock: 5, price: 2980, currency: 'JPY' }), 1]])
      const body = { email: 'guest@example.com', shippingAddress: japan, shippingMethod: 'standard' }
      return { shopper, order: await orderOf(await postCheckout(shopper, { body })) }
    }

    it('is charged ¥2,980 + ¥600 shipping and refunded in two parts in whole yen (test provider)', async () => {
      const { shopper, order: placed } = await yenCheckout(testShop)
      expect([placed.currency, placed.totals.items, placed.totals.shipping]).toEqual(['JPY', 2980, 600])
      const order = await orderOf(await postPay(shopper, placed.id, testCards.succeeds))
      const first = (await (await refund(testShop, order.id, { amount: 980 })).json()) as Order
      expect([first.status, first.refundedTotal]).toEqual(['partially_refunded', 980])
      const rest = order.totals.total - 980
      const second = (await (await refund(testShop, order.id, { amount: rest })).json()) as Order
      expect([second.status, second.refundedTotal]).toEqual(['refunded', order.totals.total])
      expect((await historyOf(order.id)).slice(2)).toEqual([
        'paid→partially_refunded: refund 980 JPY',
        `partially_refunded→refunded: refund ${rest} JPY`,
      ])
      const [row] = await db().select().from(orders).where(eq(orders.id, order.id))
      const provided = await db()
        .select({ amount: testPaymentRefunds.amount })
        .from(testPaymentRefunds)
        .where(eq(testPaymentRefunds.intentId, row?.paymentIntentId as string))
      expect(provided.map((r) => r.amount).sort((a, b) => a - b)).toEqual([980, rest].sort((a, b) => a - b))
    })

    it('is paid and refunded through Stripe in whole yen: amount=<yen>&currency=jpy, refund amount in yen', async () => {
      const { order } = await yenCheckout(stripeShop)
      const [row] = await db().select().from(orders).where(eq(orders.id, order.id))
      const intentId = row?.paymentIntentId as string
      const [payment] = stub
        .requestsTo('POST /v1/payment_intents')
        .filter((r) => r.body['metadata[orderId]'] === order.id)
      expect(payment?.body).toMatchObject({ amount: String(order.totals.total), currency: 'jpy' })
      stub.setIntent(intentId, { status: 'succeeded' })
      await postWebhook((await stripeShop()).app, stripeEvent('payment_intent.succeeded', stub.intent(intentId)))
      const response = await refund(stripeShop, order.id, { amount: 1500 })
      expect(response.status).toBe(201)
      const calls = stub.requestsTo('POST /v1/refunds').filter((r) => r.body.payment_intent === intentId)
      expect(calls.map((r) => r.body.amount)).toEqual(['1500'])
      const refunded = (await response.json()) as Order
      expect([refunded.currency, refunded.status, refunded.refundedTotal]).toEqual(['JPY', 'partially_refunded', 1500])
    })
  })

  it('keeps partially_refunded through a second partial refund, noting it in the history', async () => {
    const order = await paidOrder()
    await refund(testShop, order.id, { amount: 100 })
    const second = (await (await refund(testShop, order.id, { amount: 200 })).json()) as Order
    expect([second.status, second.refundedTotal]).toEqual(['partially_refunded', 300])
    expect((await historyOf(order.id)).at(-1)).toBe('partially_refunded→partially_refunded: refund 2.00 EUR')
  })

  it('keeps a fulfilling order fulfilling after a partial refund', async () => {
    const order = await paidOrder()
    await db().update(orders).set({ status: 'fulfilling' }).where(eq(orders.id, order.id))
    const refunded = (await (await refund(testShop, order.id, { amount: 500 })).json()) as Order
    expect([refunded.status, refunded.refundedTotal]).toEqual(['fulfilling', 500])
  })

  it('refuses a refund over what is left with 422 naming json.amount', async () => {
    const order = await paidOrder()
    await refund(testShop, order.id, { amount: 1000 })
    const response = await refund(testShop, order.id, { amount: order.totals.total - 999 })
    expect(response.status).toBe(422)
    const problem = await problemOf(response)
    expect(problem.code).toBe('REFUND_EXCEEDS_REMAINING')
    expect(problem.errors).toEqual([{ path: 'json.amount', message: `must be at most ${order.totals.total - 1000}` }])
  })

  it('refuses to refund an unpaid order with 409 ORDER_NOT_REFUNDABLE', async () => {
    const { app } = await testShop()
    const shopper = createTestBrowser(app)
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 5 }), 1]])
    const order = await orderOf(await postCheckout(shopper))
    const response = await refund(testShop, order.id, { amount: 100 })
    expect(response.status).toBe(409)
    expect((await problemOf(response)).code).toBe('ORDER_NOT_REFUNDABLE')
  })

  it('answers a repeated key with the order as it is, refunding once; another amount under it is 409', async () => {
    const order = await paidOrder()
    const key = randomUUID()
    expect((await refund(testShop, order.id, { amount: 300 }, key)).status).toBe(201)
    const again = await refund(testShop, order.id, { amount: 300 }, key)
    expect(again.status).toBe(200)
    expect(((await again.json()) as Order).refundedTotal).toBe(300)
    const reused = await refund(testShop, order.id, { amount: 400 }, key)
    expect(reused.status).toBe(409)
    expect((await problemOf(reused)).code).toBe('IDEMPOTENCY_KEY_REUSED')
    const [row] = await db().select().from(orders).where(eq(orders.id, order.id))
    const providerRefunds = await db()
      .select()
      .from(testPaymentRefunds)
      .where(eq(testPaymentRefunds.intentId, row?.paymentIntentId as string))
    expect(providerRefunds).toHaveLength(1)
  })

  it('requires a UUID Idempotency-Key and the admin role', async () => {
    const order = await paidOrder()
    const missing = await refund(testShop, order.id, { amount: 100 }, null)
    expect(missing.status).toBe(400)
    expect((await problemOf(missing)).errors?.[0]?.path).toBe('header.idempotency-key')
    const customer = createTestBrowser((await testShop()).app)
    await customer.signUp({ email: uniqueEmail(), password: testPassword, name: 'C' })
    const refused = await customer.request(`/api/admin/orders/${order.id}/refunds`, {
      method: 'POST',
      headers: { 'idempotency-key': randomUUID() },
      json: { amount: 100 },
    })
    expect(refused.status).toBe(403)
  })

  it('refunds through Stripe once per key, with our row as reference, and settles on the answer', async () => {
    const { order, intentId } = await paidStripeOrder()
    const key = randomUUID()
    const first = await refund(stripeShop, order.id, { amount: 700 }, key)
    expect(first.status).toBe(201)
    expect((await refund(stripeShop, order.id, { amount: 700 }, key)).status).toBe(200)
    const calls = stub.requestsTo('POST /v1/refunds').filter((r) => r.body.payment_intent === intentId)
    const [row] = await db().select().from(refunds).where(eq(refunds.idempotencyKey, key))
    expect(calls.map((r) => [r.idempotencyKey, r.body.amount, r.body['metadata[refundId]']])).toEqual([
      [`refund:${row?.id}`, '700', row?.id],
    ])
    // Stripe's charge.refunded for that refund finds it by reference: nothing is counted twice.
    const charge = { id: 'ch_3', object: 'charge', payment_intent: intentId, amount_refunded: 700 }
    await postWebhook((await stripeShop()).app, stripeEvent('charge.refunded', charge))
    const [after] = await db().select().from(orders).where(eq(orders.id, order.id))
    expect([after?.status, after?.refundedTotal]).toEqual(['partially_refunded', 700])
  })

  it('keeps an asynchronous Stripe refund pending until Stripe reports it succeeded', async () => {
    const { order, intentId } = await paidStripeOrder()
    stub.createRefundsAs('pending')
    const pending = (await (
      await refund(stripeShop, order.id, { amount: 400 }).finally(() => stub.createRefundsAs('succeeded'))
    ).json()) as Order
    expect([pending.status, pending.refundedTotal, pending.refunds.map((r) => r.status)]).toEqual([
      'paid',
      0,
      ['pending'],
    ])
    const [row] = await db().select().from(refunds).where(eq(refunds.orderId, order.id))
    const settled = stub.setRefund(row?.providerRefundId as string, 'succeeded')
    const updated = stripeEvent('charge.refund.updated', settled)
    expect((await postWebhook((await stripeShop()).app, updated)).status).toBe(200)
    const [after] = await db().select().from(orders).where(eq(orders.id, order.id))
    expect([after?.status, after?.refundedTotal]).toEqual(['partially_refunded', 400])
    expect(stub.requestsTo('POST /v1/refunds').filter((r) => r.body.payment_intent === intentId)).toHaveLength(1)
  })

  it('answers 502 PAYMENT_PROVIDER_FAILED when Stripe fails, and marks the refund failed', async () => {
    const { order } = await paidStripeOrder()
    stub.fail('/v1/refunds')
    const key = randomUUID()
    const response = await refund(stripeShop, order.id, { amount: 500 }, key).finally(() => stub.heal('/v1/refunds'))
    expect(response.status).toBe(502)
    expect((await problemOf(response)).code).toBe('PAYMENT_PROVIDER_FAILED')
    const [row] = await db().select().from(refunds).where(eq(refunds.idempotencyKey, key))
    expect(row?.status).toBe('failed')
    const [after] = await db().select().from(orders).where(eq(orders.id, order.id))
    expect([after?.status, after?.refundedTotal]).toEqual(['paid', 0])
  })
})
