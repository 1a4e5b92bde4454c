/**
 * Checkout as a shopper on a phone and on a desktop (issue 14): a minimal header, the country first,
 * the order summary with shipping and tax (its rate named) on every step and on the payment page,
 * and at the end an order number like SF-10042 and a US address printed the American way.
 */
import type { Page } from '@playwright/test'
import { addToCart, enterAddressAndShipping, orderIdOnPaymentPage, payWithCard, testCards } from './checkout-flow.ts'
import { expect, productsInStock, syncStatus, test } from './fixtures.ts'

const usAddress = {
  name: 'Grace Hopper',
  line1: '1 Market Street',
  postalCode: '94105',
  city: 'San Francisco',
  region: 'CA',
  country: 'US',
}

/** The summary as the shopper sees it: the sidebar on a desktop, the opened fold on a phone. */
async function expectSummary(page: Page, phone: boolean, product: string, tax: RegExp): Promise<void> {
  if (phone) {
    const fold = page.locator('details.order-summary')
    await expect(fold.getByText(/^Show order summary|^Hide order summary/)).toBeVisible()
    await expect(fold.locator('summary')).toContainText(/·\s*\$|·\s*€/)
    if (!(await fold.evaluate((details) => (details as HTMLDetailsElement).open))) await fold.locator('summary').click()
    await expect(fold.getByRole('listitem').filter({ hasText: product })).toBeVisible()
    await expect(fold.getByText(tax)).toBeVisible()
    await expect(page.getByRole('complementary', { name: 'Order summary' })).toBeHidden()
  } else {
    const sidebar = page.getByRole('complementary', { name: 'Order summary' })
    await expect(sidebar).toBeVisible()
    await expect(sidebar.getByRole('listitem').filter({ hasText: product })).toBeVisible()
    await expect(sidebar.getByText(tax)).toBeVisible()
    await expect(sidebar.getByTestId('summary-total')).toBeVisible()
  }
}

for (const [device, width] of [
  ['a phone', 360],
  ['a desktop', 1280],
] as const) {
  test(`on ${device}, a shopper checks out with the summary visible throughout and gets an order number like SF-10042`, async ({
    page,
    sql,
  }) => {
    const phone = width === 360
    await page.setViewportSize({ width, height: 900 })
    const [product] = await productsInStock(sql, 1, phone ? 51 : 52)
    if (!product) throw new Error('no product')
    await addToCart(page, product)
    await page.goto('/checkout')
    await expect(syncStatus(page)).toBeVisible()

    await test.step('the header is the checkout’s: secure, a way back to the cart, no search or categories', async () => {
      await expect(page.getByText('Secure checkout')).toBeVisible()
      await expect(page.getByRole('link', { name: 'Back to cart' }).first()).toBeVisible()
      await expect(page.getByRole('search')).toBeHidden()
      await expect(page.getByRole('navigation', { name: 'Categories' })).toBeHidden()
    })

    await test.step('the country comes first, suggested by the language (English: the US), and Germany’s VAT is priced', async () => {
      const firstField = page.locator('.checkout__steps').locator('input, select').first()
      await expect(firstField).toHaveAttribute('id', 'checkout-country')
      await expect(page.getByLabel('Country')).toHaveValue('US')
      await expectSummary(page, phone, product.name, /Tax \(none for this country\)/)
      await page.getByLabel('Country').selectOption('DE')
      // Added to dollars by a server from before markets, included in euro prices by one with them.
      await expectSummary(page, phone, product.name, /Tax \(19% VAT\)|Including VAT \(19%\)/)
    })

    await test.step('a US address: a state and a ZIP code; no VAT in the summary', async () => {
      await page.getByLabel('Country').selectOption('US')
      await expect(page.getByLabel('ZIP code')).toBeVisible()
      await expect(page.getByLabel('State', { exact: true })).toBeVisible()
      await expectSummary(page, phone, product.name, /Tax \(none for this country\)/)
    })

    await test.step('shipping and review, the summary beside each', async () => {
      await page.getByLabel('Email').fill(`summary-${Date.now().toString(36)}@example.test`)
      await page.getByLabel('Full name').fill(usAddress.name)
      await page.getByLabel('Street and number').fill(usAddress.line1)
      await page.getByLabel('City').fill(usAddress.city)
      await page.getByLabel('ZIP code').fill('9410')
      await page.getByRole('button', { name: 'Continue to shipping' }).click()
      await expect(page.getByText('Enter a postal code like 94105.')).toBeVisible()
      await expect(page.getByLabel('State', { exact: true })).toHaveAttribute('aria-invalid', 'true')
      await enterAddressAndShipping(page, { address: usAddress, method: 'Standard' })
      await expectSummary(page, phone, product.name, /Tax \(none for this country\)/)
      await expect(
        page.getByText('Grace Hopper, 1 Market Street, San Francisco, CA 94105, United States'),
      ).toBeVisible()
    })

    await test.step('payment, with the summary, then the order number', async () => {
      await page.getByRole('button', { name: 'Place order' }).click()
      const orderId = await orderIdOnPaymentPage(page)
      await expectSummary(page, phone, product.name, /Tax \(none for this country\)/)
      await payWithCard(page, testCards.succeeds)
      await expect(page).toHaveURL(new RegExp(`/orders/${orderId}`))
      const heading = page.getByRole('heading', { level: 1 })
      await expect(heading).toHaveText(/^Order SF-\d{5,}$/)
      await expect(page.getByText(/^Thank you! Order SF-\d{5,} is placed\.$/)).toBeVisible()
      const address = page.locator('address')
      await expect(address).toContainText('San Francisco, CA 94105')
      await expect(address).not.toContainText('94105 San Francisco')
    })
  })
}
