import { e2eAdmin } from './e2e-env.ts'
import { expect, goOffline, goOnline, signInViaApi, test, waitForCatalog, waitForServiceWorker } from './fixtures.ts'

test('searches and result clicks, online and offline, reach the admin’s search analytics', async ({
  browser,
  baseURL,
  context,
  page,
  sql,
}) => {
  const searchBox = page.getByRole('combobox', { name: 'Search the shop' })
  const recorded = async (query: string) => {
    const [row] = await sql<{ searches: number; clicks: number }[]>`
      select (select count(*)::int from search_queries where query = ${query}) as searches,
             (select count(*)::int from search_clicks c join search_queries q on q.id = c.search_id
               where q.query = ${query}) as clicks`
    return row ?? { searches: 0, clicks: 0 }
  }

  await test.step('a shopper has the app and the catalog for offline use', async () => {
    await page.goto('/')
    await waitForServiceWorker(page)
    await waitForCatalog(page, sql)
  })

  await test.step('online, the shopper searches and opens a result: the server records both', async () => {
    const before = await recorded('wireless mouse')
    await searchBox.fill('Wireless mouse')
    await searchBox.press('Enter')
    const results = page.getByRole('list', { name: 'Results for “Wireless mouse”' })
    await expect(results.getByRole('link').first()).toContainText('Wireless Mouse')
    await results.getByRole('link').first().click()
    await expect(page).toHaveURL(/\/p\//)
    await expect
      .poll(() => recorded('wireless mouse'))
      .toEqual({
        searches: before.searches + 1,
        clicks: before.clicks + 1,
      })
  })

  await test.step('offline, the shopper searches "hedphones" and opens a result: both wait in the outbox', async () => {
    await goOffline(context)
    await searchBox.fill('hedphones')
    await searchBox.press('Enter')
    await expect(page.getByRole('status').filter({ hasText: 'From your offline catalog' })).toBeVisible()
    const results = page.getByRole('list', { name: 'Results for “hedphones”' })
    await expect(results.getByRole('link').first()).toContainText('Headphones')
    await results.getByRole('link').first().click()
    await expect(page).toHaveURL(/\/p\//)
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Headphones')
    // Analytics events are not the shopper's changes: nothing "pending" in the header for them.
    await expect(page.getByText(/changes? pending/)).toHaveCount(0)
    expect(await recorded('hedphones')).toEqual({ searches: 0, clicks: 0 })
  })

  await test.step('back online, the offline search and its click reach the server, once', async () => {
    await goOnline(context)
    await expect.poll(() => recorded('hedphones'), { timeout: 20_000 }).toEqual({ searches: 1, clicks: 1 })
  })

  await test.step('a shopper who opens the admin page is told to sign in as an admin', async () => {
    await page.goto('/admin/search')
    await expect(page.getByText('Sign in with an administrator account to see this page.')).toBeVisible()
    expect((await context.request.get('/api/admin/search-analytics')).status()).toBe(401)
  })

  const admin = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } })
  const adminPage = await admin.newPage()
  await test.step('the admin finds the search analytics from the account page, on a phone', async () => {
    await signInViaApi(admin.request, e2eAdmin)
    await adminPage.goto('/account')
    await adminPage.getByRole('link', { name: 'Search analytics' }).click()
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Search analytics' })).toBeVisible()
  })

  await test.step('today’s report lists "hedphones" with its click, in tables that scroll inside the page', async () => {
    const today = new Date().toISOString().slice(0, 10)
    await adminPage.getByLabel('From', { exact: true }).fill(today)
    await adminPage.getByLabel('To', { exact: true }).fill(today)
    await adminPage.getByLabel('To', { exact: true }).press('Enter')
    await expect(adminPage).toHaveURL(new RegExp(`from=${today}&to=${today}`))

    const top = adminPage.getByRole('table', { name: 'Top queries' })
    const row = top
      .getByRole('row')
      .filter({ has: adminPage.getByRole('rowheader', { name: 'hedphones', exact: true }) })
    // Cells: searches, average results, clicks, click-through rate.
    await expect(row.getByRole('cell').nth(0)).toHaveText('1')
    await expect(row.getByRole('cell').nth(2)).toHaveText('1')
    await expect(row.getByRole('cell').nth(3)).toHaveText('100%')
    const mouse = top.getByRole('row').filter({ has: adminPage.getByRole('rowheader', { name: 'wireless mouse' }) })
    await expect(mouse.getByRole('cell').nth(2)).not.toHaveText('0')

    const pageWidth = await adminPage.evaluate(() => document.documentElement.scrollWidth)
    expect(pageWidth).toBeLessThanOrEqual(360)
    // The table's scrolling box is reachable by keyboard.
    await adminPage.getByRole('region', { name: 'Top queries' }).focus()
    await expect(adminPage.getByRole('region', { name: 'Top queries' })).toBeFocused()
  })

  await test.step('a start after the end is refused on the spot', async () => {
    await adminPage.getByLabel('From', { exact: true }).fill('2030-01-02')
    await adminPage.getByLabel('To', { exact: true }).fill('2030-01-01')
    await adminPage.getByRole('button', { name: 'Show' }).click()
    await expect(adminPage.getByText('The start must not be after the end.')).toBeVisible()
    await expect(adminPage.getByLabel('From', { exact: true })).toBeFocused()
  })

  await test.step('in German, the admin page’s own strings follow, on a switch and on a fresh load', async () => {
    await adminPage.getByRole('combobox', { name: 'Language' }).selectOption('de')
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Suchanalyse' })).toBeVisible()
    await expect(adminPage.getByRole('navigation', { name: 'Verwaltung' })).toBeVisible()
    await expect(adminPage).toHaveTitle('Suchanalyse · Storefront')
    await adminPage.reload()
    await expect(adminPage.getByRole('heading', { level: 1, name: 'Suchanalyse' })).toBeVisible()
    await expect(adminPage.getByLabel('Von', { exact: true })).toBeVisible()
    await expect(adminPage.getByRole('link', { name: 'Bestellungen' })).toBeVisible()
  })
  await admin.close()
})
