import { e2eAdmin } from './e2e-env.ts'
import { expect, productsInStock, signInViaApi, test } from './fixtures.ts'

test('a shopper sees the stock an admin sets in the inventory page, live, without reloading', async ({
  browser,
  baseURL,
  page: shopperPage,
  sql,
}) => {
  // Far into the seeded catalog, away from the products other journeys buy.
  const [product] = await productsInStock(sql, 1, 25)
  if (!product) throw new Error('no product')
  const [before] = await sql<{ stock: number }[]>`select stock from products where id = ${product.id}`
  const initialStock = before?.stock ?? 0
  const stockLine = shopperPage.getByRole('main').getByText(/^(In stock|Only \d+ left|Out of stock)$/)

  await test.step('a shopper has the product page open, with its live stream connected', async () => {
    const streamOpened = shopperPage.waitForResponse((response) => response.url().includes('/api/events'))
    await shopperPage.goto(`/p/${product.slug}`)
    await expect(shopperPage.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
    await expect(stockLine).toHaveText('In stock')
    await streamOpened
  })

  const admin = await browser.newContext({ baseURL })
  const adminPage = await admin.newPage()
  const card = adminPage.getByRole('article', { name: product.name })

  const adjustBy = async (delta: number) => {
    await card.getByLabel('Adjust stock by').fill(String(delta))
    await card.getByLabel(/^Reason/).fill('stock count')
    await card.getByRole('button', { name: 'Save' }).click()
  }

  try {
    await test.step('the admin finds the product in the inventory page', async () => {
      await signInViaApi(admin.request, e2eAdmin)
      await adminPage.goto('/admin/inventory')
      await expect(adminPage.getByRole('heading', { level: 1, name: 'Inventory' })).toBeVisible()
      await adminPage.getByLabel('Product name').fill(product.name)
      await adminPage.getByRole('button', { name: 'Show products' }).click()
      await expect(card).toContainText(`${initialStock} in stock`)
    })

    await test.step('the admin lowers the stock to 3: the shopper’s page says "Only 3 left" within 2 s', async () => {
      await adjustBy(3 - initialStock)
      await expect(card.getByRole('status')).toHaveText('Saved. Stock is now 3.')
      await expect(stockLine).toHaveText('Only 3 left', { timeout: 2000 })
    })

    await test.step('the admin takes the last 3: the shopper’s page says "Out of stock"', async () => {
      for (let i = 0; i < 3; i++) await card.getByRole('button', { name: 'One less' }).click()
      await expect(card.getByLabel('Adjust stock by')).toHaveValue('-3')
      await card.getByRole('button', { name: 'Save' }).click()
      await expect(card).toContainText('Out of stock')
      await expect(stockLine).toHaveText('Out of stock', { timeout: 2000 })
    })
  } finally {
    // Stock lives on the variants (DESIGN §10); a demo product has one, and the trigger rolls it up.
    await sql`update product_variants set stock = ${initialStock} where product_id = ${product.id} and deleted_at is null`
    await admin.close()
  }
})
