import type { Page } from '@playwright/test'
import {
  cartInDatabase,
  cartOnPage,
  expect,
  goOffline,
  goOnline,
  newTestUser,
  productsInStock,
  signInViaApi,
  signUpViaApi,
  syncStatus,
  test,
  waitForCatalog,
  waitForServiceWorker,
} from './fixtures.ts'

test('a cart built on two devices, one of them offline, ends up the same everywhere, nothing lost or doubled', async ({
  browser,
  baseURL,
  context: laptop,
  page: laptopPage,
  sql,
}) => {
  const user = newTestUser('Two Devices')
  const [first, second, third, fromPhone] = await productsInStock(sql, 4)
  if (!first || !second || !third || !fromPhone) throw new Error('not enough products')
  const phone = await browser.newContext({ baseURL })
  const phonePage = await phone.newPage()

  await test.step('the shopper is signed in on a laptop and a phone', async () => {
    await signUpViaApi(laptop.request, user)
    await signInViaApi(phone.request, user)
    for (const page of [laptopPage, phonePage]) {
      await page.goto('/account')
      await expect(page.getByText(user.email, { exact: true })).toBeVisible()
    }
  })

  await test.step('the laptop has the app and the catalog for offline use', async () => {
    await waitForServiceWorker(laptopPage)
    await waitForCatalog(laptopPage, sql)
  })

  await test.step('offline, the laptop adds three products and changes a quantity; the changes wait', async () => {
    await goOffline(laptop)
    for (const product of [first, second, third]) await addToCartOnProductPage(laptopPage, product.slug, 1)
    await laptopPage.goto('/cart')
    await laptopPage.getByRole('combobox', { name: `Quantity of ${second.name}` }).selectOption('3')
    await expect.poll(() => cartOnPage(laptopPage)).toEqual({ [first.name]: 1, [second.name]: 3, [third.name]: 1 })
    await expect(syncStatus(laptopPage)).toHaveText('4 changes pending')
    await expect(laptopPage.getByRole('link', { name: 'Cart, 5 items' })).toBeVisible()
  })

  await test.step('meanwhile the phone, online, adds a fourth product', async () => {
    await addToCartOnProductPage(phonePage, fromPhone.slug, 2)
    await expect(syncStatus(phonePage)).toHaveText('All changes synced')
    await phonePage.goto('/cart')
    await expect.poll(() => cartOnPage(phonePage)).toEqual({ [fromPhone.name]: 2 })
  })

  const expected = { [first.name]: 1, [second.name]: 3, [third.name]: 1, [fromPhone.name]: 2 }

  await test.step('back online, both devices show the same four lines within seconds', async () => {
    await goOnline(laptop)
    for (const page of [laptopPage, phonePage]) {
      await expect.poll(() => cartOnPage(page), { timeout: 10_000 }).toEqual(expected)
      await expect(page.getByRole('link', { name: 'Cart, 7 items' })).toBeVisible()
    }
    await expect(syncStatus(laptopPage)).toHaveText('All changes synced')
  })

  await test.step('after a reload both still show them, and the database holds exactly those lines', async () => {
    for (const page of [laptopPage, phonePage]) {
      await page.reload()
      await expect.poll(() => cartOnPage(page)).toEqual(expected)
    }
    expect(await cartInDatabase(sql, user.email)).toEqual(expected)
  })

  await phone.close()
})

async function addToCartOnProductPage(page: Page, slug: string, quantity: number): Promise<void> {
  await page.goto(`/p/${slug}`)
  await page.getByRole('combobox', { name: 'Quantity', exact: true }).selectOption(String(quantity))
  await page.getByRole('button', { name: 'Add to cart', exact: true }).click()
  await expect(page.getByText(`${quantity} in your cart`)).toBeVisible()
}
