import { randomUUID } from 'node:crypto'
import type { Page } from '@playwright/test'
import type { Order } from '../shared/orders/order.ts'
import { formatOrderNumber } from '../shared/orders/order-number.ts'
import {
  countLocalRows,
  expect,
  goOffline,
  goOnline,
  newTestUser,
  productsInStock,
  signUpViaApi,
  test,
  waitForServiceWorker,
} from './fixtures.ts'
import { fillCart, formatMoney, pay, placeOrder, testAddress } from './order-fixtures.ts'

test('a shopper reads their orders offline after one visit, and sees status changes live and after a reload', async ({
  context,
  page,
  sql,
}) => {
  const user = newTestUser('Order Reader')
  const [lamp, mug] = await productsInStock(sql, 2, 20)
  if (!lamp || !mug) throw new Error('not enough products')
  let order: Order | undefined
  const heading = () => page.getByRole('heading', { level: 1, name: `Order ${formatOrderNumber(order?.number ?? 0)}` })

  await test.step('the shopper places an order (two lamps, one mug) that waits for payment', async () => {
    await signUpViaApi(context.request, user)
    await fillCart(context.request, [
      [lamp.id, 2],
      [mug.id, 1],
    ])
    order = await placeOrder(context.request)
    expect(order.status).toBe('pending_payment')
  })
  const id = order?.id ?? ''

  await test.step('its page shows the lines, the status and a way to pay while the stock is reserved', async () => {
    const eventStream = page.waitForResponse((response) => response.url().includes('/api/events'))
    await page.goto(`/orders/${id}`)
    await eventStream
    await expect(heading()).toBeVisible()
    await expect(statusBadge(page)).toHaveText('Awaiting payment')
    await expect(page.getByRole('listitem').filter({ hasText: lamp.name })).toContainText('2 ×')
    await expect(page.getByRole('listitem').filter({ hasText: mug.name })).toContainText('1 ×')
    await expect(page.getByRole('link', { name: 'Pay now' })).toHaveAttribute('href', `/en/checkout/pay/${id}`)
    await expect(history(page)).toHaveText(['Awaiting payment'])
  })

  await test.step('paid on another screen, the open page turns to paid without a reload', async () => {
    expect((await pay(context.request, id)).status).toBe('paid')
    await expect(statusBadge(page)).toHaveText('Paid', { timeout: 15_000 })
    await expect(history(page)).toHaveText(['Awaiting payment', 'Paid'])
    await expect(page.getByRole('link', { name: 'Pay now' })).toHaveCount(0)
  })

  await test.step('the order list shows it with its date, item count, total and status', async () => {
    await waitForServiceWorker(page)
    await page.getByRole('link', { name: 'All orders' }).click()
    const card = page.getByRole('link', { name: new RegExp(`Order ${formatOrderNumber(order?.number ?? 0)}`) })
    await expect(card).toContainText('3 items')
    await expect(card).toContainText('Paid')
    await expect(card).toContainText(formatMoney(order?.totals.total ?? 0, order?.currency ?? 'EUR'))
  })

  await test.step('offline, a reload shows the list and the order from this device', async () => {
    await goOffline(context)
    await page.reload()
    await expect(page.getByText(/You are offline\. Your orders were last updated/)).toBeVisible()
    await page.getByRole('link', { name: new RegExp(`Order ${formatOrderNumber(order?.number ?? 0)}`) }).click()
    await expect(heading()).toBeVisible()
    await page.reload()
    await expect(heading()).toBeVisible()
    await expect(page.getByText('You are offline: this is the copy saved on this device.')).toBeVisible()
    await expect(statusBadge(page)).toHaveText('Paid')
    await expect(page.getByRole('listitem').filter({ hasText: lamp.name })).toBeVisible()
    await expect(history(page)).toHaveText(['Awaiting payment', 'Paid'])
  })

  await test.step('offline, an order this device never saw says it is not available offline', async () => {
    await page.goto(`/orders/${randomUUID()}`)
    await expect(page.getByRole('heading', { name: 'Not available offline' })).toBeVisible()
  })

  await test.step('back online, a status change made on the server shows after a reload', async () => {
    await goOnline(context)
    await sql.begin(async (tx) => {
      await tx`update orders set status = 'fulfilling', updated_at = now() where id = ${id}`
      await tx`insert into order_history (order_id, from_status, to_status, reason)
               values (${id}, 'paid', 'fulfilling', 'picked in the warehouse')`
    })
    await page.goto(`/orders/${id}`)
    await expect(statusBadge(page)).toHaveText('Being prepared')
    await expect(history(page)).toHaveText(['Awaiting payment', 'Paid', 'Being prepared'])
    await page.goto('/orders')
    await expect(
      page.getByRole('link', { name: new RegExp(`Order ${formatOrderNumber(order?.number ?? 0)}`) }),
    ).toContainText('Being prepared')
  })

  await test.step('on a 360 px phone, the list and the order fit the screen', async () => {
    await page.setViewportSize({ width: 360, height: 740 })
    for (const path of ['/orders', `/orders/${id}`]) {
      await page.goto(path)
      await expect(
        page
          .getByRole('main')
          .getByRole('link', { name: /Order SF-|All orders/ })
          .first(),
      ).toBeVisible()
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    }
  })

  await test.step('an order that is not the shopper’s is not found', async () => {
    await page.goto(`/orders/${randomUUID()}`)
    await expect(page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible()
  })
})

test('a declined payment shows on the order page with the reason and a way to retry; signing out forgets the orders and queued checkouts', async ({
  context,
  page,
  sql,
}) => {
  const [product] = await productsInStock(sql, 1, 22)
  if (!product) throw new Error('not enough products')
  await signUpViaApi(context.request, newTestUser('Declined Card'))
  await fillCart(context.request, [[product.id, 1]])
  const order = await placeOrder(context.request)
  expect((await pay(context.request, order.id, '4000000000000002')).status).toBe('payment_failed')

  await page.goto(`/orders/${order.id}`)
  await expect(statusBadge(page)).toHaveText('Payment failed')
  await expect(page.getByText('Your card was declined. Try another card.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Retry payment' })).toHaveAttribute(
    'href',
    `/en/checkout/pay/${order.id}`,
  )
  await expect(history(page)).toHaveText(['Awaiting payment', 'Payment failed'])

  await test.step('after signing out, this device keeps none of the shopper’s orders or queued checkouts', async () => {
    expect(await countLocalRows(page, 'orders')).toBe(1)
    await page.goto('/account')
    await queueCheckoutOnDevice(page)
    expect(await countLocalRows(page, 'pendingCheckouts')).toBe(1)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL(/\/en$/)
    expect(await countLocalRows(page, 'orders')).toBe(0)
    // Never sent with the next shopper's session: it is gone, sent or not.
    expect(await countLocalRows(page, 'pendingCheckouts')).toBe(0)
    await page.goto('/orders')
    await expect(page.getByText('You have not placed any orders yet.')).toBeVisible()
  })
})

function statusBadge(page: Page) {
  return page.locator('.order__header .order-status')
}

function history(page: Page) {
  return page.getByRole('region', { name: 'Status history' }).getByRole('listitem').locator('.order-history__status')
}

/**
 * A checkout the shopper placed offline, as the checkout page queues it (client/checkout/
 * pending-checkouts.ts), written with the raw IndexedDB API.
 */
function queueCheckoutOnDevice(page: Page): Promise<void> {
  const row = {
    idempotencyKey: randomUUID(),
    shippingAddress: testAddress,
    shippingMethod: 'standard',
    createdAt: new Date().toISOString(),
  }
  return page.evaluate(
    (queued) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('storefront')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const transaction = db.transaction('pendingCheckouts', 'readwrite')
          transaction.objectStore('pendingCheckouts').put(queued)
          transaction.oncomplete = () => {
            db.close()
            resolve()
          }
          transaction.onerror = () => reject(transaction.error)
        }
      }),
    row,
  )
}
