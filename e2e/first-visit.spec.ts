import {
  expect,
  goOffline,
  layoutShiftsOf,
  productsInStock,
  recordLayoutShifts,
  syncStatus,
  test,
  waitForCatalog,
  waitForServiceWorker,
} from './fixtures.ts'

test('a first visit gets the product page as real HTML, the app takes over without a shift, and it works offline after', async ({
  browser,
  page,
  context,
  request,
  sql,
}) => {
  const [product] = await productsInStock(sql, 1)
  if (!product) throw new Error('no product in stock')
  const [{ price } = { price: 0 }] = await sql<{ price: number }[]>`select price from products where id = ${product.id}`
  const shownPrice = new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(price / 100)

  await test.step('without JavaScript the first HTML already shows the product; unknown pages are 404s', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const htmlOnly = await noScript.newPage()
    const response = await htmlOnly.goto(`/p/${product.slug}`)
    expect(response?.status()).toBe(200)
    await expect(htmlOnly.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
    await expect(htmlOnly.getByRole('article').getByText(shownPrice)).toBeVisible()
    await expect(htmlOnly).toHaveTitle(`${product.name} · Storefront`)
    const missing = await htmlOnly.goto('/p/no-such-product')
    expect(missing?.status()).toBe(404)
    await expect(htmlOnly.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible()
    await noScript.close()
    expect((await request.get('/nope')).status()).toBe(404)
  })

  await test.step('with JavaScript the app takes over the same page with no layout shift, and it works', async () => {
    await page.addInitScript(recordLayoutShifts)
    await page.goto(`/p/${product.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
    // Only the app says whether the shopper's changes are synced: once it does, it has taken over.
    await expect(syncStatus(page)).toBeVisible()
    expect(await layoutShiftsOf(page)).toEqual([])
    // What the click changes (the button's label, "1 in your cart", the sync status) answers the
    // shopper's input, which CLS leaves out only for 500 ms: on a busy machine it can come later.
    await page.getByRole('button', { name: 'Add to cart', exact: true }).click()
    await expect(page.getByRole('link', { name: 'Cart, 1 item' })).toBeVisible()
  })

  await test.step('home, category and search pages are taken over without a shift too', async () => {
    const [category] = await sql<{ slug: string; name: string }[]>`
      select slug, name from categories where deleted_at is null order by position limit 1`
    if (!category) throw new Error('no category')
    const fresh = await browser.newContext()
    const visitor = await fresh.newPage()
    await visitor.addInitScript(recordLayoutShifts)
    for (const [path, heading] of [
      ['/', 'Everything for the way you live'],
      [`/c/${category.slug}`, category.name],
      ['/search?q=headphones', 'Results for “headphones”'],
    ] as const) {
      await visitor.goto(path)
      await expect(visitor.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      await expect(syncStatus(visitor)).toBeVisible()
      expect(await layoutShiftsOf(visitor), path).toEqual([])
    }
    await fresh.close()
  })

  await test.step('offline, a reload of the page still shows the product from the device', async () => {
    await waitForServiceWorker(page)
    await waitForCatalog(page, sql)
    await goOffline(context)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
    await expect(page.getByRole('article').getByText(shownPrice)).toBeVisible()
  })
})
