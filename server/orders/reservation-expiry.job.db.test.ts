import { asc, eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { orderHistory, orders, testPaymentIntents } from '../db/schema.ts'
import { createTestPaymentProvider, testCards } from '../payments/test-payment-provider.ts'
import { createInProcessBus } from '../platform/bus.ts'
import { createLogger } from '../platform/logger.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout, postPay, stockOf } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { releaseExpiredReservations } from './reservation-expiry.job.ts'

describe.each(await databaseTargets())('reservation expiry on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, testConfig({ TRUST_PROXY: 'true', RESERVATION_MINUTES: '10' }))
    return testApp
  }
  const db = () => database().db
  const jobDeps = (db = database().db, minutesAhead = 11) => ({
    db,
    bus: createInProcessBus(),
    logger: createLogger('silent'),
    clock: () => new Date(Date.now() + minutesAhead * 60_000),
    paymentProvider: createTestPaymentProvider(db),
  })

  const placeOrders = async (count: number, productStock: number) => {
    const productId = await createTestProduct(db(), { stock: productStock })
    const placed = []
    for (let i = 0; i < count; i++) {
      const shopper = createTestBrowser(app())
      await fillCart(shopper, [[productId, 2]])
      placed.push({ shopper, order: await orderOf(await postCheckout(shopper)) })
    }
    return { productId, placed }
  }

  it('keeps reservations that have not run out', async () => {
    const { productId, placed } = await placeOrders(1, 4)
    expect(await releaseExpiredReservations(jobDeps(db(), 9))).not.toContain(placed[0]!.order.id)
    expect(await stockOf(db(), productId)).toBe(2)
  })

  it('cancels unpaid and failed orders whose reservation ran out and returns their stock once, with two workers', async () => {
    const { productId, placed } = await placeOrders(6, 20)
    const [first, second, third] = placed
    await postPay(first!.shopper, first!.order.id, testCards.insufficientFunds) // payment_failed: released too
    await postPay(second!.shopper, second!.order.id, testCards.succeeds) // paid: kept
    await postPay(third!.shopper, third!.order.id, testCards.requiresAuthentication) // pending 3-D Secure: released
    expect(await stockOf(db(), productId)).toBe(8)

    const other = await database().openAnother()
    try {
      const [a, b] = await Promise.all([
        releaseExpiredReservations(jobDeps(db())),
        releaseExpiredReservations(jobDeps(other.db)),
      ])
      const released = [...a, ...b]
      const ours = placed.map((p) => p.order.id).filter((id) => id !== second!.order.id)
      expect(released.filter((id) => ours.includes(id)).sort()).toEqual([...ours].sort())
      expect(new Set(released).size).toBe(released.length) // no order twice
    } finally {
      await other.close()
    }
    expect(await stockOf(db(), productId)).toBe(18) // 20 minus the paid order's 2
    expect(await releaseExpiredReservations(jobDeps())).toEqual([])
    expect(await stockOf(db(), productId)).toBe(18)

    const statuses = await db()
      .select({ id: orders.id, status: orders.status, expires: orders.reservationExpiresAt })
      .from(orders)
      .where(
        inArray(
          orders.id,
          placed.map((p) => p.order.id),
        ),
      )
    expect(statuses.find((s) => s.id === second!.order.id)?.status).toBe('paid')
    expect(statuses.filter((s) => s.status === 'canceled')).toHaveLength(5)
    expect(statuses.every((s) => s.expires === null)).toBe(true)
    const history = await db()
      .select({ from: orderHistory.fromStatus, to: orderHistory.toStatus, reason: orderHistory.reason })
      .from(orderHistory)
      .where(eq(orderHistory.orderId, first!.order.id))
      .orderBy(asc(orderHistory.id))
    expect(history.at(-1)).toEqual({ from: 'payment_failed', to: 'canceled', reason: 'reservation expired' })
    const [intent] = await db()
      .select({ status: testPaymentIntents.status })
      .from(testPaymentIntents)
      .where(eq(testPaymentIntents.idempotencyKey, `order:${third!.order.id}`))
    expect(intent?.status).toBe('canceled')

    // A canceled order cannot be paid any more.
    const late = await postPay(first!.shopper, first!.order.id, testCards.succeeds)
    expect(late.status).toBe(409)
  })
})
