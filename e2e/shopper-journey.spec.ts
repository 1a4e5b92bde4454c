/**
 * Issue 14's whole journey in one story: from the home page's hero into a collection, a filtered
 * category, a product with related and recently viewed products, the add-to-cart drawer, a discount
 * code, a checkout whose summary stays in view, and an order number like SF-10042.
 */
import { randomUUID } from 'node:crypto'
import { orderIdOnPaymentPage, payWithCard, testCards } from './checkout-flow.ts'
import { cartDrawer, expect, syncStatus, test, waitForCatalog, waitForServiceWorker } from './fixtures.ts'
import { testAddress } from './order-fixtures.ts'

test('a shopper goes from the hero to a paid order with a discount code, the summary in view throughout', async ({
  page,
  sql,
}) => {
  test.slow()
  const code = `JOURNEY${randomUUID().slice(0, 6).toUpperCase()}`
  await sql`insert into discounts (code, title, benefit, scope)
    values (${code}, 'Journey 10%', ${sql.json({ kind: 'percentage', basisPoints: 1000 })}, ${sql.json({ kind: 'all' })})`
  // A category whose in-stock products include some sold in one form (added straight from the page).
  const [category] = await sql<{ slug: string; name: string }[]>`
    select c.slug, c.name from categories c join products p on p.category_id = c.id
    where c.deleted_at is null and p.deleted_at is null and p.options = '[]'::jsonb and p.stock > 5
    group by c.id order by count(*) desc, c.slug limit 1`
  if (!category) throw new Error('no category with products sold in one form')
  const main = page.getByRole('main')
  const summary = page.getByRole('complementary', { name: 'Order summary' })

  await test.step('the hero leads into its collection', async () => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Everything for the way you live' })).toBeVisible()
    await expect(syncStatus(page)).toBeVisible()
    await waitForServiceWorker(page)
    // Recently viewed lists the device's copy of the products.
    await waitForCatalog(page, sql)
    await page.getByRole('link', { name: 'Shop wireless' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Cut the cord' })).toBeVisible()
    await expect(main.getByRole('list', { name: 'Cut the cord' }).getByRole('listitem').first()).toBeVisible()
  })

  let productName = ''
  await test.step('a category filtered to what is in stock', async () => {
    await page.goto(`/c/${category.slug}`)
    await expect(syncStatus(page)).toBeVisible()
    await main.getByText('Filters', { exact: true }).click()
    await main.getByRole('checkbox', { name: /^In stock only \d+$/ }).check()
    await expect(page).toHaveURL(new RegExp(`/c/${category.slug}\\?inStock=true$`))
    const add = main.getByRole('button', { name: /^Add to cart: / }).first()
    productName = (await add.getAttribute('aria-label'))?.replace(/^Add to cart: /, '') ?? ''
    await main.getByRole('link', { name: productName }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: productName })).toBeVisible()
  })

  await test.step('related products lead on, and the product seen before is recently viewed', async () => {
    const related = page.getByRole('region', { name: 'You may also like' })
    const firstRelated = related.locator('.product-card__name').first()
    const relatedName = await firstRelated.textContent()
    await firstRelated.click()
    await expect(page.getByRole('heading', { level: 1, name: relatedName ?? '' })).toBeVisible()
    const recent = page.getByRole('region', { name: 'Recently viewed' })
    await expect(recent.locator('.product-card__name').first()).toHaveText(productName)
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1, name: productName })).toBeVisible()
  })

  await test.step('adding opens the drawer with the item and the subtotal', async () => {
    await expect(syncStatus(page)).toBeVisible()
    await main.getByRole('button', { name: 'Add to cart', exact: true }).click()
    const drawer = cartDrawer(page)
    await expect(drawer).toBeVisible()
    await expect(drawer).toContainText(productName)
    await expect(drawer).toContainText('Subtotal')
    await drawer.getByRole('link', { name: 'View cart' }).click()
    await expect(page.getByRole('heading', { name: 'Your cart', level: 1 })).toBeVisible()
  })

  await test.step('the code applies in the cart', async () => {
    await page.getByLabel('Discount code').fill(code.toLowerCase())
    await page.getByRole('button', { name: 'Apply' }).click()
    await expect(page.getByRole('status').filter({ hasText: `Discount code ${code} applied.` })).toBeVisible()
    await expect(page.getByTestId('cart-discount')).toBeVisible()
    await page.getByRole('link', { name: 'Go to checkout' }).click()
  })

  await test.step('checkout keeps the summary, with the discount, beside every step', async () => {
    await expect(page.getByRole('heading', { name: 'Checkout', level: 1 })).toBeVisible()
    const inSummary = async () => {
      await expect(summary.getByRole('listitem').filter({ hasText: productName })).toBeVisible()
      await expect(summary.getByText('Discount: Journey 10%')).toBeVisible()
      await expect(summary.getByTestId('summary-total')).toBeVisible()
    }
    await inSummary()
    await page.getByLabel('Country').selectOption(testAddress.country)
    await page.getByLabel('Email').fill(`journey-${Date.now().toString(36)}@example.test`)
    await page.getByLabel('Full name').fill(testAddress.name)
    await page.getByLabel('Street and number').fill(testAddress.line1)
    await page.getByLabel('Postal code').fill(testAddress.postalCode)
    await page.getByLabel('City').fill(testAddress.city)
    await page.getByRole('button', { name: 'Continue to shipping' }).click()
    await expect(page.getByRole('heading', { name: '2. Shipping' })).toBeFocused()
    await inSummary()
    await page.getByRole('button', { name: 'Continue to review' }).click()
    await expect(page.getByRole('heading', { name: '3. Review and place order' })).toBeFocused()
    await inSummary()
    await page.getByRole('button', { name: 'Place order' }).click()
    await orderIdOnPaymentPage(page)
    await inSummary()
  })

  await test.step('paid, the order has a number like SF-10042 and keeps the discount', async () => {
    await payWithCard(page, testCards.succeeds)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Order SF-\d{5,}$/)
    await expect(main.getByText(`Discount: ${code}`)).toBeVisible()
  })
})
