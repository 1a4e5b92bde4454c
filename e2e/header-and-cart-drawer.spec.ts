import type { Locator, Page } from '@playwright/test'
import type postgres from 'postgres'
import { expect, syncStatus, test } from './fixtures.ts'

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
  await country.selectOption({ label: 'Austria' })
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
