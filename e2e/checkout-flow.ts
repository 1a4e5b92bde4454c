/** The checkout steps as a shopper takes them, shared by the checkout specs. */
import type { Page } from '@playwright/test'
import type { ShippingAddress } from '../shared/checkout/checkout-totals.ts'
import { expect, type SeededProduct, syncStatus } from './fixtures.ts'
import { testAddress } from './order-fixtures.ts'

export const testCards = {
  succeeds: '4242 4242 4242 4242',
  insufficientFunds: '4000 0000 0000 9995',
  requiresAuthentication: '4000 0027 6000 3184',
} as const

/** Adds one and waits until the server has it: the status alone may still say synced from before. */
export async function addToCart(page: Page, product: SeededProduct): Promise<void> {
  await page.goto(`/p/${product.slug}`)
  // The app has taken over from the server's HTML: a click on its button while the swap happens
  // could land on the element being replaced.
  await expect(syncStatus(page)).toBeVisible()
  const pushed = page.waitForResponse(
    (response) => response.request().method() === 'POST' && new URL(response.url()).pathname === '/api/sync/push',
  )
  await page.getByRole('button', { name: 'Add to cart', exact: true }).click()
  await pushed
  await expect(syncStatus(page)).toHaveText('All changes synced')
}

/** From the cart to the review step, as a guest shipping to Germany by standard shipping. */
export async function checkOutAsGuest(page: Page, email: string): Promise<void> {
  await page.getByRole('link', { name: /^Cart, / }).click()
  await page.getByRole('link', { name: 'Go to checkout' }).click()
  await expect(page.getByRole('heading', { name: 'Checkout', level: 1 })).toBeVisible()
  await enterAddressAndShipping(page, { email, address: testAddress, method: 'Standard' })
}

/**
 * The first two steps on the open checkout page, ending on the review step. The email is typed only
 * when given: an account's checkout fills in its own.
 */
export async function enterAddressAndShipping(
  page: Page,
  step: { readonly email?: string; readonly address: ShippingAddress; readonly method: 'Standard' | 'Express' },
): Promise<void> {
  // The country comes first: it decides the address fields (a state in the US) and their order.
  await page.getByLabel('Country').selectOption(step.address.country)
  if (step.email !== undefined) await page.getByLabel('Email').fill(step.email)
  await page.getByLabel('Full name').fill(step.address.name)
  await page.getByLabel('Street and number').fill(step.address.line1)
  await page.getByLabel(/^(Postal code|ZIP code|Postcode)$/).fill(step.address.postalCode)
  await page.getByLabel('City').fill(step.address.city)
  if (step.address.region)
    await page.getByLabel(/^(State|Province|State or territory)$/).selectOption(step.address.region)
  await page.getByRole('button', { name: 'Continue to shipping' }).click()
  await expect(page.getByRole('heading', { name: '2. Shipping' })).toBeFocused()
  await page.getByRole('radio', { name: new RegExp(step.method) }).check()
  await page.getByRole('button', { name: 'Continue to review' }).click()
  await expect(page.getByRole('heading', { name: '3. Review and place order' })).toBeFocused()
}

export async function payWithCard(page: Page, cardNumber: string): Promise<void> {
  await page.getByLabel('Card number').fill(cardNumber)
  await page.getByLabel('Expiry date (MM/YY)').fill('12/34')
  await page.getByLabel('Security code (CVC)').fill('123')
  await page.getByRole('button', { name: 'Pay now' }).click()
}

/** The order id of the payment page the browser is on. */
export async function orderIdOnPaymentPage(page: Page): Promise<string> {
  await expect(page).toHaveURL(/\/checkout\/pay\/[0-9a-f-]{36}$/)
  const id = new URL(page.url()).pathname.split('/').at(-1)
  if (!id) throw new Error(`no order id in ${page.url()}`)
  return id
}
