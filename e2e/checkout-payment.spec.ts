/**
 * The checkout as a guest on the built-in test provider, card by card: Stripe's test numbers decide
 * the outcome (pays, declines with a reason, asks for 3-D Secure), and a paid order shows in the
 * order history.
 */
import type { Page } from '@playwright/test'
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

  await test.step('the review shows the server totals: items, standard shipping, German VAT', async () => {
    const [row] = await sql<{ price: number }[]>`select price from products where id = ${product.id}`
    const items = row?.price ?? 0
    const shipping = items >= 10_000 ? 0 : 495
    const total = items + shipping + Math.floor((2 * (items + shipping) * 1900 + 10_000) / 20_000)
    const euros = (total / 100).toFixed(2)
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
