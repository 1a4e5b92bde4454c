/**
 * The done-when test: 50 shoppers check out at once with a code that has 10 uses left, over
 * real HTTP against a real server. Exactly 10 orders carry the code, the other 40 are refused with
 * DISCOUNT_USAGE_LIMIT_REACHED (their stock given back), and once paid the code shows 10 uses.
 */
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { Order } from '../../shared/orders/order.ts'
import { discountRedemptions, discounts, orders } from '../db/schema.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser } from '../test-support/test-browser.ts'
import {
  createTestProduct,
  fillCart,
  postCheckout,
  postPay,
  stockOf,
  testAddress,
} from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { createTestDiscount } from '../test-support/test-discounts.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'

const shoppers = 50
const usesLeft = 10

describe.each(await databaseTargets())('concurrent checkouts with a discount code on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  let server: TestServer | undefined
  beforeAll(async () => {
    server = await startTestServer(createTestApp(database().db, testConfig({ TRUST_PROXY: 'true' })))
  })
  afterAll(async () => {
    await server?.close()
  })
  const browser = () => createTestBrowser((path, init) => fetch(`${server?.url}${path}`, init))

  it('gives the code to exactly as many orders as it has uses left under 50 concurrent checkouts', {
    timeout: 120_000,
  }, async () => {
    const db = database().db
    const productId = await createTestProduct(db, { stock: 1000, price: 2000 })
    // 15 uses, 5 of them already redeemed: 10 left.
    const { id, code } = await createTestDiscount(db, { usageLimit: usesLeft + 5 })
    await db.update(discounts).set({ usesHeld: 5 }).where(eq(discounts.id, id))
    const all: TestBrowser[] = Array.from({ length: shoppers }, browser)
    await Promise.all(all.map((b) => fillCart(b, [[productId, 1]])))

    const answers = await Promise.all(
      all.map(async (b, i) => {
        const response = await postCheckout(b, {
          body: {
            email: `buyer${i}@example.com`,
            shippingAddress: testAddress,
            shippingMethod: 'standard',
            discountCode: code,
          },
        })
        if (response.status !== 201)
          return { status: response.status, code: ((await response.json()) as ProblemDetails).code }
        const order = (await response.json()) as Order
        const paid = (await (await postPay(b, order.id, testCards.succeeds)).json()) as Order
        return { status: 201, code: paid.status, order: paid }
      }),
    )

    const placed = answers.filter((a) => a.status === 201)
    expect(placed).toHaveLength(usesLeft)
    expect(placed.every((a) => a.code === 'paid' && a.order?.discount?.code === code)).toBe(true)
    expect(placed.every((a) => a.order?.totals.discount === 200)).toBe(true)
    expect(answers.filter((a) => a.status === 409 && a.code === 'DISCOUNT_USAGE_LIMIT_REACHED')).toHaveLength(
      shoppers - usesLeft,
    )
    // The refused checkouts rolled back their stock.
    expect(await stockOf(db, productId)).toBe(1000 - usesLeft)
    const [row] = await db.select({ usesHeld: discounts.usesHeld }).from(discounts).where(eq(discounts.id, id))
    expect(row?.usesHeld).toBe(usesLeft + 5)
    const redemptions = await db
      .select({ status: discountRedemptions.status, n: sql<number>`count(*)::int` })
      .from(discountRedemptions)
      .where(eq(discountRedemptions.discountId, id))
      .groupBy(discountRedemptions.status)
    expect(redemptions).toEqual([{ status: 'redeemed', n: usesLeft }])
    const withCode = await db.select({ id: orders.id }).from(orders).where(eq(orders.discountId, id))
    expect(withCode).toHaveLength(usesLeft)
  })
})
