/**
 * A shopper uses a discount code the admin created: a mistyped code is refused with its reason, the
 * right one shows its discount in the cart and in the review, the order is placed and paid with it,
 * and the order page shows the discount.
 */
import { randomUUID } from 'node:crypto'
import { addToCart, checkOutAsGuest, orderIdOnPaymentPage, payWithCard, testCards } from './checkout-flow.ts'
import { expect, productsInStock, test } from './fixtures.ts'

test('a shopper applies a discount code in the cart, checks out with it and sees it on the order', async ({
  page,
  sql,
}) => {
  const [product] = await productsInStock(sql, 1, 60)
  if (!product) throw new Error('no product')
  const code = `E2E${randomUUID().slice(0, 6).toUpperCase()}`
  await sql`insert into discounts (code, title, benefit, scope)
    values (${code}, '10% off', ${sql.json({ kind: 'percentage', basisPoints: 1000 })}, ${sql.json({ kind: 'all' })})`
  try {
    await page.goto('/')
    await addToCart(page, product)
    await page.getByRole('link', { name: /^Cart, / }).click()
    await expect(page.getByRole('heading', { name: 'Your cart', level: 1 })).toBeVisible()

    await page.getByLabel('Discount code').fill('NOPE-NOT-A-CODE')
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'There is no such discount code' })).toBeVisible()

    await page.getByLabel('Discount code').fill(code.toLowerCase())
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect(page.getByRole('status').filter({ hasText: `Discount code ${code} applied.` })).toBeVisible()
    await expect(page.getByTestId('cart-discount')).toBeVisible()
    await expect(page.getByRole('button', { name: `Remove discount code ${code}` })).toBeVisible()

    await checkOutAsGuest(page, `discount-${Date.now().toString(36)}@example.test`)
    await expect(page.getByTestId('checkout-discount')).toBeVisible()
    // The review's totals and the order summary beside every step both subtract it.
    await expect(page.locator('.checkout__totals').getByText('Discount: 10% off')).toBeVisible()
    await expect(page.getByRole('complementary').getByText('Discount: 10% off')).toBeVisible()
    await page.getByRole('button', { name: 'Place order' }).click()
    const orderId = await orderIdOnPaymentPage(page)
    await payWithCard(page, testCards.succeeds)
    await expect(page).toHaveURL(new RegExp(`/orders/${orderId}`))
    await expect(page.getByText(`Discount: ${code}`)).toBeVisible()

    const [row] = await sql<{ discountCode: string; discountTotal: number; status: string }[]>`
      select discount_code as "discountCode", discount_total as "discountTotal", status from orders where id = ${orderId}`
    expect(row?.discountCode).toBe(code)
    expect(row?.discountTotal).toBeGreaterThan(0)
  } finally {
    await sql`update discounts set active = false where code = ${code}`
  }
})
