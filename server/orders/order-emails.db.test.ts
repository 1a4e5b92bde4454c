import { randomUUID } from 'node:crypto'
import { asc, like } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { emailOutbox } from '../db/schema.ts'
import { renderEmail } from '../email/templates/render-email.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createLogger } from '../platform/logger.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, uniqueEmail } from '../test-support/test-browser.ts'
import {
  createTestProduct,
  fillCart,
  orderOf,
  postCheckout,
  postPay,
  testAddress,
} from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { createTestDiscount } from '../test-support/test-discounts.ts'
import { changeOrderStatus } from './order-status-change.ts'
import { lockOrder } from './orders.repository.ts'

describe.each(await databaseTargets())('order emails on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const db = () => database().db
  const admin = { email: uniqueEmail(), password: 'the admin password' }
  let built: { app: ReturnType<typeof createApp>; admin: TestBrowser } | undefined
  const shop = async () => {
    if (built) return built
    const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
    const app = createApp({ config, db: db(), logger: createLogger('silent') })
    await ensureAdmin({ db: db(), config, logger: createLogger('silent') })
    const browser = createTestBrowser(app)
    expect((await browser.signIn(admin)).status).toBe(200)
    built = { app, admin: browser }
    return built
  }
  const placeOrder = async (locale?: 'en' | 'de') => {
    const shopper = createTestBrowser((await shop()).app)
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 5, price: 1000 }), 2]])
    const body = { email: 'shopper@example.com', shippingAddress: testAddress, shippingMethod: 'standard', locale }
    return { shopper, order: await orderOf(await postCheckout(shopper, { body })) }
  }
  const emailsOf = (orderId: string) =>
    db()
      .select({
        key: emailOutbox.dedupeKey,
        template: emailOutbox.template,
        locale: emailOutbox.locale,
        data: emailOutbox.data,
        to: emailOutbox.toAddress,
      })
      .from(emailOutbox)
      .where(like(emailOutbox.dedupeKey, `order:${orderId}:%`))
      .orderBy(asc(emailOutbox.id))
  const change = (orderId: string, to: 'fulfilling' | 'shipped' | 'delivered', patch = {}) =>
    db().transaction(async (tx) => {
      const order = await lockOrder(tx, orderId)
      if (!order) throw new Error('no order')
      await changeOrderStatus(tx, order, to, 'test', patch)
    })

  it('enqueues one confirmation in the checkout language when the order is paid, however often payment is reported', async () => {
    const { shopper, order } = await placeOrder('de')
    expect(await emailsOf(order.id)).toEqual([])
    await postPay(shopper, order.id, testCards.succeeds)
    await shopper.request(`/api/orders/${order.id}/payment/sync`, { method: 'POST', json: {} })
    const emails = await emailsOf(order.id)
    expect(emails).toEqual([
      {
        key: `order:${order.id}:order_confirmation`,
        template: 'order_confirmation',
        locale: 'de',
        to: 'shopper@example.com',
        data: {
          orderId: order.id,
          orderNumber: order.number,
          currency: order.currency,
          total: order.totals.total,
          lines: [{ name: order.lines[0]!.name, options: '', quantity: 2, lineTotal: 2000 }],
          // A German order's prices contained the VAT (the euro market): the email shows it after the total.
          breakdown: {
            items: order.totals.items,
            shipping: order.totals.shipping,
            tax: order.totals.tax,
            taxIncluded: true,
          },
          shippingAddress: order.shippingAddress,
        },
      },
    ])
  })

  it('stores the discount the order got with the confirmation, and the email shows it so the rows add up', async () => {
    const { code } = await createTestDiscount(db(), {
      title: 'Ten off',
      benefit: { kind: 'percentage', basisPoints: 1000 },
    })
    const shopper = createTestBrowser((await shop()).app)
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 5, price: 1000 }), 2]])
    const body = {
      email: 'shopper@example.com',
      shippingAddress: testAddress,
      shippingMethod: 'standard',
      discountCode: code,
    }
    const order = await orderOf(await postCheckout(shopper, { body }))
    await postPay(shopper, order.id, testCards.succeeds)
    const [email] = await emailsOf(order.id)
    expect(order.totals.discount).toBe(200)
    expect(email?.data).toMatchObject({
      total: order.totals.total,
      breakdown: { items: 2000, shipping: order.totals.shipping, tax: order.totals.tax },
      discount: { code, title: 'Ten off', amount: 200 },
    })
    // A German order contains its VAT (the euro market): the rows add up without it.
    expect(order.taxMode).toBe('inclusive')
    expect(order.totals.total).toBe(2000 - 200 + order.totals.shipping)
    const { text } = renderEmail('order_confirmation', 'en', email?.data, { url: 'https://shop.example.com' })
    expect(text).toContain(`Subtotal: €20.00\nDiscount (${code}): -€2.00\nShipping: €4.95\n`)
  })

  it('stores no discount for an order without one', async () => {
    const { shopper, order } = await placeOrder('en')
    await postPay(shopper, order.id, testCards.succeeds)
    const [email] = await emailsOf(order.id)
    expect(email?.data).not.toHaveProperty('discount')
  })

  it('writes in English when the checkout named no language', async () => {
    const { shopper, order } = await placeOrder()
    await postPay(shopper, order.id, testCards.succeeds)
    expect((await emailsOf(order.id)).map((e) => e.locale)).toEqual(['en'])
  })

  it('tells a failed payment once, with the reason, and confirms the later successful one', async () => {
    const { shopper, order } = await placeOrder('en')
    await postPay(shopper, order.id, testCards.insufficientFunds)
    await postPay(shopper, order.id, testCards.declined) // still payment_failed: no second email
    await postPay(shopper, order.id, testCards.succeeds)
    const emails = await emailsOf(order.id)
    expect(emails.map((e) => e.template)).toEqual(['payment_failed', 'order_confirmation'])
    expect(emails[0]!.data).toEqual({ orderId: order.id, orderNumber: order.number, reason: 'insufficient_funds' })
  })

  it('announces shipping with carrier and tracking number, and delivery', async () => {
    const { shopper, order } = await placeOrder('en')
    await postPay(shopper, order.id, testCards.succeeds)
    await change(order.id, 'fulfilling')
    await change(order.id, 'shipped', { carrier: 'DHL', trackingNumber: 'JJD000390007', shippedAt: new Date() })
    await change(order.id, 'delivered', { deliveredAt: new Date() })
    const emails = await emailsOf(order.id)
    expect(emails.map((e) => e.template)).toEqual(['order_confirmation', 'order_shipped', 'order_delivered'])
    expect(emails[1]!.data).toEqual({
      orderId: order.id,
      orderNumber: order.number,
      carrier: 'DHL',
      trackingNumber: 'JJD000390007',
    })
  })

  it('enqueues nothing when the status change rolls back', async () => {
    const { shopper, order } = await placeOrder('en')
    await postPay(shopper, order.id, testCards.succeeds)
    await change(order.id, 'fulfilling')
    const failed = db().transaction(async (tx) => {
      const locked = await lockOrder(tx, order.id)
      if (!locked) throw new Error('no order')
      await changeOrderStatus(tx, locked, 'shipped', 'test', { carrier: 'UPS', trackingNumber: '1Z' })
      throw new Error('label printer on fire')
    })
    await expect(failed).rejects.toThrow('label printer on fire')
    expect((await emailsOf(order.id)).map((e) => e.template)).toEqual(['order_confirmation'])
  })

  it('sends one refund email per refund, with the amount and what was refunded in all', async () => {
    const { shopper, order } = await placeOrder('de')
    await postPay(shopper, order.id, testCards.succeeds)
    const refund = (amount: number, key = randomUUID()) =>
      built!.admin.request(`/api/admin/orders/${order.id}/refunds`, {
        method: 'POST',
        headers: { 'idempotency-key': key },
        json: { amount },
      })
    const key = randomUUID()
    expect((await refund(500, key)).status).toBe(201)
    expect((await refund(500, key)).status).toBe(200) // a repeat: same refund, no new email
    expect((await refund(300)).status).toBe(201)
    const refunds = (await emailsOf(order.id)).filter((e) => e.template === 'order_refunded')
    expect(refunds.map((e) => e.data)).toEqual([
      {
        orderId: order.id,
        orderNumber: order.number,
        currency: order.currency,
        amount: 500,
        refundedTotal: 500,
        total: order.totals.total,
      },
      {
        orderId: order.id,
        orderNumber: order.number,
        currency: order.currency,
        amount: 300,
        refundedTotal: 800,
        total: order.totals.total,
      },
    ])
    expect(refunds.every((e) => e.locale === 'de' && /^order:[^:]+:order_refunded:[0-9a-f-]{36}$/.test(e.key))).toBe(
      true,
    )
  })

  it('keeps the language out of the checkout fingerprint: a retry in another language is the same order', async () => {
    const shopper = createTestBrowser((await shop()).app)
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 5 }), 1]])
    const key = randomUUID()
    const body = (locale: string) => ({
      email: 'a@example.com',
      shippingAddress: testAddress,
      shippingMethod: 'standard',
      locale,
    })
    const first = await postCheckout(shopper, { key, body: body('de') })
    const again = await postCheckout(shopper, { key, body: body('en') })
    expect([first.status, again.status]).toEqual([201, 200])
    expect((await orderOf(again)).id).toBe((await orderOf(first)).id)
    const refused = await postCheckout(shopper, { body: body('it') })
    expect(refused.status).toBe(400)
  })
})
