/**
 * Two sizes of one shoe are two cart lines: checked out and paid, the order page and the confirmation
 * email name each ("Size 40 · Black"), and each size's own stock pays for it. Offline, the same
 * choices and the checkout wait on the device, and reach the server as one order when it is back.
 */
import type { Page } from '@playwright/test'
import {
  checkOutAsGuest,
  enterAddressAndShipping,
  orderIdOnPaymentPage,
  payWithCard,
  testCards,
} from './checkout-flow.ts'
import {
  cartOnPage,
  closeCartDrawer,
  expect,
  goOffline,
  goOnline,
  syncStatus,
  test,
  waitForCatalog,
  waitForServiceWorker,
} from './fixtures.ts'
import { createShoe } from './variant-fixtures.ts'

function uniqueEmail(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`
}

/** The product page's own controls: a size, a colour, and its "Add to cart". */
function productPage(page: Page) {
  const main = page.getByRole('main')
  return {
    size: (value: string) => main.getByRole('group', { name: 'Size' }).getByRole('radio', { name: value, exact: true }),
    colour: (value: string) =>
      main.getByRole('group', { name: 'Colour' }).getByRole('radio', { name: value, exact: true }),
    addToCart: main.locator('form.add-to-cart').getByRole('button', { name: 'Add to cart' }),
  }
}

test('two sizes of one shoe are two lines, ordered and named in the order and its email', async ({ page, sql }) => {
  const shoe = await createShoe(sql)
  const email = uniqueEmail('sizes')
  const { size, addToCart } = productPage(page)

  await test.step('size 40 and size 42 in black go into the cart as two lines', async () => {
    await page.goto(`/p/${shoe.slug}?variant=${shoe.variants['40-black']}`)
    await expect(syncStatus(page)).toBeVisible()
    await expect(size('40')).toBeChecked()
    await addToCart.click()
    await expect(page.getByRole('link', { name: 'Cart, 1 item' })).toBeVisible()
    await closeCartDrawer(page)
    await size('42').check()
    await addToCart.click()
    await expect(page.getByRole('link', { name: 'Cart, 2 items' })).toBeVisible()
    await expect(syncStatus(page)).toHaveText('All changes synced')
    await page.getByRole('link', { name: 'Cart, 2 items' }).click()
    expect(await cartOnPage(page)).toEqual({
      [`${shoe.name} (Size 40 · Black)`]: 1,
      [`${shoe.name} (Size 42 · Black)`]: 1,
    })
  })

  let orderId = ''
  await test.step('checked out and paid, the order lists both sizes with their prices', async () => {
    await checkOutAsGuest(page, email)
    // The review step's lines (the order summary beside it lists them too).
    const review = page.getByRole('region', { name: '3. Review and place order' })
    await expect(review.getByText('Size 40 · Black')).toBeVisible()
    await expect(review.getByText('Size 42 · Black')).toBeVisible()
    await page.getByRole('button', { name: 'Place order' }).click()
    orderId = await orderIdOnPaymentPage(page)
    await payWithCard(page, testCards.succeeds)
    await expect(page).toHaveURL(new RegExp(`/orders/${orderId}\\?placed=1$`))
    const items = page.getByRole('region', { name: 'Items' })
    await expect(items.getByText('Size 40 · Black')).toBeVisible()
    await expect(items.getByText('Size 42 · Black')).toBeVisible()
  })

  await test.step('each size paid with its own stock, and the email names both', async () => {
    const stock = await sql<{ id: string; stock: number }[]>`
      select id, stock from product_variants where product_id = ${shoe.id}`
    const stockOf = (key: string) => stock.find((row) => row.id === shoe.variants[key])?.stock
    expect([stockOf('40-black'), stockOf('42-black'), stockOf('40-red')]).toEqual([7, 1, 3])
    await expect
      .poll(
        async () =>
          (
            await sql<{ n: number }[]>`
              select count(*)::int as n from local_mailbox
              where to_address = ${email} and text like '%(Size 40 · Black)%' and text like '%(Size 42 · Black)%'`
          )[0]?.n,
        { timeout: 15_000 },
      )
      .toBe(1)
  })
})

test('offline, a shopper picks two sizes from the device’s catalog and checks out; the order follows online', async ({
  context,
  page,
  sql,
}) => {
  const shoe = await createShoe(sql)
  const { size, colour, addToCart } = productPage(page)
  await page.goto('/')
  await waitForServiceWorker(page)
  await waitForCatalog(page, sql)

  await test.step('offline, sizes 40 and 41 in red go into the cart from the device', async () => {
    await goOffline(context)
    await page.goto(`/p/${shoe.slug}`)
    await size('41').check()
    await colour('Red').check()
    await expect(page.getByRole('main').getByText('Only 4 left in 41 · Red')).toBeVisible()
    await addToCart.click()
    await closeCartDrawer(page)
    await size('40').check()
    await colour('Red').check()
    await addToCart.click()
    await expect(syncStatus(page)).toHaveText(/2 changes pending/)
    await page.getByRole('link', { name: 'Cart, 2 items' }).click()
    expect(await cartOnPage(page)).toEqual({
      [`${shoe.name} (Size 41 · Red)`]: 1,
      [`${shoe.name} (Size 40 · Red)`]: 1,
    })
  })

  await test.step('the checkout waits on the device while offline', async () => {
    await page.getByRole('link', { name: 'Go to checkout' }).click()
    await enterAddressAndShipping(page, {
      email: uniqueEmail('offline-sizes'),
      address: { name: 'Grace Hopper', line1: '1 Compiler Way', postalCode: '1010', city: 'Vienna', country: 'AT' },
      method: 'Standard',
    })
    await page.getByRole('button', { name: 'Place order' }).click()
    await expect(
      page.getByRole('status').filter({ hasText: 'Payment will open when you are back online' }),
    ).toBeVisible()
  })

  await test.step('back online, one order holds both sizes', async () => {
    await goOnline(context)
    const orderId = await orderIdOnPaymentPage(page)
    const lines = await sql<{ variant_id: string; quantity: number }[]>`
      select variant_id, quantity from order_lines where order_id = ${orderId} order by sku`
    expect(lines).toEqual([
      { variant_id: shoe.variants['40-red'], quantity: 1 },
      { variant_id: shoe.variants['41-red'], quantity: 1 },
    ])
  })
})
