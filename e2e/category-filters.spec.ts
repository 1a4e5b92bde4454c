import { cartDrawer, expect, syncStatus, test } from './fixtures.ts'

test('a shopper filters a category by brand and stock, the URL keeps it through a reload and Back, clears it, and adds a filtered product to the cart', async ({
  page,
  sql,
}) => {
  // A category with several brands, one of which has products sold in one form and in stock.
  const [choice] = await sql<{ slug: string; name: string; brand: string; total: number }[]>`
    select c.slug, c.name, p.brand, (select count(*)::int from products a where a.category_id = c.id and a.deleted_at is null) as total
    from products p join categories c on c.id = p.category_id
    where p.deleted_at is null and c.deleted_at is null and p.options = '[]'::jsonb and p.stock > 0
      and (select count(distinct b.brand) from products b where b.category_id = c.id and b.deleted_at is null) > 1
    group by c.id, c.slug, c.name, p.brand
    order by count(*) desc, c.slug, p.brand limit 1`
  if (!choice) throw new Error('no category with several brands')
  const [{ matching } = { matching: 0 }] = await sql<{ matching: number }[]>`
    select count(*)::int as matching from products p join categories c on c.id = p.category_id
    where c.slug = ${choice.slug} and p.deleted_at is null and p.brand = ${choice.brand} and p.stock > 0`
  const main = page.getByRole('main')
  const count = main.getByText(/^\d+ products?$/)
  const brand = main.getByRole('checkbox', { name: new RegExp(`^${literal(choice.brand)} \\d+$`) })
  const inStock = main.getByRole('checkbox', { name: /^In stock only \d+$/ })
  const shown = (n: number) => `${n} ${n === 1 ? 'product' : 'products'}`

  await page.goto(`/c/${choice.slug}`)
  await expect(syncStatus(page)).toBeVisible()
  await expect(count).toHaveText(shown(choice.total))

  await test.step('brand and in stock narrow the products and go into the URL', async () => {
    await main.getByText('Filters', { exact: true }).click()
    await brand.check()
    await expect(page).toHaveURL(new RegExp(`/c/${choice.slug}\\?brand=[^&]+$`))
    await inStock.check()
    await expect(page).toHaveURL(new RegExp(`/c/${choice.slug}\\?brand=[^&]+&inStock=true$`))
    await expect(count).toHaveText(shown(matching))
    await expect(
      main
        .getByRole('listitem')
        .filter({ has: page.getByRole('link') })
        .first(),
    ).toBeVisible()
  })

  await test.step('a reload keeps the filters (the server renders them), and Back undoes the last one', async () => {
    await page.reload()
    await expect(syncStatus(page)).toBeVisible()
    await expect(count).toHaveText(shown(matching))
    await main.getByText('Filters', { exact: true }).click()
    await expect(brand).toBeChecked()
    await expect(inStock).toBeChecked()
    await page.goBack()
    await expect(page).toHaveURL(new RegExp(`/c/${choice.slug}\\?brand=[^&]+$`))
    await expect(inStock).not.toBeChecked()
    await page.goForward()
    await expect(inStock).toBeChecked()
  })

  await test.step('a filtered product goes into the cart, and the drawer shows it', async () => {
    const add = main.getByRole('button', { name: /^Add to cart: / }).first()
    const name = (await add.getAttribute('aria-label'))?.replace(/^Add to cart: /, '') ?? ''
    await add.click()
    await expect(cartDrawer(page)).toContainText(name)
    await page.keyboard.press('Escape')
    await expect(cartDrawer(page)).toBeHidden()
  })

  await test.step('"Clear all filters" shows the whole category again', async () => {
    await main.getByRole('button', { name: 'Clear all filters' }).click()
    await expect(page).toHaveURL(new RegExp(`/c/${choice.slug}$`))
    await expect(count).toHaveText(shown(choice.total))
  })
})

test('the server renders a filtered category from its URL', async ({ request, sql }) => {
  const [category] = await sql<{ slug: string }[]>`
    select slug from categories where deleted_at is null order by position limit 1`
  if (!category) throw new Error('no category')
  const [{ inStock } = { inStock: 0 }] = await sql<{ inStock: number }[]>`
    select count(*)::int as "inStock" from products p join categories c on c.id = p.category_id
    where c.slug = ${category.slug} and p.deleted_at is null and p.stock > 0`
  const response = await request.get(`/c/${category.slug}?inStock=true`)
  expect(response.status()).toBe(200)
  const body = await response.text()
  expect(body).toContain(`${inStock} product`)
  expect(body).toMatch(/<input type="checkbox" checked[^>]*><span class="search-facets__label">In stock only/)
})

function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
