/**
 * A shopper in Arabic: the shop reads right to left. The page's direction, the header, the category
 * bar, the breadcrumb and the cart drawer are checked by where things are; the look of the home,
 * product, cart and checkout pages on a phone is guarded by screenshots (e2e/right-to-left.spec.ts-snapshots,
 * made with `npx playwright test e2e/right-to-left.spec.ts --update-snapshots` after a deliberate change).
 */
import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import type postgres from 'postgres'
import type en from '../locales/en.json'
import { expect, test } from './fixtures.ts'

type Sql = ReturnType<typeof postgres>

const arabic = JSON.parse(readFileSync(new URL('../locales/ar.json', import.meta.url), 'utf8')) as typeof en

/** An Arabic message as the page shows it (messages with arguments are matched by their start). */
function say(id: keyof typeof en): string {
  return arabic[id]
}

const phone = { width: 360, height: 780 }
const desktop = { width: 1280, height: 900 }

/**
 * Same screenshot, same pixels: a run may differ only by anti-aliasing. Nothing is masked: the pages
 * are taken once the changes are synced (the header's status then says so and stays), the product is
 * one no other spec touches, and these views show no date and no stock count.
 */
const screenshotOptions = { maxDiffPixelRatio: 0.01, fullPage: false, animations: 'disabled', caret: 'hide' } as const

/**
 * A product no other spec buys, reprices, renames or reviews (they take theirs from the start of the
 * slugs; the products they add have options), sold in one form and with so much stock that it shows
 * plainly "in stock". `name` is its Arabic name (issue 16), the English one where it has none.
 */
async function quietProduct(sql: Sql): Promise<{ slug: string; name: string }> {
  const [product] = await sql<{ slug: string; name: string }[]>`
    select slug, coalesce(translations -> 'ar' ->> 'name', name) as name from products
    where deleted_at is null and stock >= 20 and options = '[]'::jsonb
    order by slug desc limit 1`
  if (!product) throw new Error('the seeded catalog has no product for the screenshots')
  return product
}

/**
 * Waits until the page is the app's (its sync status is only the app's) with everything settled:
 * changes synced, the category bar measured, fonts and the pictures in view loaded.
 */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: say('sync.synced') })).toBeVisible()
  const bar = page.getByRole('navigation', { name: say('nav.categories') })
  if (await bar.isVisible()) await expect(bar.getByRole('button', { name: say('nav.categoriesMore') })).toBeVisible()
  await page.evaluate(async () => {
    await document.fonts.ready
    const inView = [...document.images].filter((image) => {
      const box = image.getBoundingClientRect()
      return box.bottom > 0 && box.top < innerHeight && box.width > 0
    })
    await Promise.all(inView.map((image) => image.decode().catch(() => undefined)))
  })
}

function edges(locator: Locator): Promise<{ left: number; right: number }> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect()
    return { left: box.left, right: box.right }
  })
}

test.describe('a shopper in Arabic', () => {
  test.use({ viewport: phone })

  test('the page reads right to left: the brand at the right, the breadcrumb from the right, and each page looks as it did', async ({
    page,
    sql,
  }) => {
    const product = await quietProduct(sql)

    await test.step('home: right to left, the brand against the right edge', async () => {
      await page.goto('/ar')
      await settled(page)
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
      await expect(page.locator('html')).toHaveAttribute('lang', 'ar')
      const brand = await edges(page.locator('.site-header__brand'))
      const bar = await edges(page.locator('.site-header__bar'))
      // The bar's padding (1rem) is all there is between the brand and the right edge.
      expect(bar.right - brand.right).toBeLessThanOrEqual(16.5)
      expect(brand.left).toBeGreaterThan(phone.width / 2)
      await expect(page).toHaveScreenshot('ar-home.png', screenshotOptions)
    })

    await test.step('product: the breadcrumb starts at the right and reads leftwards', async () => {
      await page.goto(`/ar/p/${product.slug}`)
      await settled(page)
      await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
      const crumbs = page.getByRole('navigation', { name: say('nav.breadcrumb') }).getByRole('listitem')
      await expect(crumbs.first()).toHaveText(say('nav.home'))
      const boxes = await crumbs.evaluateAll((items) =>
        items.map((item) => {
          const box = item.getBoundingClientRect()
          return { left: box.left, right: box.right, top: box.top }
        }),
      )
      expect(boxes.length).toBeGreaterThanOrEqual(3)
      for (const [index, box] of boxes.entries()) {
        const before = boxes[index - 1]
        // The next crumb is left of the one before it, or starts a new line at the right.
        if (before && box.top === before.top) expect(box.right).toBeLessThanOrEqual(before.left + 0.5)
      }
      await expect(page).toHaveScreenshot('ar-product.png', screenshotOptions)
    })

    await test.step('cart with one line', async () => {
      await page.getByRole('button', { name: say('cart.add'), exact: true }).click()
      const drawer = page.getByRole('dialog', { name: say('cartDrawer.title') })
      await expect(drawer).toBeVisible()
      await drawer.getByRole('button', { name: say('cartDrawer.close') }).click()
      await expect(drawer).toBeHidden()
      await page.goto('/ar/cart')
      await settled(page)
      await expect(page.getByRole('heading', { level: 1, name: say('cart.title') })).toBeVisible()
      await expect(page.getByRole('main').getByRole('link', { name: product.name })).toBeVisible()
      await expect(page).toHaveScreenshot('ar-cart.png', screenshotOptions)
    })

    await test.step('checkout, first step: addresses typed as written, an email always left to right', async () => {
      await page.goto('/ar/checkout')
      await settled(page)
      await expect(page.getByRole('heading', { level: 1, name: say('checkout.title') })).toBeVisible()
      await expect(page.getByLabel(say('checkout.email'))).toHaveAttribute('dir', 'ltr')
      await expect(page.getByLabel(say('checkout.line1'))).toHaveAttribute('dir', 'auto')
      await expect(page).toHaveScreenshot('ar-checkout.png', screenshotOptions)
    })
  })

  test('the category bar starts at the right: "more" is at its left end, and every category is reachable', async ({
    page,
    sql,
  }) => {
    const categories = await sql<{ name: string }[]>`
      select coalesce(translations -> 'ar' ->> 'name', name) as name
      from categories where deleted_at is null order by position`
    await page.goto('/ar')
    await settled(page)
    const bar = page.getByRole('navigation', { name: say('nav.categories') })
    const list = bar.getByRole('list')
    const more = bar.getByRole('button', { name: say('nav.categoriesMore') })
    const back = bar.getByRole('button', { name: say('nav.categoriesBack') })
    const first = bar.getByRole('link', { name: categories[0]?.name ?? '', exact: true })
    await expect(back).toBeHidden()
    expect((await edges(more)).left).toBeLessThan((await edges(list)).left + 8)
    expect((await edges(first)).right).toBeGreaterThan((await edges(list)).right - 24)

    for (const category of categories) {
      const link = bar.getByRole('link', { name: category.name, exact: true })
      for (let press = 0; press < categories.length && !(await isClickable(link)); press++) {
        await more.click()
        await scrollSettled(list)
      }
      expect(await isClickable(link), category.name).toBe(true)
    }
    // At the end: "more" is gone and "back", at the right end, brings the first category back. With
    // short names (the Arabic ones) the last link is in reach before the bar's end: press on to it.
    for (let press = 0; press < categories.length && (await more.isVisible()); press++) {
      await more.click()
      await scrollSettled(list)
    }
    await expect(more).toBeHidden()
    await expect(back).toBeVisible()
    expect((await edges(back)).right).toBeGreaterThan((await edges(list)).right - 8)
    for (let press = 0; press < categories.length && !(await isClickable(first)); press++) {
      await back.click()
      await scrollSettled(list)
    }
    expect(await isClickable(first)).toBe(true)
  })

  test('on a wide screen the cart drawer opens at the left, under the cart link', async ({ page, sql }) => {
    await page.setViewportSize(desktop)
    const product = await quietProduct(sql)
    await page.goto(`/ar/p/${product.slug}`)
    await settled(page)
    await page.getByRole('button', { name: say('cart.add'), exact: true }).click()
    const drawer = page.getByRole('dialog', { name: say('cartDrawer.title') })
    await expect(drawer).toBeVisible()
    expect((await edges(drawer)).left).toBe(0)
    const cartLink = await edges(page.getByRole('link', { name: /^السلة، / }))
    expect(cartLink.right).toBeLessThan(desktop.width / 2)
  })
})

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
  let last = Number.NaN
  await expect
    .poll(async () => {
      const now = await list.evaluate((element) => element.scrollLeft)
      const still = now === last
      last = now
      return still
    })
    .toBe(true)
}
