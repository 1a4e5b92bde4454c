/**
 * The done-when test: 300 shoppers check out the last 50 of a product at once, over real
 * HTTP against a real server. Exactly 50 orders get paid, the stock ends at 0 and never goes below.
 */
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { Order } from '../../shared/orders/order.ts'
import { orderLines, orders } from '../db/schema.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, postCheckout, postPay, stockOf } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'

const shoppers = 300
const stock = 50

describe.each(await databaseTargets())('concurrent checkouts on $name', (target) => {
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

  it('never sells more than the stock under 300 concurrent checkouts', { timeout: 120_000 }, async () => {
    const db = database().db
    const productId = await createTestProduct(db, { stock })
    const all: TestBrowser[] = Array.from({ length: shoppers }, browser)
    await Promise.all(all.map((b) => fillCart(b, [[productId, 1]])))

    // Sampled while the checkouts run: the stock is never seen below zero.
    const seen: number[] = []
    let sampling = true
    const sampler = (async () => {
      while (sampling) {
        seen.push(await stockOf(db, productId))
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    })()
    const answers = await Promise.all(
      all.map(async (b) => {
        const response = await postCheckout(b)
        if (response.status !== 201)
          return { status: response.status, code: ((await response.json()) as ProblemDetails).code }
        const order = (await response.json()) as Order
        const paid = (await (await postPay(b, order.id, testCards.succeeds)).json()) as Order
        return { status: 201, code: paid.status }
      }),
    )
    sampling = false
    await sampler

    const tally = (status: number, code: string) => answers.filter((a) => a.status === status && a.code === code).length
    expect(tally(201, 'paid')).toBe(stock)
    expect(tally(409, 'OUT_OF_STOCK')).toBe(shoppers - stock)
    expect(await stockOf(db, productId)).toBe(0)
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(0)
    const [placed] = await db
      .select({ count: sql<number>`count(*)::int`, quantity: sql<number>`sum(${orderLines.quantity})::int` })
      .from(orderLines)
      .where(eq(orderLines.productId, productId))
    expect(placed).toEqual({ count: stock, quantity: stock })
    const paid = await db
      .select({ id: orders.id })
      .from(orders)
      .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
      .where(sql`${orderLines.productId} = ${productId} and ${orders.status} = 'paid'`)
    expect(paid).toHaveLength(stock)
  })
})
