import type { Locator, Page } from '@playwright/test'
import type postgres from 'postgres'
import { cartDrawer, expect, productsInStock, syncStatus, test } from './fixtures.ts'

type Sql = ReturnType<typeof postgres>

async function liveCategories(sql: Sql): Promise<{ slug: string; name: string }[]> {
  return sql<{ slug: string; name: string }[]>`
    select slug, name from categories where deleted_at is null order by position`
}

/**
 * Every link of the category bar is brought where it can be clicked (nothing over its middle) with
 * the bar's own scroll button, in order.
 */
async function reachEveryCategory(page: Page, categories: readonly { slug: string; name: string }[]) {
  const bar = page.getByRole('navigation', { name: 'Categories' })
  const more = bar.getByRole('button', { name: 'More categories' })
  for (const category of categories) {
    const link = bar.getByRole('link', { name: category.name, exact: true })
    for (let press = 0; press < categories.length && !(await isClickable(link)); press++) {
      await more.click()
      await scrollSettled(bar.getByRole('list'))
    }
    expect(await isClickable(link), category.name).toBe(true)
  }
  const last = categories.at(-1)
  if (!last) throw new Error('no category')
  await bar.getByRole('link', { name: last.name, exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: last.name })).toBeVisible()
}

/** Whether the link is what a pointer at its middle hits: in view, and no fade or button over it. */
function isClickable(link: Locator): Promise<boolean> {
  return link.evaluate((element) => {
    const box = element.getBoundingClientRect()
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
    return hit !== null && element.contains(hit)
  })
}

/** The bar scrolls smoothly: wait until it stands still. */
async function scrollSettled(list: Locator): Promise<void> {
  let last = -1
  await expect
    .poll(async () => {
      const now = await list.evaluate((element) => element.scrollLeft)
      const still = now === last
      last = now
      return still
    })
    .toBe(true)
}

for (const [device, viewport] of [
  ['a desktop (1440 px)', { width: 1440, height: 900 }],
  ['a phone (360 px)', { width: 360, height: 740 }],
] as const) {
  test(`on ${device} every category is reachable from the one-row bar, and the header stays while scrolling`, async ({
    page,
    sql,
  }) => {
    await page.setViewportSize(viewport)
    const categories = await liveCategories(sql)
    await page.goto('/')
    await expect(syncStatus(page)).toBeVisible()
    const bar = page.getByRole('navigation', { name: 'Categories' })
    const height = await bar.evaluate((element) => element.getBoundingClientRect().height)
    // One row: no taller than a link and its padding.
    expect(height).toBeLessThan(56)
    await expect(bar.getByRole('link')).toHaveCount(categories.length)
    // Twelve categories never fit: the bar says there are more.
    await expect(bar.getByRole('button', { name: 'More categories' })).toBeVisible()
    await reachEveryCategory(page, categories)

    await test.step('the header stays on screen after scrolling down', async () => {
      await page.mouse.wheel(0, 2000)
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300)
      await expect(page.getByRole('link', { name: 'Storefront', exact: true })).toBeInViewport()
      await expect(page.getByRole('search')).toBeInViewport()
    })
  })
}

test('the skip link moves past the sticky header to the main content', async ({ page }) => {
  await page.goto('/c/shoes')
  await expect(syncStatus(page)).toBeVisible()
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
})

test('the footer has help, policies, the language and the country shipped to, kept on the device', async ({ page }) => {
  await page.goto('/')
  await expect(syncStatus(page)).toBeVisible()
  const footer = page.getByRole('contentinfo')
  await expect(footer.getByRole('combobox', { name: 'Language' })).toHaveValue('en')
  const country = footer.getByRole('combobox', { name: 'Ship to' })
  await country.selectOption({ label: 'Austria — EUR €' })
  await page.reload()
  await expect(syncStatus(page)).toBeVisible()
  await expect(country).toHaveValue('AT')
  await footer.getByRole('navigation', { name: 'Policies' }).getByRole('link', { name: 'Terms of sale' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Help and policies' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Terms of sale' })).toBeInViewport()
  // The help page is the server's HTML on a first visit too.
  const response = await page.request.get('/help')
  expect(response.status()).toBe(200)
  expect(await response.text()).toContain('Help and policies')
})

test('adding to the cart opens a drawer with the item and the subtotal, announced; Escape closes it and Checkout goes on', async ({
  page,
  sql,
}) => {
  const [first] = await productsInStock(sql, 1)
  if (!first) throw new Error('no product in stock')
  // The newest other product of its category sold in one form: the first card of the category page.
  const [second] = await sql<{ id: string; name: string; categorySlug: string }[]>`
    select p.id, p.name, c.slug as "categorySlug" from products p join categories c on c.id = p.category_id
    where p.category_id = (select category_id from products where id = ${first.id})
      and p.deleted_at is null and p.options = '[]'::jsonb and p.stock >= 10 and p.id <> ${first.id}
    order by p.created_at desc limit 1`
  if (!second) throw new Error('no second product in the category')
  const prices = await sql<{ id: string; price: number }[]>`
    select id, price from products where id in (${first.id}, ${second.id})`
  const priceOf = (id: string) => prices.find((row) => row.id === id)?.price ?? 0
  const usd = (minor: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(minor / 100)
  const drawer = cartDrawer(page)

  await test.step('from the product page: the drawer shows the item and subtotal, and says so', async () => {
    await page.goto(`/p/${first.slug}`)
    await expect(syncStatus(page)).toBeVisible()
    const add = page.getByRole('button', { name: 'Add to cart', exact: true })
    await add.click()
    await expect(drawer).toBeVisible()
    await expect(drawer).toBeFocused()
    await expect(drawer).toContainText(first.name)
    await expect(drawer).toContainText('Quantity: 1')
    await expect(drawer.getByRole('definition')).toHaveText(usd(priceOf(first.id)))
    await expect(page.getByRole('region', { name: 'Notifications' })).toContainText(`Added ${first.name} to your cart`)
    await page.keyboard.press('Escape')
    await expect(drawer).toBeHidden()
    // Focus is back on the button, which now updates the line.
    await expect(page.getByRole('button', { name: 'Update cart', exact: true })).toBeFocused()
  })

  await test.step('from a product card: the subtotal holds both, and Checkout opens the checkout', async () => {
    await page.goto(`/c/${second.categorySlug}`)
    await expect(syncStatus(page)).toBeVisible()
    await page.getByRole('button', { name: `Add to cart: ${second.name}` }).click()
    await expect(drawer).toContainText(second.name)
    await expect(drawer.getByRole('definition')).toHaveText(usd(priceOf(first.id) + priceOf(second.id)))
    await expect(page.getByRole('link', { name: 'Cart, 2 items' })).toBeVisible()
    await drawer.getByRole('link', { name: 'Checkout' }).click()
    await expect(page).toHaveURL(/\/checkout$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Checkout' })).toBeVisible()
    await expect(drawer).toBeHidden()
  })
})
