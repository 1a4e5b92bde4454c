/**
 * The checkout as a guest on the built-in test provider, card by card: Stripe's test numbers decide
 * the outcome (pays, declines with a reason, asks for 3-D Secure), and a paid order shows in the
 * order history.
 */
import type { Page } from '@playwright/test'
import { markets } from '../shared/markets/market.ts'
import { marketPrice } from '../shared/markets/market-price.ts'
import { type CurrencyCode, toDecimalString } from '../shared/money.ts'
import { addToCart, checkOutAsGuest, orderIdOnPaymentPage, payWithCard, testCards } from './checkout-flow.ts'
import { expect, productsInStock, type SeededProduct, test } from './fixtures.ts'

function uniqueGuestEmail(): string {
  return `guest-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`
}

/** From the home page to the payment page of a new guest order for one `product`; its id. */
async function placeGuestOrder(page: Page, product: SeededProduct): Promise<string> {
  await page.goto('/')
  await addToCart(page, product)
  await checkOutAsGuest(page, uniqueGuestEmail())
  await page.getByRole('button', { name: 'Place order' }).click()
  return orderIdOnPaymentPage(page)
}

/** The order page after payment (B2's), then the history lists it as paid. */
async function expectPaidInHistory(page: Page, orderId: string): Promise<void> {
  await expect(page).toHaveURL(new RegExp(`/orders/${orderId}\\?placed=1$`))
  const answer = await page.request.get(`/api/orders/${orderId}`)
  const order = (await answer.json()) as { status: string; number: number }
  expect(order.status).toBe('paid')
  await page.goto('/orders')
  const listed = page.getByRole('main').locator(`a[href="/en/orders/${orderId}"]`)
  await expect(listed).toBeVisible()
  await expect(listed).toContainText(`Order SF-${order.number}`)
  await expect(listed).toContainText('Paid')
}

test('a guest pays with the success card and finds the paid order in the history', async ({ page, sql }) => {
  const [product] = await productsInStock(sql, 1, 40)
  if (!product) throw new Error('no product')
  await page.goto('/')
  await addToCart(page, product)
  await checkOutAsGuest(page, uniqueGuestEmail())

  await test.step('the review shows the server totals in euros, German VAT included: items and standard shipping', async () => {
    // Germany is in the euro market (decision 0026): the dollar price converted at the stored rate
    // and rounded to .99, or the merchant's euro price; the VAT is contained, not added.
    const [row] = await sql<{ price: number; currency: CurrencyCode; eu: number | null }[]>`
      select p.price, p.currency, (select min((v.market_prices->>'eu')::int) from product_variants v
        where v.product_id = p.id and v.deleted_at is null) as eu
      from products p where p.id = ${product.id}`
    const rates = await sql<{ currency: CurrencyCode; rate: number }[]>`
      select currency, rate_micros::float8 as rate from exchange_rates`
    const items = marketPrice({
      base: { amount: row?.price ?? 0, currency: row?.currency ?? 'USD' },
      explicit: row?.eu == null ? null : { amount: row.eu, currency: 'EUR' },
      market: markets.eu,
      rates: Object.fromEntries(rates.map((r) => [r.currency, r.rate])),
    }).amount
    const shipping = items >= 10_000 ? 0 : 495
    const euros = toDecimalString(items + shipping, 'EUR')
    await expect(page.getByTestId('checkout-total')).toContainText(euros)
  })

  await page.getByRole('button', { name: 'Place order' }).click()
  const orderId = await orderIdOnPaymentPage(page)
  await expect(page.getByText(/We hold your items until/)).toBeVisible()
  await payWithCard(page, testCards.succeeds)
  await expectPaidInHistory(page, orderId)
})

test('a declined card shows the reason, and another card then pays the same order', async ({ page, sql }) => {
  const [product] = await productsInStock(sql, 1, 41)
  if (!product) throw new Error('no product')
  const orderId = await placeGuestOrder(page, product)

  await payWithCard(page, testCards.insufficientFunds)
  await expect(page.getByRole('alert').filter({ hasText: 'insufficient funds' })).toBeVisible()
  const [failed] = await sql<{ status: string; reason: string }[]>`
    select status, payment_failure_reason as reason from orders where id = ${orderId}`
  expect(failed).toEqual({ status: 'payment_failed', reason: 'insufficient_funds' })

  await payWithCard(page, testCards.succeeds)
  await expectPaidInHistory(page, orderId)

  await test.step('the order’s history keeps the decline, and the payment is the current state', async () => {
    await page.goto(`/orders/${orderId}`)
    const history = page.getByRole('region', { name: 'Status history' }).getByRole('listitem')
    await expect(history.locator('.order-history__status')).toHaveText(['Awaiting payment', 'Payment failed', 'Paid'])
    await expect(page.locator('.order-history [aria-current="step"] .order-history__status')).toHaveText('Paid')
    await expect(history.filter({ hasText: 'Payment failed' })).not.toContainText('Current')
  })
})

test('a 3-D Secure card asks the bank step, and approving it pays the order', async ({ page, sql }) => {
  const [product] = await productsInStock(sql, 1, 42)
  if (!product) throw new Error('no product')
  const orderId = await placeGuestOrder(page, product)

  await payWithCard(page, testCards.requiresAuthentication)
  const bank = page.getByRole('dialog', { name: 'Confirm your payment' })
  await expect(bank).toBeVisible()
  await expect(bank.getByRole('button', { name: 'Approve payment' })).toBeFocused()
  await bank.getByRole('button', { name: 'Approve payment' }).click()
  await expectPaidInHistory(page, orderId)
})
