/**
 * The done-when test: 300 shoppers check out the last 50 of a product at once, over real
 * HTTP against a real server. Exactly 50 orders get paid, the stock ends at 0 and never goes below.
 * Then the same per variant (issue 13): the last 50 of one size while another size of the same
 * product sells at the same time.
 */
import { eq, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { VariantId } from '../../shared/ids.ts'
import type { Order } from '../../shared/orders/order.ts'
import { orderLines, orders } from '../db/schema.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser } from '../test-support/test-browser.ts'
import {
  createTestProduct,
  fillCart,
  fillCartWithVariants,
  postCheckout,
  postPay,
  stockOf,
  variantStockOf,
} from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'
import { createTestVariantProduct } from '../test-support/test-variants.ts'

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
    const answers = await Promise.all(all.map(checkOutAndPay))
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
      .select({ id: orders.id, number: orders.orderNumber })
      .from(orders)
      .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
      .where(sql`${orderLines.productId} = ${productId} and ${orders.status} = 'paid'`)
    expect(paid).toHaveLength(stock)
    // Every order took its own number, however many checkouts ran at once.
    expect(new Set(paid.map((o) => o.number)).size).toBe(stock)
    expect(paid.every((o) => Number.isSafeInteger(o.number) && o.number > 10_000)).toBe(true)
  })

  it('never sells more of one size than its stock while another size of the product sells too', {
    timeout: 120_000,
  }, async () => {
    const db = database().db
    const otherSizeStock = 150
    const otherSizeBuyers = 100
    const { productId, variantIds } = await createTestVariantProduct(db, {
      options: [
        {
          code: 'size',
          name: 'Size',
          values: [
            { code: '42', label: '42' },
            { code: '43', label: '43' },
          ],
        },
      ],
      variants: [
        { optionValues: { size: '42' }, stock },
        { optionValues: { size: '43' }, stock: otherSizeStock },
      ],
    })
    const [scarce, plenty] = variantIds as [VariantId, VariantId]
    const scarceBuyers = Array.from({ length: shoppers }, browser)
    const plentyBuyers = Array.from({ length: otherSizeBuyers }, browser)
    await Promise.all([
      ...scarceBuyers.map((b) => fillCartWithVariants(b, [[productId, scarce, 1]])),
      ...plentyBuyers.map((b) => fillCartWithVariants(b, [[productId, plenty, 1]])),
    ])

    const seen: number[] = []
    let sampling = true
    const sampler = (async () => {
      while (sampling) {
        seen.push(await variantStockOf(db, scarce))
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    })()
    const [scarceAnswers, plentyAnswers] = await Promise.all([
      Promise.all(scarceBuyers.map(checkOutAndPay)),
      Promise.all(plentyBuyers.map(checkOutAndPay)),
    ])
    sampling = false
    await sampler

    const count = (answers: Answer[], status: number, code: string) =>
      answers.filter((a) => a.status === status && a.code === code).length
    expect(count(scarceAnswers, 201, 'paid')).toBe(stock)
    expect(count(scarceAnswers, 409, 'OUT_OF_STOCK')).toBe(shoppers - stock)
    expect(count(plentyAnswers, 201, 'paid')).toBe(otherSizeBuyers)
    expect(await variantStockOf(db, scarce)).toBe(0)
    expect(await variantStockOf(db, plenty)).toBe(otherSizeStock - otherSizeBuyers)
    // The product's stock is its sizes' sum, kept by the roll-up trigger under the same load.
    expect(await stockOf(db, productId)).toBe(otherSizeStock - otherSizeBuyers)
    expect(Math.min(...seen)).toBeGreaterThanOrEqual(0)
    const placed = await db
      .select({ variantId: orderLines.variantId, quantity: sql<number>`sum(${orderLines.quantity})::int` })
      .from(orderLines)
      .where(eq(orderLines.productId, productId))
      .groupBy(orderLines.variantId)
    expect(Object.fromEntries(placed.map((row) => [row.variantId, row.quantity]))).toEqual({
      [scarce]: stock,
      [plenty]: otherSizeBuyers,
    })
  })

  type Answer = { readonly status: number; readonly code: string | undefined }

  async function checkOutAndPay(b: TestBrowser): Promise<Answer> {
    const response = await postCheckout(b)
    if (response.status !== 201)
      return { status: response.status, code: ((await response.json()) as ProblemDetails).code }
    const order = (await response.json()) as Order
    const paid = (await (await postPay(b, order.id, testCards.succeeds)).json()) as Order
    return { status: 201, code: paid.status }
  }
})
