import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults } from 'axe-core'
import { expect, productsInStock, test, waitForCatalog } from './fixtures.ts'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

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

  await test.step('on a 360 px phone the banner fits, offers its choices and has no axe violations', async () => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/')
    await expect(banner).toBeVisible()
    await banner.getByRole('button', { name: 'Choose' }).click()
    await expect(banner.getByRole('checkbox', { name: 'Measure how I use the shop' })).not.toBeChecked()
    await expect(banner.getByRole('button', { name: 'Save choices' })).toBeVisible()
    const box = await banner.boundingBox()
    expect(box && box.x >= 0 && box.x + box.width <= 360).toBe(true)
    await page.evaluate(axeSource)
    const results = await page.evaluate(() =>
      (window as unknown as { axe: { run: (context: string, options: object) => Promise<AxeResults> } }).axe.run(
        '.consent-banner',
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
      ),
    )
    expect(results.violations.map((v) => v.id)).toEqual([])
    await page.setViewportSize({ width: 1280, height: 720 })
  })

  await test.step('reject: browsing a product and adding it to the cart records nothing', async () => {
    const start = new Date(Date.now() - 1000)
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
