/**
 * A signed-in shopper keeps an address book: the default shipping address is picked at checkout,
 * another saved one can be chosen instead, and a new address typed at checkout can be saved to it.
 */
import { addToCart, orderIdOnPaymentPage } from './checkout-flow.ts'
import {
  csrfTokenOf,
  expect,
  goOffline,
  goOnline,
  newTestUser,
  productsInStock,
  signUpViaApi,
  test,
  waitForCatalog,
  waitForServiceWorker,
} from './fixtures.ts'

type Address = { name: string; line1: string; postalCode: string; city: string; country: string }

const berlin: Address = {
  name: 'Ada Lovelace',
  line1: '12 Analytical Street',
  postalCode: '10115',
  city: 'Berlin',
  country: 'DE',
}
const vienna: Address = { name: 'Lise Meitner', line1: 'Kernweg 7', postalCode: '1090', city: 'Wien', country: 'AT' }
const paris: Address = {
  name: 'Marie Curie',
  line1: '1 Rue de la Paix',
  postalCode: '75002',
  city: 'Paris',
  country: 'FR',
}

test('a shopper saves two addresses, ships to the one that is not the default, and saves a new one at checkout', async ({
  context,
  page,
  sql,
}) => {
  const user = newTestUser('Address Book')
  const [first, second] = await productsInStock(sql, 2, 53)
  if (!first || !second) throw new Error('not enough products')
  await signUpViaApi(context.request, user)

  // The account page leads to the address book; two addresses are added there.
  await page.goto('/account')
  await page.getByRole('link', { name: 'Addresses' }).click()
  await expect(page.getByRole('heading', { name: 'Your addresses', level: 1 })).toBeVisible()
  const list = page.getByRole('list', { name: 'Saved addresses' })
  const status = page.getByRole('region', { name: 'Your addresses' }).getByRole('status')
  for (const address of [berlin, vienna]) {
    await page.getByRole('button', { name: 'Add an address' }).click()
    await expect(page.getByRole('heading', { name: 'New address' })).toBeFocused()
    await page.getByLabel('Country').selectOption(address.country)
    await page.getByLabel('Full name').fill(address.name)
    await page.getByLabel('Street and number').fill(address.line1)
    await page.getByLabel(/^(Postal code|Postcode)$/).fill(address.postalCode)
    await page.getByLabel('City').fill(address.city)
    await page.getByRole('button', { name: 'Save address' }).click()
    await expect(status).toHaveText('Address saved.')
    await expect(list.getByRole('listitem').filter({ hasText: address.line1 })).toBeVisible()
  }
  // The first address became the default; the second is made the default for shipping.
  const card = (address: Address) => list.getByRole('listitem').filter({ hasText: address.line1 })
  await expect(card(berlin)).toContainText('Default shipping address')
  await page.getByRole('button', { name: `Ship here by default: ${vienna.name}, ${vienna.line1}` }).click()
  await expect(card(vienna)).toContainText('Default shipping address')
  await expect(card(berlin)).not.toContainText('Default shipping address')
  await expect(card(berlin)).toContainText('Default billing address')
  await expect(list.getByRole('listitem').first()).toContainText(vienna.line1)

  // At checkout the default is picked; the shopper chooses the other saved address instead.
  await addToCart(page, first)
  await page.goto('/checkout')
  const savedChoice = page.getByRole('group', { name: 'Your saved addresses' })
  await expect(savedChoice.getByRole('radio', { name: new RegExp(vienna.line1) })).toBeChecked()
  await expect(page.getByLabel('Street and number')).toBeHidden()
  await savedChoice.getByRole('radio', { name: new RegExp(berlin.line1) }).check()
  await page.getByRole('button', { name: 'Continue to shipping' }).click()
  await page.getByRole('button', { name: 'Continue to review' }).click()
  await page.getByRole('button', { name: 'Place order' }).click()
  const orderId = await orderIdOnPaymentPage(page)
  const [order] = await sql<{ city: string; line1: string }[]>`
    select shipping_address->>'city' as city, shipping_address->>'line1' as line1 from orders where id = ${orderId}`
  expect(order).toEqual({ city: berlin.city, line1: berlin.line1 })

  // A new address typed at checkout, with "Save this address to my account".
  await addToCart(page, second)
  await page.goto('/checkout')
  await page.getByRole('radio', { name: 'A new address' }).check()
  await page.getByLabel('Country').selectOption(paris.country)
  await page.getByLabel('Full name').fill(paris.name)
  await page.getByLabel('Street and number').fill(paris.line1)
  await page.getByLabel('Postal code').fill(paris.postalCode)
  await page.getByLabel('City').fill(paris.city)
  await page.getByRole('checkbox', { name: 'Save this address to my account' }).check()
  await page.getByRole('button', { name: 'Continue to shipping' }).click()
  await page.getByRole('button', { name: 'Continue to review' }).click()
  await page.getByRole('button', { name: 'Place order' }).click()
  await orderIdOnPaymentPage(page)

  await page.goto('/account/addresses')
  await expect(card(paris)).toBeVisible()
  await expect(list.getByRole('listitem')).toHaveCount(3)
})

test('offline, checkout offers the addresses last fetched, and a new address saved with a queued order reaches the book', async ({
  context,
  page,
  sql,
}) => {
  const user = newTestUser('Offline Addresses')
  const [product] = await productsInStock(sql, 1, 55)
  if (!product) throw new Error('no product')
  await signUpViaApi(context.request, user)
  const added = await context.request.post('/api/auth/me/addresses', {
    data: { address: berlin },
    headers: { 'x-csrf-token': await csrfTokenOf(context.request) },
  })
  expect(added.status()).toBe(201)
  await page.goto('/')
  await waitForServiceWorker(page)
  await waitForCatalog(page, sql)
  await addToCart(page, product)
  // Opening the address book online keeps a copy on the device.
  await page.goto('/account/addresses')
  const list = page.getByRole('list', { name: 'Saved addresses' })
  await expect(list.getByRole('listitem')).toHaveCount(1)

  await goOffline(context)
  await page.getByRole('link', { name: /^Cart, / }).click()
  await page.getByRole('link', { name: 'Go to checkout' }).click()
  await expect(page.getByRole('radio', { name: new RegExp(berlin.line1) })).toBeChecked()
  await page.getByRole('radio', { name: 'A new address' }).check()
  await page.getByLabel('Country').selectOption(paris.country)
  await page.getByLabel('Full name').fill(paris.name)
  await page.getByLabel('Street and number').fill(paris.line1)
  await page.getByLabel('Postal code').fill(paris.postalCode)
  await page.getByLabel('City').fill(paris.city)
  await page.getByRole('checkbox', { name: 'Save this address to my account' }).check()
  await page.getByRole('button', { name: 'Continue to shipping' }).click()
  await page.getByRole('button', { name: 'Continue to review' }).click()
  await page.getByRole('button', { name: 'Place order' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Payment will open when you are back online' })).toBeVisible()

  await goOnline(context)
  await expect(page).toHaveURL(/\/checkout\/pay\/[0-9a-f-]{36}$/, { timeout: 15_000 })
  await page.goto('/account/addresses')
  await expect(list.getByRole('listitem').filter({ hasText: paris.line1 })).toBeVisible()
  await expect(list.getByRole('listitem')).toHaveCount(2)
})
