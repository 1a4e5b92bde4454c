import { expect, test } from './fixtures.ts'

test('a shopper switches the shop to German: texts, prices and the page language follow, and the choice is kept', async ({
  page,
  sql,
}) => {
  const [product] = await sql<{ slug: string; name: string; price: number; currency: string }[]>`
    select slug, name, price, currency from products
    where deleted_at is null and price >= 100000 order by slug limit 1`
  if (!product) throw new Error('the seeded catalog has no product priced from 1,000.00')

  await page.goto(`/p/${product.slug}`)
  await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
  const englishPrice = new Intl.NumberFormat('en', { style: 'currency', currency: product.currency }).format(
    product.price / 100,
  )
  await expect(page.getByRole('main').getByText(englishPrice).first()).toBeVisible()

  await page.getByRole('combobox', { name: 'Language' }).selectOption('de')

  const germanPrice = new Intl.NumberFormat('de', { style: 'currency', currency: product.currency }).format(
    product.price / 100,
  )
  await expect(page.getByRole('main').getByText(germanPrice).first()).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toBeVisible()

  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Alles für deinen Alltag' })).toBeVisible()
})
