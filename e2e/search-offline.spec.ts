import { countLocalProducts, expect, goOffline, goOnline, test, waitForServiceWorker } from './fixtures.ts'

test('a shopper searches offline: suggestions and results come from the local index, which keeps up with sync', async ({
  page,
  context,
  sql,
}) => {
  const [counted] = await sql<{ count: number }[]>`
    select count(*)::int as count from products where deleted_at is null`
  const searchBox = page.getByRole('combobox', { name: 'Search the shop' })
  const suggestions = page.getByRole('listbox', { name: 'Suggestions' })

  await test.step('the first visit installs the app and syncs the catalog', async () => {
    await page.goto('/')
    await waitForServiceWorker(page)
    await expect.poll(() => countLocalProducts(page), { timeout: 30_000 }).toBe(counted?.count ?? 0)
  })

  await test.step('offline, typing a misspelt word suggests matching products from the local index', async () => {
    await goOffline(context)
    await page.reload()
    await searchBox.click()
    await searchBox.pressSequentially('hedphones', { delay: 30 })
    await expect(suggestions).toBeVisible()
    await expect(searchBox).toHaveAttribute('aria-expanded', 'true')
    const options = suggestions.getByRole('option')
    await expect(options.first()).toContainText('Headphones')
    await expect(page.getByText('From your offline catalog').first()).toBeVisible()

    await searchBox.press('ArrowDown')
    await expect(options.first()).toHaveAttribute('aria-selected', 'true')
    const activeId = await options.first().getAttribute('id')
    await expect(searchBox).toHaveAttribute('aria-activedescendant', activeId ?? '')
    await searchBox.press('Escape')
    await expect(searchBox).toHaveAttribute('aria-expanded', 'false')
    await expect(suggestions).toBeHidden()
  })

  await test.step('the prefix "lap" suggests the laptops category and laptops', async () => {
    await searchBox.fill('')
    await searchBox.pressSequentially('lap', { delay: 30 })
    await expect(suggestions.getByRole('option').first()).toContainText('Laptops')
    await expect(
      suggestions
        .getByRole('option')
        .filter({ hasText: /Laptop$/ })
        .first(),
    ).toBeVisible()
  })

  await test.step('submitting shows results with highlights, marked as coming from the offline catalog', async () => {
    await searchBox.fill('wirless mouse')
    await searchBox.press('Enter')
    await expect(page).toHaveURL(/\/search\?q=wirless\+mouse/)
    await expect(page.getByRole('heading', { level: 1, name: 'Results for “wirless mouse”' })).toBeVisible()
    const results = page.getByRole('list', { name: 'Results for “wirless mouse”' })
    await expect(results.getByRole('link').first()).toContainText('Wireless Mouse')
    await expect(results.locator('mark').first()).toHaveText(/wireless|mouse/i)
    await expect(page.getByRole('status').filter({ hasText: 'From your offline catalog' })).toBeVisible()

    const inStock = page.getByRole('checkbox', { name: /In stock only/ })
    const countBefore = await page
      .getByRole('status')
      .filter({ hasText: /products?/ })
      .textContent()
    await inStock.check()
    await expect(page).toHaveURL(/inStock=true/)
    await expect(inStock).toBeChecked()
    await expect(page.getByRole('status').filter({ hasText: /products?/ })).not.toHaveText(countBefore ?? '')
  })

  await test.step('a query with no match offers "did you mean" and popular categories', async () => {
    await searchBox.fill('hedfones')
    await searchBox.press('Enter')
    await expect(page.getByText('No products match “hedfones”.')).toBeVisible()
    await expect(page.getByRole('link', { name: 'headphones', exact: true })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Popular categories' })).toBeVisible()
    await page.getByRole('link', { name: 'headphones', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Results for “headphones”' })).toBeVisible()
  })

  const [product] = await sql<{ id: string; name: string }[]>`
    select id, name from products where deleted_at is null order by slug limit 1`
  const renamed = 'Aurora Borealis Lantern'
  await test.step('a product renamed on the server is found by its new name after the next sync', async () => {
    await sql`update products set name = ${renamed} where id = ${product!.id}`
    // Coming back online syncs the catalog; the local index follows the synced rows.
    await goOnline(context)
    await expect
      .poll(() =>
        page.evaluate(
          (id) =>
            new Promise<string | undefined>((resolve, reject) => {
              const open = indexedDB.open('storefront')
              open.onerror = () => reject(open.error)
              open.onsuccess = () => {
                const request = open.result.transaction('products').objectStore('products').get(id)
                request.onsuccess = () => {
                  open.result.close()
                  resolve((request.result as { name?: string } | undefined)?.name)
                }
              }
            }),
          product!.id,
        ),
      )
      .toBe(renamed)
    await goOffline(context)
    await searchBox.fill('')
    await searchBox.pressSequentially('aurora boreal', { delay: 30 })
    await expect(suggestions.getByRole('option').first()).toContainText(renamed)
    await searchBox.press('ArrowDown')
    await searchBox.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: renamed })).toBeVisible()
  })
})
