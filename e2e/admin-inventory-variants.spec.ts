import { randomUUID } from 'node:crypto'
import { e2eAdmin } from './e2e-env.ts'
import { expect, signInViaApi, test } from './fixtures.ts'

test('an admin restocks one size and reprices another on a phone, by keyboard, and is told when a sale changed it first', async ({
  page,
  sql,
}) => {
  // A product of the test's own, sold in two sizes, written straight to the tables.
  const productId = randomUUID()
  const name = `Trail shoe ${productId.slice(0, 8)}`
  const sku = (size: string) => `E2E-${productId.slice(0, 8)}-${size}`.toUpperCase()
  const [category] = await sql<{ id: string }[]>`select id from categories where deleted_at is null limit 1`
  const options = [
    {
      code: 'size',
      name: 'Size',
      values: [
        { code: '42', label: '42' },
        { code: '43', label: '43' },
      ],
    },
    { code: 'colour', name: 'Colour', values: [{ code: 'black', label: 'Black' }] },
  ]
  await sql`insert into products (id, slug, name, description, brand, category_id, price, currency, stock, options)
    values (${productId}, ${`e2e-${productId}`}, ${name}, 'Made by a test', 'Acme', ${category?.id ?? ''},
      8999, 'EUR', 0, ${sql.json(options)})`
  for (const [position, size] of ['42', '43'].entries())
    await sql`insert into product_variants (id, product_id, sku, option_values, price, stock, position)
      values (${randomUUID()}, ${productId}, ${sku(size)}, ${sql.json({ size, colour: 'black' })}, 8999, 3, ${position})`

  await page.setViewportSize({ width: 360, height: 740 })
  await signInViaApi(page.request, e2eAdmin)
  const card = page.getByRole('article', { name })
  const size42 = card.getByRole('group', { name: 'Size 42 · Black' })
  const size43 = card.getByRole('group', { name: 'Size 43 · Black' })

  await test.step('the admin finds the product by a SKU and sees each size with its SKU and stock', async () => {
    await page.goto('/admin/inventory')
    await page.getByLabel('Product name or SKU').fill(sku('43').toLowerCase())
    await page.keyboard.press('Enter')
    await expect(card).toContainText('6 in stock')
    await expect(card).toContainText('2 variants')
    await expect(size42).toContainText(`SKU ${sku('42')}`)
    await expect(size43).toContainText('3 in stock')
  })

  await test.step('by keyboard, size 42 gets 5 more from a delivery', async () => {
    await size42.getByLabel('Adjust stock by').focus()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('5')
    await page.keyboard.press('Tab')
    await expect(size42.getByRole('button', { name: 'One more' })).toBeFocused()
    await page.keyboard.press('Tab')
    await expect(size42.getByLabel(/^Reason/)).toBeFocused()
    await page.keyboard.type('delivery')
    await page.keyboard.press('Enter')
    await expect(size42.getByRole('status')).toHaveText('Saved. Stock is now 8.')
    await expect(card).toContainText('11 in stock')
  })

  await test.step('a sale takes a size 43 while the admin types its new price: nothing is saved, the new stock is shown', async () => {
    await sql`update product_variants set stock = stock - 1 where sku = ${sku('43')}`
    await size43.getByLabel('Price (EUR)', { exact: true }).fill('79.99')
    await size43.getByLabel(/^Compare-at price/).fill('89.99')
    await size43.getByRole('button', { name: 'Save' }).click()
    await expect(size43.getByRole('status')).toContainText('changed meanwhile (stock is now 2); nothing was saved')
    await expect(size43).toContainText('2 in stock')
    await size43.getByLabel('Price (EUR)', { exact: true }).fill('79.99')
    await size43.getByLabel(/^Compare-at price/).fill('89.99')
    await size43.getByRole('button', { name: 'Save' }).click()
    await expect(size43.getByRole('status')).toHaveText('Saved. Stock is now 2.')
    await expect(size43).toContainText('€79.99')
  })

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await page.screenshot({ path: test.info().outputPath('inventory-360.png'), fullPage: true })
  const [variant] = await sql<{ price: number; compare_at_price: number }[]>`
    select price, compare_at_price from product_variants where sku = ${sku('43')}`
  expect(variant).toEqual({ price: 7999, compare_at_price: 8999 })
})
