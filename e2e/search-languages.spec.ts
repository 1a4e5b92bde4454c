import { expect, test } from './fixtures.ts'

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
