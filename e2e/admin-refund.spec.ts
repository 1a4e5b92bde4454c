import { randomUUID } from 'node:crypto'
import type { APIRequestContext } from '@playwright/test'
import type { Order } from '../shared/orders/order.ts'
import { e2eAdmin } from './e2e-env.ts'
import { csrfTokenOf, expect, newTestUser, productsInStock, signInViaApi, signUpViaApi, test } from './fixtures.ts'
import { fillCart, formatMoney, pay, placeOrder, testAddress } from './order-fixtures.ts'

test('an admin finds a paid order, refunds part of it, is stopped above what is left, then refunds the rest', async ({
  browser,
  baseURL,
  context: shopper,
  sql,
}) => {
  const user = newTestUser('Refunded Shopper')
  const products = await productsInStock(sql, 2, 7)
  let order: Order | undefined
  const paidOrder = () => {
    if (!order) throw new Error('no order yet')
    return order
  }
  const number = () => `SF-${paidOrder().number}`
  const money = (minorUnits: number) => formatMoney(minorUnits, paidOrder().currency)

  await test.step('a shopper places and pays an order', async () => {
    await signUpViaApi(shopper.request, user)
    await fillCart(
      shopper.request,
      products.map((product) => [product.id, 1]),
    )
    order = await placeOrder(shopper.request)
    expect((await pay(shopper.request, paidOrder().id)).status).toBe('paid')
  })

  const admin = await browser.newContext({ baseURL })
  const page = await admin.newPage()
  const amountField = page.getByLabel(/^Amount to refund \([A-Z]{3}\)$/)
  const refundsList = page.getByRole('list', { name: 'Refunds' })
  const historyList = page.getByRole('list', { name: 'Status history' })

  await test.step('the admin searches the orders by the shopper’s email and opens the order', async () => {
    await signInViaApi(admin.request, e2eAdmin)
    await page.goto('/account')
    await page.getByRole('link', { name: 'Manage orders' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Orders' })).toBeVisible()
    await page.getByLabel('Email or order number').fill(user.email.toUpperCase())
    await page.getByRole('button', { name: 'Show orders' }).click()
    const rows = page.getByRole('table', { name: 'Orders' }).getByRole('row')
    await expect(rows).toHaveCount(2) // the header and the one order
    await expect(rows.nth(1)).toContainText('Paid')
    await expect(rows.nth(1)).toContainText(money(paidOrder().totals.total))
    await rows
      .nth(1)
      .getByRole('link', { name: `Order ${number()}` })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: `Order ${number()}` })).toBeVisible()
    await expect(amountField).toHaveValue(majorUnits(paidOrder().totals.total))
  })

  // The Idempotency-Key of every refund request the page sends.
  const keys: string[] = []
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/refunds'))
      keys.push(request.headers()['idempotency-key'] ?? '')
  })

  await test.step('a partial refund of 5.00 whose answer is lost is retried with the same key: refunded once', async () => {
    await amountField.fill('5')
    await page.getByLabel('Reason (optional)').fill('Scratched on arrival')
    await page.getByRole('button', { name: 'Review refund' }).click()
    await expect(page.getByRole('heading', { name: 'Confirm the refund' })).toBeFocused()
    // The server refunds, but the answer never reaches the page.
    await page.route(
      '**/api/admin/orders/*/refunds',
      async (route) => {
        await route.fetch()
        await route.abort('internetdisconnected')
      },
      { times: 1 },
    )
    await page.getByRole('button', { name: 'Confirm refund' }).click()
    await expect(page.getByRole('alert')).toContainText('The shop could not be reached.')
    await page.getByRole('button', { name: 'Confirm refund' }).click()
    await expect.poll(() => keys.length).toBe(2)
    expect(keys[1]).toBe(keys[0])
  })

  await test.step('the order is now partly refunded, with the refund in the list and the history', async () => {
    await expect(page.getByRole('status').filter({ hasText: 'Refunded:' })).toContainText(money(500))
    await expect(page.locator('.admin-order__summary')).toContainText('Partly refunded')
    await expect(refundsList.getByRole('listitem')).toHaveCount(1)
    await expect(refundsList).toContainText(money(500))
    await expect(refundsList).toContainText('Scratched on arrival')
    await expect(historyList.getByRole('listitem').last()).toContainText('Paid → Partly refunded')
    await expect(amountField).toHaveValue(majorUnits(paidOrder().totals.total - 500))
  })

  await test.step('an amount above what is left is refused next to the amount field', async () => {
    await amountField.fill(majorUnits(paidOrder().totals.total - 500 + 1))
    await page.getByRole('button', { name: 'Review refund' }).click()
    await expect(amountField).toHaveAttribute('aria-invalid', 'true')
    await expect(amountField).toHaveAccessibleDescription(/The refund is larger than what is left to refund\./)
    await expect(amountField).toBeFocused()
    await amountField.fill('12.505')
    await page.getByRole('button', { name: 'Review refund' }).click()
    await expect(amountField).toHaveAccessibleDescription(/Use at most two decimals\./)
  })

  await test.step('when another admin refunded meanwhile, the server’s refusal shows at the amount too', async () => {
    await page.getByRole('button', { name: 'Full refund' }).click()
    await page.getByRole('button', { name: 'Review refund' }).click()
    await refundThroughApi(admin.request, paidOrder().id, 100)
    await page.getByRole('button', { name: 'Confirm refund' }).click()
    await expect(amountField).toHaveAccessibleDescription(/The refund is larger than what is left to refund\./)
    // The page read the order again: what is left now counts the other refund.
    await expect(amountField).toHaveValue(majorUnits(paidOrder().totals.total - 600))
    await expect(refundsList.getByRole('listitem')).toHaveCount(2)
  })

  await test.step('refunding the rest (even with a double click) refunds once and makes the order refunded', async () => {
    await page.getByRole('button', { name: 'Full refund' }).click()
    await page.getByRole('button', { name: 'Review refund' }).click()
    await page.getByRole('button', { name: 'Confirm refund' }).dblclick()
    await expect(page.locator('.admin-order__summary')).toContainText('Refunded')
    await expect(page.getByText('Nothing can be done with an order in this status.')).toBeVisible()
    await expect(page.getByTestId('refunded-total')).toHaveText(money(paidOrder().totals.total))
    await expect(refundsList.getByRole('listitem')).toHaveCount(3)
    await expect(historyList.getByRole('listitem').last()).toContainText('Partly refunded → Refunded')
    const refunds = await sql<{ amount: number }[]>`
      select amount from refunds where order_id = ${paidOrder().id} and status = 'succeeded' order by created_at`
    expect(refunds.map((r) => r.amount)).toEqual([500, 100, paidOrder().totals.total - 600])
    // One request for the double click; a new key for every answered attempt.
    expect(keys).toHaveLength(4)
    expect(new Set(keys).size).toBe(3)
  })

  await test.step('a long list comes in pages: "load more" adds the next page and moves focus to it', async () => {
    const run = `bulk-${Date.now().toString(36)}`
    await sql`
      insert into orders (email, status, currency, items_total, shipping_total, tax_total, grand_total,
                          shipping_method, shipping_address, idempotency_key, created_at)
      select ${run} || '-' || n || '@example.test', 'paid', 'EUR', 1000, 495, 0, 1495, 'standard',
             ${sql.json(testAddress)}, gen_random_uuid(), now() - n * interval '1 minute'
      from generate_series(1, 30) as n`
    await page.goto(`/admin/orders?q=${run}`)
    const rows = page.getByRole('table', { name: 'Orders' }).locator('tbody tr')
    await expect(rows).toHaveCount(25)
    await expect(rows.first()).toContainText(`${run}-1@`)
    await page.getByRole('button', { name: 'Load more orders' }).click()
    await expect(rows).toHaveCount(30)
    await expect(rows.last()).toContainText(`${run}-30@`)
    await expect(rows.nth(25).getByRole('link')).toBeFocused()
    await expect(page.getByRole('button', { name: 'Load more orders' })).toHaveCount(0)
  })

  await test.step('on a phone, the list shows the refunded order as a card, both pages within the screen width', async () => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto(`/admin/orders?status=refunded&q=${encodeURIComponent(number())}`)
    const card = page.getByRole('list', { name: 'Orders' }).getByRole('listitem')
    await expect(card).toHaveCount(1)
    await expect(card).toContainText('Refunded')
    await expect(card).toContainText(user.email)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await card.getByRole('link', { name: `Order ${number()}` }).click()
    await expect(page.getByText('Nothing can be done with an order in this status.')).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
  await admin.close()
})

/** Minor units as the amount field shows them in English: 1234 → "12.34". */
function majorUnits(minorUnits: number): string {
  return `${Math.floor(minorUnits / 100)}.${String(minorUnits % 100).padStart(2, '0')}`
}

async function refundThroughApi(request: APIRequestContext, orderId: string, amount: number): Promise<void> {
  const response = await request.post(`/api/admin/orders/${orderId}/refunds`, {
    headers: { 'x-csrf-token': await csrfTokenOf(request), 'idempotency-key': randomUUID() },
    data: { amount, reason: 'Refunded by a colleague' },
  })
  expect(response.status(), await response.text()).toBe(201)
}
