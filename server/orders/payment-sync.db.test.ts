import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { paymentAttempts } from '../db/schema.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout, postPay } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

describe.each(await databaseTargets())('payment sync with the test provider on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, testConfig({ TRUST_PROXY: 'true' }))
    return testApp
  }
  const checkedOut = async () => {
    const shopper = createTestBrowser(app())
    await fillCart(shopper, [[await createTestProduct(database().db, { stock: 5 }), 1]])
    return { shopper, order: await orderOf(await postCheckout(shopper)) }
  }
  const attemptsOf = async (orderId: string) =>
    (await database().db.select().from(paymentAttempts).where(eq(paymentAttempts.orderId, orderId))).length
  const sync = (shopper: ReturnType<typeof createTestBrowser>, orderId: string) =>
    shopper.request(`/api/orders/${orderId}/payment/sync`, { method: 'POST' })

  it('reads the stored intent and changes nothing the payment already applied', async () => {
    const { shopper, order } = await checkedOut()
    expect((await orderOf(await sync(shopper, order.id))).status).toBe('pending_payment')
    const declined = await orderOf(await postPay(shopper, order.id, testCards.declined))
    const attempts = await attemptsOf(order.id)
    const synced = await orderOf(await sync(shopper, order.id))
    expect([synced.status, synced.payment.failureReason]).toEqual(['payment_failed', 'card_declined'])
    expect(synced.history).toEqual(declined.history)
    expect(await attemptsOf(order.id)).toBe(attempts)
    await postPay(shopper, order.id, testCards.succeeds)
    const paid = await orderOf(await sync(shopper, order.id))
    expect(paid.status).toBe('paid')
    expect(paid.history.map((h) => h.to)).toEqual(['pending_payment', 'payment_failed', 'paid'])
  })

  it("answers another shopper's order with 404", async () => {
    const { order } = await checkedOut()
    const stranger = createTestBrowser(app())
    await stranger.session()
    expect((await sync(stranger, order.id)).status).toBe(404)
  })
})
