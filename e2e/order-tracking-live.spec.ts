import type { Page } from '@playwright/test'
import type { Order } from '../shared/orders/order.ts'
import { formatOrderNumber } from '../shared/orders/order-number.ts'
import { e2eAdmin } from './e2e-env.ts'
import { expect, newTestUser, productsInStock, signInViaApi, signUpViaApi, test } from './fixtures.ts'
import { fillCart, formatMoney, pay, placeOrder } from './order-fixtures.ts'

test('the admin prepares and ships an order; the shopper’s open page follows live, with a toast and an email', async ({
  browser,
  baseURL,
  context: shopper,
  page,
  sql,
}) => {
  const user = newTestUser('Tracked Shopper')
  const [lamp] = await productsInStock(sql, 1, 3)
  if (!lamp) throw new Error('no product')
  let order: Order | undefined
  const id = () => order?.id ?? ''
  const trackingNumber = 'JD0146 0000 1234'

  await test.step('the shopper pays an order and keeps its page open', async () => {
    await signUpViaApi(shopper.request, user)
    await fillCart(shopper.request, [[lamp.id, 1]])
    order = await pay(shopper.request, (await placeOrder(shopper.request)).id)
    expect(order.status).toBe('paid')
    const eventStream = page.waitForResponse((response) => response.url().includes('/api/events'))
    await page.goto(`/orders/${id()}`)
    await eventStream
    await expect(statusBadge(page)).toHaveText('Paid')
    await expect(page.getByRole('region', { name: 'Delivery', exact: true })).toHaveCount(0)
  })

  const admin = await browser.newContext({ baseURL })
  const adminPage = await admin.newPage()
  await test.step('the admin opens the order: only the steps a paid order allows are offered', async () => {
    await signInViaApi(admin.request, e2eAdmin)
    await adminPage.goto(`/admin/orders/${id()}`)
    await expect(adminPage.getByRole('button', { name: 'Mark as being prepared' })).toBeVisible()
    await expect(adminPage.getByRole('button', { name: 'Cancel order' })).toBeVisible()
    await expect(adminPage.getByRole('button', { name: 'Mark as delivered' })).toHaveCount(0)
    await expect(adminPage.getByRole('form', { name: 'Ship' })).toHaveCount(0)
  })

  await test.step('marked as being prepared: the shopper sees a toast and the new status', async () => {
    await adminPage.getByRole('button', { name: 'Mark as being prepared' }).click()
    await expect(adminPage.getByRole('status').filter({ hasText: 'The order is now being prepared.' })).toBeVisible()
    const toast = page
      .locator('.toast')
      .filter({ hasText: `Order ${formatOrderNumber(order?.number ?? 0)} is now being prepared.` })
    await expect(toast).toBeVisible()
    await expect(statusBadge(page)).toHaveText('Being prepared')
  })

  await test.step('shipped with a tracking number: within 2 s the open page shows it, without a reload', async () => {
    const ship = adminPage.getByRole('form', { name: 'Ship' })
    await ship.getByLabel('Carrier').selectOption('DHL')
    await ship.getByLabel('Tracking number').fill(trackingNumber)
    const answered = adminPage.waitForResponse((r) => r.url().endsWith('/actions') && r.request().method() === 'POST')
    await ship.getByRole('button', { name: 'Ship' }).click()
    expect((await answered).status()).toBe(200)
    const shippedAt = Date.now()
    await expect(statusBadge(page)).toHaveText('Shipped', { timeout: 2000 })
    const delivery = page.getByRole('region', { name: 'Delivery', exact: true })
    await expect(delivery).toContainText(trackingNumber, { timeout: Math.max(1, 2000 - (Date.now() - shippedAt)) })
    await expect(delivery).toContainText('DHL')
    await expect(delivery.getByRole('link', { name: 'Track the parcel at DHL' })).toHaveAttribute(
      'href',
      'https://www.dhl.com/global-en/home/tracking/tracking-parcel.html?submit=1&tracking-id=JD014600001234',
    )
    console.log(`shipped → shown on the shopper's page in ${Date.now() - shippedAt} ms`)
    await expect(page.locator('.toast').filter({ hasText: 'is now shipped.' })).toBeVisible()
  })

  await test.step('the mailbox holds the shipped email with the tracking number', async () => {
    await expect
      .poll(
        async () =>
          (
            await sql<{ n: number }[]>`
              select count(*)::int as n from local_mailbox
              where to_address = ${user.email} and text like ${`%${trackingNumber}%`}`
          )[0]?.n,
        { timeout: 15_000 },
      )
      .toBe(1)
  })

  await test.step('a corrected tracking number reaches the page too, announced by a toast on another page', async () => {
    // A new page opens a new event stream, which resumes from nothing: act once it is open.
    const eventStream = page.waitForResponse((response) => response.url().includes('/api/events'))
    await page.goto('/')
    await eventStream
    await adminPage.getByLabel('Tracking number').fill('JD0146 0000 9999')
    await adminPage.getByRole('button', { name: 'Update tracking' }).click()
    const toast = page.locator('.toast').filter({ hasText: 'has new tracking details.' })
    await expect(toast).toBeVisible()
    await toast.getByRole('button', { name: 'View order' }).click()
    await expect(page.getByRole('region', { name: 'Delivery', exact: true })).toContainText('JD0146 0000 9999')
  })

  await test.step('delivered: the delivery date shows, and shipping is no longer offered', async () => {
    await adminPage.getByRole('button', { name: 'Mark as delivered' }).click()
    await expect(statusBadge(page)).toHaveText('Delivered')
    await expect(page.getByRole('region', { name: 'Delivery', exact: true })).toContainText('Delivered')
    await expect(adminPage.getByRole('form', { name: /Ship|Tracking/ })).toHaveCount(0)
  })
  await admin.close()
})

test('the admin cancels a paid order after confirming: its stock comes back and the payment is refunded', async ({
  browser,
  baseURL,
  context: shopper,
  sql,
}) => {
  const user = newTestUser('Canceled Shopper')
  const [mug] = await productsInStock(sql, 1, 4)
  if (!mug) throw new Error('no product')
  const stock = async () => (await sql<{ stock: number }[]>`select stock from products where id = ${mug.id}`)[0]?.stock
  await signUpViaApi(shopper.request, user)
  await fillCart(shopper.request, [[mug.id, 2]])
  const order = await pay(shopper.request, (await placeOrder(shopper.request)).id)
  const before = await stock()

  const admin = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } })
  const page = await admin.newPage()
  await signInViaApi(admin.request, e2eAdmin)
  await page.goto(`/admin/orders/${order.id}`)
  await page.getByRole('button', { name: 'Cancel order' }).click()
  await expect(page.getByRole('button', { name: 'Yes, cancel the order' })).toBeFocused()
  await expect(page.getByText('refunds the shopper in full')).toContainText(
    formatMoney(order.totals.total, order.currency),
  )
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  await page.getByRole('button', { name: 'Keep the order' }).click()
  await expect(page.getByRole('button', { name: 'Cancel order' })).toBeFocused()
  await page.getByRole('button', { name: 'Cancel order' }).click()
  await page.getByRole('button', { name: 'Yes, cancel the order' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'The order is canceled.' })).toBeVisible()
  await expect(page.locator('.admin-order__summary')).toContainText('Canceled')
  await expect(page.getByTestId('refunded-total')).toHaveText(formatMoney(order.totals.total, order.currency))
  expect(await stock()).toBe((before ?? 0) + 2)
  await admin.close()
})

function statusBadge(page: Page) {
  return page.locator('.order__header .order-status')
}
