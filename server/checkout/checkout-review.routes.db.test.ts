/**
 * The checkout page's server side: options, the quote (current prices and stock, server totals),
 * the request fingerprint behind an idempotency key, the account's remembered address, rate limits.
 */
import { randomUUID } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { CheckoutOptions, CheckoutQuote } from '../../shared/checkout/checkout-options.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import { orders } from '../db/schema.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import {
  createTestProduct,
  fillCart,
  orderOf,
  postCheckout,
  stockOf,
  testAddress,
} from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { storeTestExchangeRates } from '../test-support/test-markets.ts'

describe.each(await databaseTargets())('checkout review on $name', (target) => {
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
  const guestBody = { email: 'guest@example.com', shippingAddress: testAddress, shippingMethod: 'standard' }

  const postQuote = async (shopper: ReturnType<typeof browser>, body: unknown) => {
    if (!shopper.csrfToken) await shopper.session()
    return shopper.request('/api/checkout/quote', { method: 'POST', json: body })
  }

  it('offers the test provider, both shipping methods with prices and the tax table, and no defaults to a guest', async () => {
    const response = await browser().request('/api/checkout/options')
    expect(response.status).toBe(200)
    const options = (await response.json()) as CheckoutOptions
    expect(options).toMatchObject({
      paymentProvider: 'test',
      stripePublishableKey: null,
      shippingMethods: [
        { method: 'standard', price: 495 },
        { method: 'express', price: 1495 },
      ],
      freeStandardShippingFrom: 10_000,
      defaults: null,
    })
    expect(options.taxRates.DE).toBe(1900)
    expect(options.countries).toContain('DE')
  })

  it('quotes the current prices and the server totals, and marks lines short of stock or withdrawn', async () => {
    const shopper = browser()
    const ok = await createTestProduct(db(), { stock: 5, price: 1250 })
    const limited = await createTestProduct(db(), { stock: 5, price: 400 })
    const gone = await createTestProduct(db(), { stock: 5, price: 999 })
    await fillCart(shopper, [
      [ok, 2],
      [limited, 3],
      [gone, 1],
    ])
    await db().execute(sql`update product_variants set price = 1500 where product_id = ${ok}`)
    await db().execute(sql`update product_variants set stock = 1 where product_id = ${limited}`)
    await db().execute(sql`update products set deleted_at = now() where id = ${gone}`)

    const response = await postQuote(shopper, { shippingAddress: { country: 'de' }, shippingMethod: 'express' })
    expect(response.status).toBe(200)
    const quote = (await response.json()) as CheckoutQuote
    const byId = new Map(quote.lines.map((line) => [line.productId, line]))
    expect(byId.get(ok)).toMatchObject({ unitPrice: 1500, quantity: 2, inStock: 5, status: 'ok' })
    expect(byId.get(limited)).toMatchObject({ unitPrice: 400, quantity: 3, inStock: 1, status: 'limited' })
    expect(byId.get(gone)).toMatchObject({ quantity: 1, inStock: 0, status: 'unavailable' })
    // 3000 + 1200 items, 1495 express: VAT included in the euro market, 5695 × 19 / 119 = 909.28 → 909.
    expect(quote).toMatchObject({
      currency: 'EUR',
      market: 'eu',
      taxMode: 'inclusive',
      totals: { items: 4200, discount: 0, shipping: 1495, tax: 909, total: 5695 },
    })
    // A quote reserves nothing.
    expect(await stockOf(db(), ok)).toBe(5)
  })

  it('quotes an untaxed country and free standard shipping from 100.00', async () => {
    const shopper = browser()
    await storeTestExchangeRates(db())
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 5, price: 5000 }), 2]])
    const quote = (await (
      await postQuote(shopper, { shippingAddress: testAddress, shippingMethod: 'standard' })
    ).json()) as CheckoutQuote
    // VAT included: 10 000 × 19 / 119 = 1596.64 → 1597 of the 10 000.
    expect(quote.totals).toEqual({ items: 10_000, discount: 0, shipping: 0, tax: 1597, total: 10_000 })
    // The US market: €50.00 / 0.92 = $54.3478 → $53.99 (nearest .99), no tax added.
    const us = (await (
      await postQuote(shopper, { shippingAddress: { country: 'US' }, shippingMethod: 'standard' })
    ).json()) as CheckoutQuote
    expect(us.currency).toBe('USD')
    expect(us.lines.map((line) => line.unitPrice)).toEqual([5399])
    expect(us.totals).toEqual({ items: 10_798, discount: 0, shipping: 0, tax: 0, total: 10_798 })
  })

  it('answers an empty cart with CART_EMPTY and a bad quote with 400 naming the field', async () => {
    const shopper = browser()
    const empty = await postQuote(shopper, { shippingAddress: { country: 'DE' }, shippingMethod: 'standard' })
    expect(empty.status).toBe(422)
    expect(((await empty.json()) as ProblemDetails).code).toBe('CART_EMPTY')
    const bad = await postQuote(shopper, { shippingAddress: { city: 'Berlin' }, shippingMethod: 'drone' })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as ProblemDetails).errors?.map((e) => e.path).sort()).toEqual([
      'json.shippingAddress.country',
      'json.shippingMethod',
    ])
  })

  it('refuses a repeated idempotency key with other details (409) and stores no second order', async () => {
    const shopper = browser()
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 5 }), 1]])
    const key = randomUUID()
    const first = await orderOf(await postCheckout(shopper, { key, body: guestBody }))
    // The same request after trimming and upper-casing is the same request.
    const same = await postCheckout(shopper, {
      key,
      body: { ...guestBody, email: ' GUEST@example.com', shippingAddress: { ...testAddress, country: 'de' } },
    })
    expect(same.status).toBe(200)
    expect((await orderOf(same)).id).toBe(first.id)
    const other = await postCheckout(shopper, { key, body: { ...guestBody, shippingMethod: 'express' } })
    expect(other.status).toBe(409)
    expect(((await other.json()) as ProblemDetails).code).toBe('IDEMPOTENCY_KEY_REUSED')
    const stored = await db().select().from(orders).where(eq(orders.idempotencyKey, key))
    expect(stored).toHaveLength(1)
    expect(stored[0]?.requestHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it("remembers a signed-in account's checkout and offers it as the next checkout's defaults", async () => {
    const shopper = browser()
    const email = uniqueEmail()
    expect((await shopper.signUp({ email, password: testPassword, name: 'Ada' })).status).toBe(201)
    const before = (await (await shopper.request('/api/checkout/options')).json()) as CheckoutOptions
    expect(before.defaults).toBeNull()
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 5 }), 1]])
    const address = { ...testAddress, line2: 'Flat 3', postalCode: '1010', city: 'Wien', country: 'at' }
    const order = await orderOf(
      await postCheckout(shopper, { body: { shippingAddress: address, shippingMethod: 'express' } }),
    )
    expect(order.email).toBe(email)
    const after = (await (await shopper.request('/api/checkout/options')).json()) as CheckoutOptions
    expect(after.defaults).toEqual({
      email,
      shippingAddress: { ...address, country: 'AT' },
      shippingMethod: 'express',
    })
  })

  it("does not offer a guest's checkout address to the account the guest signs up for", async () => {
    const shopper = browser()
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 5 }), 1]])
    await orderOf(await postCheckout(shopper, { body: guestBody }))
    expect((await shopper.signUp({ email: uniqueEmail(), password: testPassword, name: 'Later' })).status).toBe(201)
    const options = (await (await shopper.request('/api/checkout/options')).json()) as CheckoutOptions
    expect(options.defaults).toBeNull()
  })

  describe('rate limits', () => {
    it('answers the 11th checkout of one shopper within a minute with 429 and Retry-After', async () => {
      const shopper = browser()
      for (let i = 0; i < 10; i++) expect((await postCheckout(shopper, { body: guestBody })).status).toBe(422)
      const limited = await postCheckout(shopper, { body: guestBody })
      expect(limited.status).toBe(429)
      expect(((await limited.json()) as ProblemDetails).code).toBe('RATE_LIMITED')
      const retryAfter = Number(limited.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThanOrEqual(1)
      expect(retryAfter).toBeLessThanOrEqual(60)
      // Another shopper is not held back by this one.
      expect((await postCheckout(browser(), { body: guestBody })).status).toBe(422)
    })

    it('answers the 31st checkout from one address within a minute with 429', async () => {
      const ip = '203.0.113.77'
      const sameAddress = () =>
        createTestBrowser((path, init) => {
          const headers = new Headers(init.headers)
          headers.set('x-forwarded-for', ip)
          return Promise.resolve(app().request(path, { ...init, headers }))
        })
      for (let i = 0; i < 30; i++) expect((await postCheckout(sameAddress(), { body: guestBody })).status).toBe(422)
      expect((await postCheckout(sameAddress(), { body: guestBody })).status).toBe(429)
    })
  })
})
