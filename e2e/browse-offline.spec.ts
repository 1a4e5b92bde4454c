import { countLocalProducts, expect, goOffline, goOnline, test, waitForServiceWorker } from './fixtures.ts'

test('a shopper browses the catalog offline after one visit, and sees server changes once back online', async ({
  page,
  context,
  sql,
}) => {
  const [counted] = await sql<{ count: number }[]>`
    select count(*)::int as count from products where deleted_at is null`
  const liveProducts = counted?.count ?? 0
  expect(liveProducts).toBeGreaterThanOrEqual(500)

  await test.step('first visit installs the service worker and syncs the whole catalog', async () => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await waitForServiceWorker(page)
    await expect.poll(() => countLocalProducts(page), { timeout: 30_000 }).toBe(liveProducts)
  })

  const [product] = await sql<{ slug: string; name: string; category: string }[]>`
    select p.slug, p.name, c.name as category
    from products p join categories c on c.id = p.category_id
    where p.deleted_at is null
    order by p.slug limit 1`
  if (!product) throw new Error('the seeded catalog has no product')

  await test.step('the product page is visited once online, so its image gets cached', async () => {
    await page.goto(`/p/${product.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
    await expectMainImageLoaded(page)
  })

  await test.step('offline, a reload still shows the home page, a category and the product with its image', async () => {
    await goOffline(context)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible()

    const categories = page.getByRole('navigation', { name: 'Categories' })
    await categories.getByRole('link', { name: product.category, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: product.category })).toBeVisible()
    await page.getByRole('link', { name: product.name }).first().click()
    await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
    await expectMainImageLoaded(page)

    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
  })

  const renamed = `${product.name} (Edition 2027)`
  await test.step('back online, a product changed on the server appears after sync', async () => {
    await sql`update products set name = ${renamed} where slug = ${product.slug}`
    await goOnline(context)
    await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible({ timeout: 15_000 })
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toHaveCount(0)
  })
})

async function expectMainImageLoaded(page: import('@playwright/test').Page): Promise<void> {
  const image = page.getByRole('main').getByRole('img').first()
  await expect(image).toBeVisible()
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
}
