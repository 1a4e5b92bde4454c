/**
 * A signed-in shopper's checkout starts from the account: its email first, then its last address —
 * but standard shipping again, whatever the last order chose.
 */
import { addToCart, enterAddressAndShipping, orderIdOnPaymentPage } from './checkout-flow.ts'
import { expect, newTestUser, productsInStock, signUpViaApi, test } from './fixtures.ts'

test('an account checks out with its own email, and the next checkout starts from the last address at standard shipping', async ({
  context,
  page,
  sql,
}) => {
  const user = newTestUser('Remembered Address')
  const [first, second] = await productsInStock(sql, 2, 47)
  if (!first || !second) throw new Error('not enough products')
  await signUpViaApi(context.request, user)
  await page.goto('/')
  await addToCart(page, first)

  await page.goto('/checkout')
  const email = page.getByLabel(/^Email/)
  await expect(email).toHaveValue(user.email)
  await enterAddressAndShipping(page, {
    address: { name: 'Lise Meitner', line1: 'Kernweg 7', postalCode: '1090', city: 'Wien', country: 'AT' },
    method: 'Express',
  })
  await page.getByRole('button', { name: 'Place order' }).click()
  await orderIdOnPaymentPage(page)

  await addToCart(page, second)
  await page.goto('/checkout')
  await expect(page.getByLabel('Full name')).toHaveValue('Lise Meitner')
  await expect(page.getByLabel('Street and number')).toHaveValue('Kernweg 7')
  await expect(page.getByLabel('Country')).toHaveValue('AT')
  await expect(email).toHaveValue(user.email)
  await page.getByRole('button', { name: 'Continue to shipping' }).click()
  await expect(page.getByRole('radio', { name: /Standard/ })).toBeChecked()
  await expect(page.getByRole('radio', { name: /Express/ })).not.toBeChecked()
})
