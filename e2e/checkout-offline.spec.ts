/**
 * A checkout placed offline: the intent waits on the device with its idempotency key, the page says
 * payment opens when back online, and back online the order is created exactly once and the payment
 * step opens. A reload or a replay of the same key never makes a second order.
 */
import type { Page } from '@playwright/test'
import { addToCart, enterAddressAndShipping } from './checkout-flow.ts'
import {
  csrfTokenOf,
  expect,
  goOffline,
  goOnline,
  productsInStock,
  test,
  waitForCatalog,
  waitForServiceWorker,
} from './fixtures.ts'

/** Idempotency keys of the checkouts queued in the page's IndexedDB (read with the raw API). */
function queuedCheckoutKeys(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('storefront')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const keys = db.transaction('pendingCheckouts').objectStore('pendingCheckouts').getAllKeys()
          keys.onsuccess = () => {
            db.close()
            resolve(keys.result.map(String))
          }
          keys.onerror = () => reject(keys.error)
        }
      }),
  )
}

test('a checkout placed offline is sent once when back online, and payment then opens', async ({
  context,
  page,
  sql,
}) => {
  const [product] = await productsInStock(sql, 1, 43)
  if (!product) throw new Error('no product')
  const email = `offline-${Date.now().toString(36)}@example.test`
  await page.goto('/')
  await waitForServiceWorker(page)
  await waitForCatalog(page, sql)
  await addToCart(page, product)
  const ordersFor = async (key: string) =>
    (await sql<{ count: number }[]>`select count(*)::int as count from orders where idempotency_key = ${key}`)[0]?.count

  let key = ''
  await test.step('offline, the shopper checks out; the page says payment opens when back online', async () => {
    await goOffline(context)
    await page.getByRole('link', { name: /^Cart, / }).click()
    await page.getByRole('link', { name: 'Go to checkout' }).click()
    await enterAddressAndShipping(page, {
      email,
      address: { name: 'Grace Hopper', line1: '1 Compiler Way', postalCode: '1010', city: 'Vienna', country: 'AT' },
      method: 'Express',
    })
    await expect(page.getByText(/You are offline: prices and stock are the last known ones/)).toBeVisible()
    await page.getByRole('button', { name: 'Place order' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: 'Payment will open when you are back online' }),
    ).toBeVisible()
    const keys = await queuedCheckoutKeys(page)
    expect(keys).toHaveLength(1)
    key = keys[0] ?? ''
    expect(await ordersFor(key)).toBe(0)
  })

  let orderId = ''
  await test.step('back online, the order is created once and the payment step opens', async () => {
    await goOnline(context)
    await expect(page).toHaveURL(/\/checkout\/pay\/[0-9a-f-]{36}$/, { timeout: 15_000 })
    orderId = new URL(page.url()).pathname.split('/').at(-1) ?? ''
    await expect(page.getByRole('button', { name: 'Pay now' })).toBeVisible()
    expect(await ordersFor(key)).toBe(1)
    expect(await queuedCheckoutKeys(page)).toEqual([])
    const [order] = await sql<{ id: string; method: string; country: string }[]>`
      select id, shipping_method as method, shipping_address->>'country' as country
      from orders where idempotency_key = ${key}`
    expect(order).toEqual({ id: orderId, method: 'express', country: 'AT' })
  })

  await test.step('a reload and a replay of the same key make no second order', async () => {
    await page.reload()
    await expect(page.getByRole('button', { name: 'Pay now' })).toBeVisible()
    const replay = await page.request.post('/api/checkout', {
      headers: { 'x-csrf-token': await csrfTokenOf(page.request), 'idempotency-key': key },
      data: {
        email,
        shippingAddress: {
          name: 'Grace Hopper',
          line1: '1 Compiler Way',
          postalCode: '1010',
          city: 'Vienna',
          country: 'AT',
        },
        shippingMethod: 'express',
      },
    })
    expect(replay.status()).toBe(200)
    expect(((await replay.json()) as { id: string }).id).toBe(orderId)
    expect(await ordersFor(key)).toBe(1)
  })
})
