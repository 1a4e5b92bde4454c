/**
 * Discounts end to end on the server: the admin API (create, list with uses and revenue,
 * deactivate), codes in the quote (applied, or refused with their reason) and at checkout (the
 * order keeps code, amount and per-line split; refusals fail the checkout), automatic promotions,
 * per-customer limits, the use given back when an unpaid order expires, and refunds capped at what
 * was paid after the discount.
 */
import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { CheckoutQuote, PromotionsAnswer } from '../../shared/checkout/checkout-options.ts'
import type { AdminDiscount, AdminDiscountList } from '../../shared/discounts/discount-schema.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { Order } from '../../shared/orders/order.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { discounts } from '../db/schema.ts'
import { releaseExpiredReservations } from '../orders/reservation-expiry.job.ts'
import { createTestPaymentProvider, testCards } from '../payments/test-payment-provider.ts'
import { createInProcessBus } from '../platform/bus.ts'
import { createLogger } from '../platform/logger.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
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
import { categoryOf, createTestDiscount, uniqueCode } from '../test-support/test-discounts.ts'

describe.each(await databaseTargets())('discounts on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const admin = { email: uniqueEmail(), password: 'the admin password' }
  const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  const db = () => database().db
  const browser = () => createTestBrowser(app())
  const signedInAdmin = async () => {
    await ensureAdmin({ db: db(), config, logger: createLogger('silent') })
    const b = browser()
    expect((await b.signIn(admin)).status).toBe(200)
    return b
  }
  const quote = async (shopper: TestBrowser, discountCode?: string) => {
    if (!shopper.csrfToken) await shopper.session()
    const response = await shopper.request('/api/checkout/quote', {
      method: 'POST',
      json: {
        shippingAddress: { country: 'DE' },
        shippingMethod: 'standard',
        ...(discountCode ? { discountCode } : {}),
      },
    })
    expect(response.status).toBe(200)
    return (await response.json()) as CheckoutQuote
  }
  const checkoutWith = (shopper: TestBrowser, discountCode: string, email = 'guest@example.com') =>
    postCheckout(shopper, { body: { email, shippingAddress: testAddress, shippingMethod: 'standard', discountCode } })
  const shopperWith = async (lines: [number, number][]) => {
    const shopper = browser()
    const ids = []
    for (const [price, quantity] of lines) {
      const productId = await createTestProduct(db(), { stock: 50, price })
      ids.push(productId)
      await fillCart(shopper, [[productId, quantity]])
    }
    return { shopper, productIds: ids }
  }

  it('lets the admin create codes, refuses a taken one, and keeps customers out', async () => {
    const adminBrowser = await signedInAdmin()
    const code = uniqueCode('NEW')
    const body = {
      code: code.toLowerCase(),
      title: '5 € off',
      benefit: { kind: 'fixed', amounts: { EUR: 500 } },
      usageLimit: 3,
    }
    const created = await adminBrowser.request('/api/admin/discounts', { method: 'POST', json: body })
    expect(created.status).toBe(201)
    expect(await created.json()).toMatchObject({ code, active: true, uses: 0, remaining: 3, scope: { kind: 'all' } })
    const again = await adminBrowser.request('/api/admin/discounts', { method: 'POST', json: body })
    expect(again.status).toBe(409)
    expect(((await again.json()) as ProblemDetails).code).toBe('DISCOUNT_CODE_TAKEN')
    const bad = await adminBrowser.request('/api/admin/discounts', {
      method: 'POST',
      json: { ...body, code: 'x', benefit: { kind: 'percentage', basisPoints: 20_000 } },
    })
    expect(bad.status).toBe(400)
    const paths = ((await bad.json()) as ProblemDetails).errors?.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['json.code', 'json.benefit.basisPoints']))
    const customer = browser()
    await customer.session()
    expect((await customer.request('/api/admin/discounts')).status).toBe(401)
  })

  it('quotes a code with its amount split over the lines, and says why a code is refused', async () => {
    const { shopper } = await shopperWith([
      [1000, 1],
      [3000, 1],
    ])
    const { code } = await createTestDiscount(db(), { benefit: { kind: 'percentage', basisPoints: 1000 } })
    const applied = await quote(shopper, code?.toLowerCase())
    // 10 % of 4000 = 400; to Germany VAT is contained: 4000 − 400 + 495 = 4095, of which 19/119 is 653.82 → 654
    expect(applied.totals).toEqual({ items: 4000, discount: 400, shipping: 495, tax: 654, total: 4095 })
    expect(applied.discount?.rule.code).toBe(code)
    expect(applied.discount?.allocation.map((a) => a.amount)).toEqual([100, 300])
    expect(applied.discountRefusal).toBeNull()

    const unknown = await quote(shopper, 'NO-SUCH-CODE')
    expect(unknown).toMatchObject({ discount: null, discountRefusal: 'DISCOUNT_UNKNOWN', totals: { discount: 0 } })
    const minimum = await createTestDiscount(db(), { minimumSubtotal: { EUR: 5000 } })
    expect((await quote(shopper, minimum.code ?? '')).discountRefusal).toBe('DISCOUNT_MINIMUM_NOT_MET')
    const later = await createTestDiscount(db(), { startsAt: '2099-01-01T00:00:00Z' })
    expect((await quote(shopper, later.code ?? '')).discountRefusal).toBe('DISCOUNT_NOT_STARTED')
    const over = await createTestDiscount(db(), { endsAt: '2020-01-01T00:00:00Z' })
    expect((await quote(shopper, over.code ?? '')).discountRefusal).toBe('DISCOUNT_EXPIRED')
    const elsewhere = await createTestDiscount(db(), { scope: { kind: 'brands', brands: ['No such brand'] } })
    expect((await quote(shopper, elsewhere.code ?? '')).discountRefusal).toBe('DISCOUNT_NOT_APPLICABLE')
  })

  it('places the order with the code, its amount and each line’s share, and refunds at most what was paid', async () => {
    const { shopper } = await shopperWith([
      [1000, 2],
      [500, 1],
    ])
    const { code } = await createTestDiscount(db(), { benefit: { kind: 'fixed', amounts: { EUR: 1000 } } })
    const order = await orderOf(await checkoutWith(shopper, code ?? ''))
    expect(order.discount).toEqual({ code, title: 'Test discount', amount: 1000 })
    expect(order.totals).toMatchObject({ items: 2500, discount: 1000, shipping: 495 })
    // VAT contained (the euro market): the total is what the shelf and the code said.
    expect(order.totals.total).toBe(2500 - 1000 + 495)
    expect(order.lines.map((l) => l.discount)).toEqual(expect.arrayContaining([800, 200]))
    const paid = await orderOf(await postPay(shopper, order.id, testCards.succeeds))
    const adminBrowser = await signedInAdmin()
    const refund = (amount: number) =>
      adminBrowser.request(`/api/admin/orders/${order.id}/refunds`, {
        method: 'POST',
        headers: { 'idempotency-key': randomUUID() },
        json: { amount },
      })
    expect((await refund(paid.totals.total + 1)).status).toBe(422)
    expect((await refund(paid.totals.total)).status).toBe(201)
    const list = (await (await adminBrowser.request('/api/admin/discounts')).json()) as AdminDiscountList
    const row = list.discounts.find((d) => d.code === code) as AdminDiscount
    expect(row).toMatchObject({ uses: 1, reserved: 0, remaining: null, revenue: { EUR: 0 }, discounted: { EUR: 1000 } })
  })

  it('refuses a checkout whose code no longer applies, and a second use by the same customer', async () => {
    const { code, id } = await createTestDiscount(db(), { perCustomerLimit: 1 })
    const email = uniqueEmail()
    const first = await shopperWith([[2000, 1]])
    const order = await orderOf(await checkoutWith(first.shopper, code ?? '', email))
    expect(order.discount?.code).toBe(code)
    const second = await shopperWith([[2000, 1]])
    const refused = await checkoutWith(second.shopper, code ?? '', email.toUpperCase())
    expect(refused.status).toBe(409)
    expect(((await refused.json()) as ProblemDetails).code).toBe('DISCOUNT_ALREADY_USED')
    await db().update(discounts).set({ active: false }).where(eq(discounts.id, id))
    const third = await shopperWith([[2000, 1]])
    const gone = await checkoutWith(third.shopper, code ?? '', uniqueEmail())
    expect(gone.status).toBe(422)
    expect(((await gone.json()) as ProblemDetails).code).toBe('DISCOUNT_UNKNOWN')
  })

  it('gives the use back when the unpaid order expires, once', async () => {
    const { code, id } = await createTestDiscount(db(), { usageLimit: 1 })
    const first = await shopperWith([[2000, 1]])
    await orderOf(await checkoutWith(first.shopper, code ?? ''))
    const second = await shopperWith([[2000, 1]])
    expect((await checkoutWith(second.shopper, code ?? '')).status).toBe(409)
    const jobDeps = {
      db: db(),
      bus: createInProcessBus(),
      logger: createLogger('silent'),
      clock: () => new Date(Date.now() + 31 * 60_000),
      paymentProvider: createTestPaymentProvider(db()),
    }
    await releaseExpiredReservations(jobDeps)
    await releaseExpiredReservations(jobDeps)
    const [row] = await db().select({ usesHeld: discounts.usesHeld }).from(discounts).where(eq(discounts.id, id))
    expect(row?.usesHeld).toBe(0)
    expect((await checkoutWith(second.shopper, code ?? '')).status).toBe(201)
  })

  it('applies the best automatic promotion without a code, and a code instead of it', async () => {
    const { shopper, productIds } = await shopperWith([[20_000, 1]])
    const categoryId = await categoryOf(db(), productIds[0] ?? '')
    const scope = { kind: 'categories', categoryIds: [categoryId] }
    await createTestDiscount(db(), {
      code: null,
      title: '5% off',
      scope,
      benefit: { kind: 'percentage', basisPoints: 500 },
    })
    const best = await createTestDiscount(db(), {
      code: null,
      title: '10% off over 150',
      scope,
      minimumSubtotal: { EUR: 15_000 },
    })
    const promotions = (await (await shopper.request('/api/checkout/promotions')).json()) as PromotionsAnswer
    expect(promotions.promotions.map((p) => p.id)).toContain(best.id)
    const automatic = await quote(shopper)
    expect(automatic.discount?.rule).toMatchObject({ id: best.id, code: null, title: '10% off over 150' })
    expect(automatic.totals.discount).toBe(2000)
    const { code } = await createTestDiscount(db(), { benefit: { kind: 'free_shipping' } })
    const withCode = await quote(shopper, code ?? '')
    expect(withCode.discount?.rule.code).toBe(code)
    // Standard shipping is free over 100 anyway: the code takes nothing off, and still replaces the promotion.
    expect(withCode.totals.discount).toBe(0)
    const order: Order = await orderOf(await postCheckout(shopper))
    expect(order.discount).toEqual({ code: null, title: '10% off over 150', amount: 2000 })
  })
})
