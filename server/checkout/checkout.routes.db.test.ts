import { randomUUID } from 'node:crypto'
import { asc, eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { Order } from '../../shared/orders/order.ts'
import { events, orderHistory, orders, paymentAttempts } from '../db/schema.ts'
import { testCards } from '../payments/test-payment-provider.ts'
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
import { storeTestExchangeRates } from '../test-support/test-markets.ts'

const usAddress = {
  name: 'Grace Hopper',
  line1: '1 Market Street',
  postalCode: '94105',
  city: 'San Francisco',
  region: 'CA',
  country: 'US',
}

describe.each(await databaseTargets())('checkout and payment on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const config = testConfig({ TRUST_PROXY: 'true' })
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  const db = () => database().db
  const browser = () => createTestBrowser(app())

  const historyOf = async (orderId: string) =>
    (
      await db()
        .select({ from: orderHistory.fromStatus, to: orderHistory.toStatus })
        .from(orderHistory)
        .where(eq(orderHistory.orderId, orderId))
        .orderBy(asc(orderHistory.id))
    ).map((h) => `${h.from ?? '∅'}→${h.to}`)

  /** A shopper with `quantity` of a fresh product (stock `stock`) in the cart, checked out. */
  const checkedOut = async (stock = 5, quantity = 2) => {
    const shopper = browser()
    const productId = await createTestProduct(db(), { stock })
    await fillCart(shopper, [[productId, quantity]])
    const order = await orderOf(await postCheckout(shopper))
    return { shopper, productId, order }
  }

  it('answers 20 replays of one checkout from the stored order without spending the rate limit', async () => {
    const { shopper, order } = await checkedOut()
    const [row] = await db().select({ key: orders.idempotencyKey }).from(orders).where(eq(orders.id, order.id))
    const key = row!.key
    for (let i = 0; i < 20; i++) {
      const replay = await postCheckout(shopper, { key })
      expect(replay.status).toBe(200)
      expect(((await replay.json()) as Order).id).toBe(order.id)
    }
    // The budget (10 a minute) is untouched: the same key with another request is counted and refused…
    const reused = await postCheckout(shopper, {
      key,
      body: { email: 'other@example.com', shippingAddress: testAddress, shippingMethod: 'standard' },
    })
    expect(reused.status).toBe(409)
    // …and a new checkout is still let through to the cart (empty now), not refused with 429.
    expect((await postCheckout(shopper)).status).toBe(422)
  })

  it('creates the order from the server cart, reserves its stock and empties the cart in one step', async () => {
    const shopper = browser()
    const a = await createTestProduct(db(), { stock: 5, price: 1250 })
    const b = await createTestProduct(db(), { stock: 3, price: 400 })
    await fillCart(shopper, [
      [a, 2],
      [b, 3],
    ])
    const response = await postCheckout(shopper)
    expect(response.status).toBe(201)
    const order = await orderOf(response)
    expect(order.status).toBe('pending_payment')
    expect(order.lines.map((l) => [l.productId, l.unitPrice, l.quantity, l.lineTotal]).sort()).toEqual(
      [
        [a, 1250, 2, 2500],
        [b, 400, 3, 1200],
      ].sort(),
    )
    // Germany is in the euro market, whose prices contain VAT (decision 0026): 3700 items + 495
    // standard shipping is the total, of which 19 % German VAT is 4195 × 19 / 119 = 669.79 → 670.
    expect(order.currency).toBe('EUR')
    expect(order.totals).toEqual({ items: 3700, discount: 0, shipping: 495, tax: 670, total: 4195 })
    expect(order.payment.status).toBe('requires_payment_method')
    expect(order.reservationExpiresAt).not.toBeNull()
    expect([await stockOf(db(), a), await stockOf(db(), b)]).toEqual([3, 0])
    expect((await shopper.pull())?.cart).toEqual([])
    expect(await historyOf(order.id)).toEqual(['∅→pending_payment'])
    const logged = await db()
      .select({ type: events.type })
      .from(events)
      .where(sql`${events.data}->>'orderId' = ${order.id}`)
    expect(logged.map((e) => e.type)).toEqual(['order.created'])
  })

  it('answers the same order for a repeated idempotency key and reserves the stock once', async () => {
    const shopper = browser()
    const productId = await createTestProduct(db(), { stock: 5 })
    await fillCart(shopper, [[productId, 2]])
    const key = randomUUID()
    const [first, second] = await Promise.all([postCheckout(shopper, { key }), postCheckout(shopper, { key })])
    expect([first!.status, second!.status].sort()).toEqual([200, 201])
    const [one, two] = [await orderOf(first!), await orderOf(second!)]
    expect(one.id).toBe(two.id)
    const third = await postCheckout(shopper, { key })
    expect(third.status).toBe(200)
    expect((await orderOf(third)).id).toBe(one.id)
    expect(await stockOf(db(), productId)).toBe(3)
    expect(await db().select().from(orders).where(eq(orders.idempotencyKey, key))).toHaveLength(1)
  })

  it('refuses a checkout when a line is out of stock, naming the product, and reserves nothing', async () => {
    const shopper = browser()
    const plenty = await createTestProduct(db(), { stock: 5 })
    const scarce = await createTestProduct(db(), { stock: 3 })
    await fillCart(shopper, [
      [plenty, 2],
      [scarce, 3],
    ])
    await db().execute(sql`update product_variants set stock = 1 where product_id = ${scarce}`)
    const response = await postCheckout(shopper)
    expect(response.status).toBe(409)
    const problem = (await response.json()) as ProblemDetails
    expect(problem.code).toBe('OUT_OF_STOCK')
    expect(problem.detail).toContain(scarce)
    expect([await stockOf(db(), plenty), await stockOf(db(), scarce)]).toEqual([5, 1])
    expect((await shopper.pull())?.cart).toHaveLength(2)
  })

  it('refuses an empty cart', async () => {
    const response = await postCheckout(browser())
    expect(response.status).toBe(422)
    expect(((await response.json()) as ProblemDetails).code).toBe('CART_EMPTY')
  })

  it.each([
    ['json.shippingMethod', { email: 'g@example.com', shippingAddress: testAddress, shippingMethod: 'drone' }],
    ['json.email', { email: 'nope', shippingAddress: testAddress, shippingMethod: 'standard' }],
    ['json.email', { shippingAddress: testAddress, shippingMethod: 'standard' }],
    [
      'json.shippingAddress.country',
      { email: 'g@example.com', shippingAddress: { ...testAddress, country: 'Germany' }, shippingMethod: 'standard' },
    ],
    [
      'json.shippingAddress.postalCode',
      { email: 'g@example.com', shippingAddress: { ...testAddress, postalCode: '1011' }, shippingMethod: 'standard' },
    ],
    [
      'json.shippingAddress.postalCode',
      { email: 'g@example.com', shippingAddress: { ...usAddress, postalCode: '9410' }, shippingMethod: 'standard' },
    ],
    [
      'json.shippingAddress.region',
      { email: 'g@example.com', shippingAddress: { ...usAddress, region: undefined }, shippingMethod: 'standard' },
    ],
    [
      'json.shippingAddress.region',
      { email: 'g@example.com', shippingAddress: { ...usAddress, region: 'ZZ' }, shippingMethod: 'standard' },
    ],
    [
      'json.shippingAddress.phone',
      { email: 'g@example.com', shippingAddress: { ...usAddress, phone: '555-0100' }, shippingMethod: 'standard' },
    ],
    [
      'json.shippingAddress.phone',
      { email: 'g@example.com', shippingAddress: { ...testAddress, phone: 'call me' }, shippingMethod: 'standard' },
    ],
  ])('answers 400 naming %s for bad checkout input', async (path, body) => {
    const shopper = browser()
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 1 }), 1]])
    const response = await postCheckout(shopper, { body })
    expect(response.status).toBe(400)
    const problem = (await response.json()) as ProblemDetails
    expect(problem.code).toBe('INVALID_INPUT')
    expect(problem.errors?.map((e) => e.path)).toContain(path)
  })

  it('keeps a US address with its state and a normalized ZIP, and drops a region a German address has none of', async () => {
    const shopper = browser()
    // The euro-priced test product is converted to US dollars at the stored rate.
    await storeTestExchangeRates(db())
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 2 }), 1]])
    const us = await orderOf(
      await postCheckout(shopper, {
        body: {
          email: 'g@example.com',
          shippingAddress: { ...usAddress, region: 'ca', postalCode: ' 94105-1234 ' },
          shippingMethod: 'standard',
        },
      }),
    )
    expect(us.shippingAddress).toEqual({ ...usAddress, region: 'CA', postalCode: '94105-1234' })
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 2 }), 1]])
    const de = await orderOf(
      await postCheckout(shopper, {
        body: { email: 'g@example.com', shippingAddress: { ...testAddress, region: 'BE' }, shippingMethod: 'standard' },
      }),
    )
    expect(de.shippingAddress).toEqual(testAddress)
  })

  it('stores an optional phone number in E.164, read in the address country unless it has its own + code', async () => {
    const shopper = browser()
    const place = async (shippingAddress: object) => {
      await fillCart(shopper, [[await createTestProduct(db(), { stock: 2 }), 1]])
      const order = await orderOf(
        await postCheckout(shopper, { body: { email: 'g@example.com', shippingAddress, shippingMethod: 'standard' } }),
      )
      const [row] = await db().select({ address: orders.shippingAddress }).from(orders).where(eq(orders.id, order.id))
      return [order.shippingAddress.phone, row?.address.phone]
    }
    expect(await place({ ...usAddress, phone: ' (415) 555-2671 ' })).toEqual(['+14155552671', '+14155552671'])
    expect(await place({ ...testAddress, phone: '+44 7911 123456' })).toEqual(['+447911123456', '+447911123456'])
    expect(await place({ ...testAddress, phone: '' })).toEqual([undefined, undefined])
  })

  it('answers 400 naming the header for a malformed idempotency key', async () => {
    const shopper = browser()
    const response = await postCheckout(shopper, { key: 'not-a-uuid' })
    expect(response.status).toBe(400)
    expect(((await response.json()) as ProblemDetails).errors?.map((e) => e.path)).toEqual(['header.idempotency-key'])
  })

  it('pays with 4242… and records the change in the history', async () => {
    const { shopper, order } = await checkedOut()
    const paid = await orderOf(await postPay(shopper, order.id, testCards.succeeds))
    expect(paid.status).toBe('paid')
    expect(paid.payment).toMatchObject({ status: 'succeeded', failureReason: null })
    expect(paid.reservationExpiresAt).toBeNull()
    expect(await historyOf(order.id)).toEqual(['∅→pending_payment', 'pending_payment→paid'])
    const logged = await db()
      .select({ type: events.type })
      .from(events)
      .where(sql`${events.data}->>'orderId' = ${order.id}`)
    expect(logged.map((e) => e.type)).toEqual(['order.created', 'order.status_changed'])
  })

  it('leaves a declined order in payment_failed with the reason, then takes another card', async () => {
    const { shopper, productId, order } = await checkedOut(5, 2)
    const failed = await orderOf(await postPay(shopper, order.id, testCards.insufficientFunds))
    expect(failed.status).toBe('payment_failed')
    expect(failed.payment).toMatchObject({ status: 'failed', failureReason: 'insufficient_funds' })
    expect(await stockOf(db(), productId)).toBe(3) // still reserved for the retry
    const again = await orderOf(await postPay(shopper, order.id, testCards.declined))
    expect(again).toMatchObject({ status: 'payment_failed', payment: { failureReason: 'card_declined' } })
    const paid = await orderOf(await postPay(shopper, order.id, testCards.succeeds))
    expect(paid.status).toBe('paid')
    expect(await historyOf(order.id)).toEqual([
      '∅→pending_payment',
      'pending_payment→payment_failed',
      'payment_failed→paid',
    ])
    expect(await db().select().from(paymentAttempts).where(eq(paymentAttempts.orderId, order.id))).toHaveLength(3)
    expect(await stockOf(db(), productId)).toBe(3)
  })

  it.each([
    [true, 'paid', null],
    [false, 'payment_failed', 'authentication_failed'],
  ] as const)('asks for 3-D Secure with 3184… and on approve=%s ends %s', async (approve, status, reason) => {
    const { shopper, order } = await checkedOut()
    const pending = await orderOf(await postPay(shopper, order.id, testCards.requiresAuthentication))
    expect(pending).toMatchObject({ status: 'pending_payment', payment: { status: 'requires_action' } })
    const answered = await orderOf(
      await shopper.request(`/api/orders/${order.id}/authenticate`, { method: 'POST', json: { approve } }),
    )
    expect(answered.status).toBe(status)
    expect(answered.payment.failureReason).toBe(reason)
  })

  it('refuses to pay a paid or canceled order with 409 ORDER_NOT_PAYABLE', async () => {
    const { shopper, order } = await checkedOut()
    await orderOf(await postPay(shopper, order.id, testCards.succeeds))
    const twice = await postPay(shopper, order.id, testCards.succeeds)
    expect(twice.status).toBe(409)
    expect(((await twice.json()) as ProblemDetails).code).toBe('ORDER_NOT_PAYABLE')

    const other = await checkedOut()
    await db().update(orders).set({ status: 'canceled' }).where(eq(orders.id, other.order.id))
    const canceled = await postPay(other.shopper, other.order.id, testCards.succeeds)
    expect(canceled.status).toBe(409)
    expect(((await canceled.json()) as ProblemDetails).code).toBe('ORDER_NOT_PAYABLE')
    const authenticate = await other.shopper.request(`/api/orders/${other.order.id}/authenticate`, {
      method: 'POST',
      json: { approve: true },
    })
    expect(authenticate.status).toBe(409)
  })

  it('refuses to pay once the reservation has run out', async () => {
    const { shopper, order } = await checkedOut()
    await db()
      .update(orders)
      .set({ reservationExpiresAt: new Date(Date.now() - 1000) })
      .where(eq(orders.id, order.id))
    const response = await postPay(shopper, order.id, testCards.succeeds)
    expect(response.status).toBe(409)
    expect(((await response.json()) as ProblemDetails).detail).toMatch(/expired/)
  })

  it('answers 400 naming the field for a bad card', async () => {
    const { shopper, order } = await checkedOut()
    const response = await shopper.request(`/api/orders/${order.id}/pay`, {
      method: 'POST',
      json: { cardNumber: '4242', expiry: '13/30', cvc: '12' },
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as ProblemDetails).errors?.map((e) => e.path).sort()).toEqual([
      'json.cardNumber',
      'json.cvc',
      'json.expiry',
    ])
  })

  it('keeps a guest order visible after the guest signs in to an account', async () => {
    const email = uniqueEmail()
    const owner = browser()
    expect((await owner.signUp({ email, password: testPassword, name: 'Owner' })).status).toBe(201)
    const { shopper, order } = await checkedOut()
    expect((await shopper.signIn({ email, password: testPassword })).status).toBe(200)
    const list = (await (await shopper.request('/api/orders')).json()) as { orders: Order[] }
    expect(list.orders.map((o) => o.id)).toEqual([order.id])
    expect((await owner.request(`/api/orders/${order.id}`)).status).toBe(200)
  })

  it("lists one's own orders and answers 404 for another shopper's", async () => {
    const { shopper, order } = await checkedOut()
    const list = (await (await shopper.request('/api/orders')).json()) as { orders: Order[] }
    expect(list.orders.map((o) => o.id)).toEqual([order.id])
    expect((await shopper.request(`/api/orders/${order.id}`)).status).toBe(200)

    const stranger = browser()
    await stranger.session()
    expect((await stranger.request(`/api/orders/${order.id}`)).status).toBe(404)
    expect((await postPay(stranger, order.id, testCards.succeeds)).status).toBe(404)
    expect(((await (await stranger.request('/api/orders')).json()) as { orders: Order[] }).orders).toEqual([])
    expect((await shopper.request('/api/orders/not-a-uuid')).status).toBe(400)
  })
})
