import { countLocalProducts, expect, goOffline, test, waitForServiceWorker } from './fixtures.ts'

test('a German shopper finds headphones by their German name, with or without the umlaut', async ({ page, sql }) => {
  const [named] = await sql<{ count: number }[]>`
    select count(*)::int as count from products
    where deleted_at is null and translations -> 'de' ->> 'name' like '%Kopfhörer%'`
  expect(named?.count).toBeGreaterThan(0)
  const searchBox = page.getByRole('combobox', { name: 'Im Shop suchen' })
  // Suggestions come from the device's index once it is built, over the texts the device holds in
  // the language (the catalog sync's); the results of a submitted search come from the server's.
  await test.step('the results show German names with the matched word marked', async () => {
    await page.goto('/de')
    await searchBox.fill('kopfhorer')
    await searchBox.press('Enter')
    await expect(page).toHaveURL(/\/de\/search\?q=kopfhorer/)
    const results = page.getByRole('list', { name: /kopfhorer/ })
    await expect(results.getByRole('link').first()).toContainText('Kopfhörer')
    await expect(results.locator('mark').first()).toHaveText(/Kopfhörer/)
  })
})

test('an Arabic shopper finds products by their Arabic names, with or without tashkeel', async ({ page }) => {
  for (const q of ['سماعات رأس', 'سَمّاعاتُ رَأْسٍ']) {
    await page.goto(`/ar/search?q=${encodeURIComponent(q)}`)
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    const results = page.getByRole('list', { name: new RegExp(q) })
    await expect(results.getByRole('link').first()).toContainText('سماعات رأس')
    await expect(results.locator('mark').first()).toHaveText(/سماعات|رأس/)
  }
})

test('offline, the device searches in its language over the texts it holds', async ({ page, context, sql }) => {
  const [headphones] = await sql<{ id: string; translations: Record<string, { name?: string }> }[]>`
    select id, translations from products
    where deleted_at is null and translations -> 'de' ->> 'name' like '%Kopfhörer%'
    order by slug limit 1`
  const [counted] = await sql<{ count: number }[]>`
    select count(*)::int as count from products where deleted_at is null`
  const germanName = headphones!.translations.de!.name!

  await test.step('the German shop syncs its catalog', async () => {
    await page.goto('/de')
    await waitForServiceWorker(page)
    await expect.poll(() => countLocalProducts(page), { timeout: 30_000 }).toBe(counted?.count ?? 0)
  })

  await test.step('the device holds the German texts of its catalog', async () => {
    await expect
      .poll(
        () =>
          page.evaluate(
            (id) =>
              new Promise<string | null>((resolve, reject) => {
                const open = indexedDB.open('storefront')
                open.onerror = () => reject(open.error)
                open.onsuccess = () => {
                  const db = open.result
                  const read = db.transaction('products').objectStore('products').get(id)
                  read.onsuccess = () => {
                    db.close()
                    resolve(read.result?.translations?.de?.name ?? null)
                  }
                  read.onerror = () => reject(read.error)
                }
              }),
            headphones!.id,
          ),
        { timeout: 30_000 },
      )
      .toBe(germanName)
  })

  await test.step('offline, typing the German word suggests the German category and product names', async () => {
    await goOffline(context)
    await page.reload()
    const searchBox = page.getByRole('combobox', { name: 'Im Shop suchen' })
    await searchBox.click()
    await searchBox.pressSequentially('kopfhörer', { delay: 30 })
    const suggestions = page.getByRole('listbox', { name: 'Vorschläge' })
    await expect(suggestions.getByRole('option').first()).toContainText('Kopfhörer & Audio')
    await expect(suggestions.getByRole('option').filter({ hasText: 'Bluetooth-Kopfhörer' }).first()).toBeVisible()
    await expect(page.getByText('Aus deinem Offline-Katalog').first()).toBeVisible()
  })
})
