import { expect, productsInStock, test, waitForCatalog } from './fixtures.ts'

// The banner is the subject here: start without the fixtures' pre-chosen refusal.
test.use({ analyticsConsentChosen: false })

test('a shopper who rejects analytics leaves no analytics row; one who accepts leaves each event once', async ({
  page,
  sql,
}) => {
  const [product, another] = await productsInStock(sql, 2, 20)
  if (!product || !another) throw new Error('no products in stock')
  const banner = page.getByRole('region', { name: 'Your privacy' })
  const rowsSince = async (since: Date) => {
    const [row] = await sql<{ count: number }[]>`
      select count(*)::int as count from analytics_events where received_at >= ${since}`
    return row?.count ?? 0
  }
  const eventsOf = async (anonymousId: string) =>
    sql<{ event: string; count: number }[]>`
      select event, count(*)::int as count from analytics_events
      where anonymous_id = ${anonymousId} group by event order by event`
  const browseAndAdd = async () => {
    await page.goto(`/p/${product.slug}`)
    await page.getByRole('button', { name: 'Add to cart', exact: true }).click()
    await page.goto('/')
  }

  await test.step('reject: browsing a product and adding it to the cart records nothing', async () => {
    const start = new Date(Date.now() - 1000)
    await page.goto('/')
    await expect(banner).toBeVisible()
    await banner.getByRole('button', { name: 'Reject' }).click()
    await expect(banner).toBeHidden()
    await waitForCatalog(page, sql)
    await browseAndAdd()
    // A flush would happen at idle and on page hide: leave the page to give both their chance.
    await page.goto('about:blank')
    await page.goto('/')
    expect(await rowsSince(start)).toBe(0)
    expect(await page.evaluate(() => localStorage.getItem('storefront.analytics-id'))).toBeNull()
  })

  await test.step('the footer reopens the choice; accept: the page view, product view and addition arrive once each', async () => {
    await page.getByRole('button', { name: 'Privacy choices' }).click()
    await banner.getByRole('button', { name: 'Accept' }).click()
    await expect(banner).toBeHidden()
    await page.goto(`/p/${another.slug}`)
    await page.getByRole('button', { name: 'Add to cart', exact: true }).click()
    const anonymousId = await page.evaluate(() => localStorage.getItem('storefront.analytics-id'))
    expect(anonymousId).toMatch(/^[0-9a-f-]{36}$/)
    // Sent at idle, while the shopper is still on the page.
    await expect
      .poll(async () => (await eventsOf(anonymousId ?? '')).some((r) => r.event === 'Product Added'), {
        timeout: 20_000,
      })
      .toBe(true)
    await page.goto('/')
    await expect
      .poll(async () => Object.fromEntries((await eventsOf(anonymousId ?? '')).map((r) => [r.event, r.count])), {
        timeout: 20_000,
      })
      .toEqual({ 'Page Viewed': 3, 'Product Added': 1, 'Product Viewed': 1 })
  })
})
