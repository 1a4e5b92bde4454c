import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { CheckoutQuote } from '../../shared/checkout/checkout-options.ts'
import type { ProductId } from '../../shared/ids.ts'
import type { Order } from '../../shared/orders/order.ts'
import { orders, products, testPaymentIntents } from '../db/schema.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { setMarketPrices, storeTestExchangeRates } from '../test-support/test-markets.ts'

const addresses = {
  DE: { name: 'Ada Lovelace', line1: '12 Analytical Street', postalCode: '10115', city: 'Berlin', country: 'DE' },
  JP: { name: 'Yamada Hanako', line1: '1-1 Chiyoda', postalCode: '100-0001', city: 'Tokyo', country: 'JP' },
  US: {
    name: 'Grace Hopper',
    line1: '1 Market Street',
    postalCode: '94105',
    city: 'San Francisco',
    region: 'CA',
    country: 'US',
  },
} as const

describe.each(await databaseTargets())('checkout in the shipping country’s market on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, testConfig())
    return testApp
  }
  const db = () => database().db

  /** Two products in the base currency: $19.99 with explicit €18.50 and ¥2,980, and $29.99 with none. */
  const usdProducts = async (): Promise<{ explicit: ProductId; converted: ProductId }> => {
    await storeTestExchangeRates(db())
    const explicit = await createTestProduct(db(), { stock: 10, price: 1999 })
    const converted = await createTestProduct(db(), { stock: 10, price: 2999 })
    for (const id of [explicit, converted])
      await db().update(products).set({ currency: 'USD' }).where(eq(products.id, id))
    await setMarketPrices(db(), explicit, { eu: 1850, jp: 2980 })
    return { explicit, converted }
  }

  /** Quote, then order, to `country`: both priced alike; answers the order and its payment intent. */
  const checkoutTo = async (country: keyof typeof addresses) => {
    const { explicit, converted } = await usdProducts()
    const shopper = createTestBrowser(app())
    await fillCart(shopper, [
      [explicit, 1],
      [converted, 2],
    ])
    const shippingAddress = addresses[country]
    const quoted = await shopper.request('/api/checkout/quote', {
      method: 'POST',
      json: { shippingAddress, shippingMethod: 'standard' },
    })
    expect(quoted.status).toBe(200)
    const quote = (await quoted.json()) as CheckoutQuote
    const order: Order = await orderOf(
      await postCheckout(shopper, { body: { email: 'm@example.com', shippingAddress, shippingMethod: 'standard' } }),
    )
    expect(order.totals).toEqual(quote.totals)
    expect([quote.currency, quote.taxMode]).toEqual([order.currency, order.taxMode])
    const [row] = await db().select({ intent: orders.paymentIntentId }).from(orders).where(eq(orders.id, order.id))
    const [intent] = await db()
      .select()
      .from(testPaymentIntents)
      .where(eq(testPaymentIntents.id, row?.intent ?? ''))
    const unitPrices = new Map(order.lines.map((line) => [line.productId, line.unitPrice]))
    return { order, intent, unit: (id: ProductId) => unitPrices.get(id), explicit, converted }
  }

  it('orders to Germany in euros, VAT included: the total is the shelf prices plus shipping', async () => {
    const { order, intent, unit, explicit, converted } = await checkoutTo('DE')
    expect([order.currency, order.taxMode]).toEqual(['EUR', 'inclusive'])
    // Explicit €18.50 wins; $29.99 × 0.92 = €27.59 → €27.99.
    expect([unit(explicit), unit(converted)]).toEqual([1850, 2799])
    const items = 1850 + 2 * 2799
    expect(order.totals.items).toBe(items)
    expect(order.totals.total).toBe(items + order.totals.shipping)
    // 19 % German VAT contained in the total, rounded half up once.
    expect(order.totals.tax).toBe(Math.round((order.totals.total * 1900) / 11_900))
    expect(intent).toMatchObject({ currency: 'EUR', amount: order.totals.total })
  })

  it('orders to Japan in whole yen, consumption tax included', async () => {
    const { order, intent, unit, explicit, converted } = await checkoutTo('JP')
    expect([order.currency, order.taxMode]).toEqual(['JPY', 'inclusive'])
    // Explicit ¥2,980 wins; $29.99 × 151.37 = ¥4,539.59 → ¥4,540 (whole tens).
    expect([unit(explicit), unit(converted)]).toEqual([2980, 4540])
    const items = 2980 + 2 * 4540
    expect(order.totals).toMatchObject({ items, discount: 0 })
    expect(order.totals.total).toBe(items + order.totals.shipping)
    // 10 % contained: ¥12,060 (+ shipping) × 10 / 110, in whole yen.
    expect(order.totals.tax).toBe(Math.round((order.totals.total * 1000) / 11_000))
    for (const amount of Object.values(order.totals)) expect(Number.isInteger(amount)).toBe(true)
    expect(intent).toMatchObject({ currency: 'JPY', amount: order.totals.total })
  })

  it('orders to the US in dollars at the base prices, tax added (none for the US)', async () => {
    const { order, intent, unit, explicit, converted } = await checkoutTo('US')
    expect([order.currency, order.taxMode]).toEqual(['USD', 'exclusive'])
    expect([unit(explicit), unit(converted)]).toEqual([1999, 2999])
    expect(order.totals).toEqual({ items: 7997, discount: 0, shipping: 495, tax: 0, total: 8492 })
    expect(intent).toMatchObject({ currency: 'USD', amount: 8492 })
  })

  it('quotes a cart again in another market when the country changes', async () => {
    const { explicit } = await usdProducts()
    const shopper = createTestBrowser(app())
    await fillCart(shopper, [[explicit, 1]])
    await shopper.session()
    const quoteTo = async (country: string) =>
      (await (
        await shopper.request('/api/checkout/quote', {
          method: 'POST',
          json: { shippingAddress: { country }, shippingMethod: 'express' },
        })
      ).json()) as CheckoutQuote
    const [fr, gb, ch] = [await quoteTo('FR'), await quoteTo('GB'), await quoteTo('CH')]
    expect([fr.market, fr.currency, fr.taxMode, fr.lines[0]?.unitPrice]).toEqual(['eu', 'EUR', 'inclusive', 1850])
    // $19.99 × 0.79 = £15.79 → £15.99.
    expect([gb.market, gb.currency, gb.taxMode, gb.lines[0]?.unitPrice]).toEqual(['uk', 'GBP', 'inclusive', 1599])
    expect([ch.market, ch.currency, ch.taxMode, ch.lines[0]?.unitPrice]).toEqual(['us', 'USD', 'exclusive', 1999])
    // French VAT 20 % contained.
    expect(fr.totals.tax).toBe(Math.round((fr.totals.total * 2000) / 12_000))
  })
})
