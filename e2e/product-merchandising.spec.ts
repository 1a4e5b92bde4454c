/**
 * The product page's merchandising around the product itself: breadcrumbs, readable tags that
 * search, the shop's shipping and returns promises, related and recently viewed products, and the
 * phone's sticky add-to-cart bar.
 */
import type postgres from 'postgres'
import {
  expect,
  goOffline,
  productsInStock,
  syncStatus,
  test,
  waitForCatalog,
  waitForServiceWorker,
} from './fixtures.ts'

type Sql = ReturnType<typeof postgres>

type TaggedProduct = { slug: string; name: string; categorySlug: string; categoryName: string }

/** A live product of the demo catalog tagged `home-cinema`, with its category. */
async function homeCinemaProduct(sql: Sql): Promise<TaggedProduct> {
  const [row] = await sql<TaggedProduct[]>`
    select p.slug, p.name, c.slug as "categorySlug", c.name as "categoryName"
    from products p join categories c on c.id = p.category_id
    where 'home-cinema' = any(p.tags) and p.deleted_at is null and c.deleted_at is null
    order by p.slug limit 1`
  if (!row) throw new Error('the demo catalog has no product tagged home-cinema')
  return row
}

test('the server’s HTML has breadcrumbs, readable tags and shipping and returns', async ({ browser, sql }) => {
  const product = await homeCinemaProduct(sql)
  const noScript = await browser.newContext({ javaScriptEnabled: false })
  const htmlOnly = await noScript.newPage()
  await htmlOnly.goto(`/p/${product.slug}`)
  const crumbs = htmlOnly.getByRole('navigation', { name: 'Breadcrumb' })
  await expect(crumbs.getByRole('link', { name: product.categoryName })).toHaveAttribute(
    'href',
    `/en/c/${product.categorySlug}`,
  )
  await expect(crumbs.getByText(product.name)).toHaveAttribute('aria-current', 'page')
  await expect(htmlOnly.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'Home cinema' })).toBeVisible()
  await htmlOnly.getByText('Shipping & returns').click()
  await expect(htmlOnly.getByText('Free standard shipping on orders from $100.00')).toBeVisible()
  await noScript.close()
})

test('a shopper reads breadcrumbs, tags and shipping and returns, and follows them', async ({ page, sql }) => {
  const product = await homeCinemaProduct(sql)
  const main = page.getByRole('main')
  const breadcrumb = page.getByRole('navigation', { name: 'Breadcrumb' })

  await test.step('the app shows the same: Home › category › product, humanized tags', async () => {
    await page.goto(`/p/${product.slug}`)
    await expect(syncStatus(page)).toBeVisible()
    await expect(breadcrumb.getByRole('listitem')).toHaveText(['Home', product.categoryName, product.name])
    await expect(breadcrumb.getByText(product.name)).toHaveAttribute('aria-current', 'page')
    const tags = main.getByRole('list', { name: 'Tags' })
    await expect(tags.getByRole('link', { name: 'Home cinema', exact: true })).toBeVisible()
    await expect(tags.getByText('home-cinema')).toHaveCount(0)
  })

  await test.step('shipping and returns open from a closed disclosure', async () => {
    const promise = main.getByText('Returns within 30 days of delivery')
    await expect(promise).toBeHidden()
    await main.getByText('Shipping & returns').click()
    await expect(promise).toBeVisible()
    await expect(main.getByText('Free standard shipping on orders from $100.00')).toBeVisible()
    await expect(main.getByText('Standard delivery: 3–5 working days')).toBeVisible()
    await expect(main.getByText('Express delivery: 1–2 working days')).toBeVisible()
  })

  await test.step('a tag searches for it', async () => {
    await main.getByRole('list', { name: 'Tags' }).getByRole('link', { name: 'Home cinema', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Results for “Home cinema”' })).toBeVisible()
    await expect(main.getByRole('link', { name: new RegExp(`^${escapeRegExp(product.name)}`) })).toBeVisible()
    await page.goBack()
  })

  await test.step('the breadcrumb leads to the category', async () => {
    await breadcrumb.getByRole('link', { name: product.categoryName }).click()
    await expect(page).toHaveURL(new RegExp(`/c/${product.categorySlug}$`))
    await expect(page.getByRole('heading', { level: 1, name: product.categoryName })).toBeVisible()
  })
})

test('a shopper sees related and recently viewed products, offline too', async ({ browser, page, context, sql }) => {
  const productA = await homeCinemaProduct(sql)
  const related = page.getByRole('region', { name: 'You may also like' })
  const recent = page.getByRole('region', { name: 'Recently viewed' })
  const cardNames = (region: typeof related) => region.locator('.product-card__name').allTextContents()
  let serverRelated: string[] = []

  await test.step('the server lists related products under the product', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false })
    const htmlOnly = await noScript.newPage()
    await htmlOnly.goto(`/p/${productA.slug}`)
    const list = htmlOnly.getByRole('region', { name: 'You may also like' })
    await expect(list.getByRole('listitem').first()).toBeVisible()
    serverRelated = await cardNames(list)
    expect(serverRelated.length).toBeGreaterThan(0)
    expect(serverRelated.length).toBeLessThanOrEqual(4)
    expect(serverRelated).not.toContain(productA.name)
    await noScript.close()
  })

  await test.step('the app lists the same, from the device’s catalog once it has it; nothing viewed before', async () => {
    await page.goto(`/p/${productA.slug}`)
    await expect(syncStatus(page)).toBeVisible()
    await waitForServiceWorker(page)
    await waitForCatalog(page, sql)
    await expect.poll(() => cardNames(related)).toEqual(serverRelated)
    await expect(recent).toHaveCount(0)
  })

  const productB = serverRelated[0] ?? ''
  await test.step('product B, reached from the related list, shows A as recently viewed', async () => {
    await related.getByRole('link', { name: new RegExp(`^${escapeRegExp(productB)}`) }).click()
    await expect(page.getByRole('heading', { level: 1, name: productB })).toBeVisible()
    await expect(recent.getByRole('link', { name: new RegExp(`^${escapeRegExp(productA.name)}`) })).toBeVisible()
    expect(await cardNames(recent)).toEqual([productA.name])
  })

  await test.step('back on A, B is the one recently viewed: a page never lists itself', async () => {
    await page.goBack()
    await expect(page.getByRole('heading', { level: 1, name: productA.name })).toBeVisible()
    await expect.poll(() => cardNames(recent)).toEqual([productB])
  })

  await test.step('offline, both lists still show on a reload', async () => {
    await goOffline(context)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: productA.name })).toBeVisible()
    await expect.poll(() => cardNames(recent)).toEqual([productB])
    await expect.poll(() => cardNames(related)).toEqual(serverRelated)
  })
})

test('on a phone a sticky bar adds to cart once the page’s button scrolled away; not on a desktop', async ({
  page,
  sql,
}) => {
  const [product] = await productsInStock(sql, 1, 2)
  if (!product) throw new Error('no product in stock')
  const bar = page.locator('.sticky-cart')
  const pageForm = page.getByRole('main').locator('form.add-to-cart')
  const scrolledPast = () => pageForm.evaluate((form) => form.getBoundingClientRect().bottom < 0)
  const scrollToEnd = () => page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))

  await test.step('at 360 px the bar is hidden (from screen readers too) while the page’s button is in view', async () => {
    await page.setViewportSize({ width: 360, height: 640 })
    await page.goto(`/p/${product.slug}`)
    await expect(syncStatus(page)).toBeVisible()
    await expect(bar).toBeHidden()
    await expect(page.getByRole('button', { name: 'Add to cart', exact: true })).toHaveCount(1)
  })

  await test.step('scrolled past it, the bar shows the product, its price and a working button', async () => {
    await scrollToEnd()
    await expect.poll(scrolledPast).toBe(true)
    await expect(bar).toBeVisible()
    await expect(bar.getByText(product.name)).toBeVisible()
    await expect(bar.locator('.price__amount')).toHaveText(
      (await page.locator('.product__price .price__amount').textContent()) ?? '',
    )
    await bar.getByRole('button', { name: 'Add to cart', exact: true }).click()
    await expect(pageForm.getByText('1 in your cart')).toBeAttached()
    await expect(bar.getByRole('button', { name: 'Update cart', exact: true })).toBeVisible()
    const box = await bar.boundingBox()
    expect(box && Math.round(box.y + box.height)).toBe(640)
  })

  await test.step('back at the top it goes away again', async () => {
    await page.evaluate(() => window.scrollTo(0, 0))
    await expect(bar).toBeHidden()
  })

  await test.step('on a desktop there is no bar, however far the shopper scrolls', async () => {
    await page.setViewportSize({ width: 1280, height: 720 })
    await scrollToEnd()
    await expect.poll(scrolledPast).toBe(true)
    await expect(bar).toBeHidden()
  })
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
