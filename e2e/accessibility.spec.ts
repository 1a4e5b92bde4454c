/**
 * axe-core on the shopper's pages as the app renders them, variant picker and cart lines included:
 * no violation of WCAG 2.1 A/AA or best practice. The script is evaluated through the DevTools
 * protocol, which the page's CSP does not govern (the shop itself never loads it).
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import type { AxeResults } from 'axe-core'
import { addToCart, enterAddressAndShipping, orderIdOnPaymentPage } from './checkout-flow.ts'
import { e2eAdmin } from './e2e-env.ts'
import {
  cartDrawer,
  csrfTokenOf,
  expect,
  newTestUser,
  productsInStock,
  signInViaApi,
  signUpViaApi,
  syncStatus,
  test,
  waitForCatalog,
} from './fixtures.ts'
import { anonymousIdIn, setAnonymousId } from './flag-fixtures.ts'
import { createShoe } from './variant-fixtures.ts'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** Each violation as `rule: target, target…`, so a failure says what and where. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(
      document,
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    ),
  )
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  )
}

test('the shopper’s pages have no axe violations: home, category, collection, product with a picker, search, cart, wishlist', async ({
  page,
  sql,
}) => {
  // Eight views, each loaded, taken over and checked by axe: more than the default minute on a busy machine.
  test.setTimeout(180_000)
  const shoe = await createShoe(sql)
  const [product] = await productsInStock(sql, 1, 7)
  if (!product) throw new Error('no product')
  const pages: [string, string][] = [
    ['home', '/'],
    ['category', '/c/shoes'],
    ['collection', '/collections/wireless'],
    ['product with sizes and colours', `/p/${shoe.slug}`],
    ['search results', '/search?q=headphones'],
  ]
  for (const [name, path] of pages) {
    await test.step(name, async () => {
      await page.goto(path)
      await expect(syncStatus(page)).toBeVisible()
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  }
  await test.step('the drawer an add opens, then the cart with a line', async () => {
    await addToCart(page, product)
    await expect(cartDrawer(page)).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('link', { name: /^Cart, / }).click()
    await expect(page.getByRole('heading', { name: 'Cart', level: 1 })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
  await test.step('wishlist with an item', async () => {
    await page.getByRole('button', { name: `Move to wishlist: ${product.name}` }).click()
    await page.getByRole('link', { name: /^Wishlist, / }).click()
    await expect(page.getByRole('button', { name: `Move to cart: ${product.name}` })).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
})

test('search has no axe violations: corrected results, autocomplete', async ({ page }) => {
  await test.step('search results for a misspelt query, and the way back to the words as typed', async () => {
    await page.goto('/search?q=wireles%20hedphones')
    await expect(syncStatus(page)).toBeVisible()
    await expect(page.getByText('Showing results for wireless headphones')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('link', { name: 'wireles hedphones' }).click()
    await expect(page).toHaveURL(/verbatim=true/)
    await expect(page.getByRole('status').filter({ hasText: 'No products' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'wireless headphones' })).toBeVisible()
  })
  await test.step('autocomplete open with suggestions', async () => {
    const searchBox = page.getByRole('combobox', { name: 'Search the shop' })
    await searchBox.fill('headph')
    // The device's search index is built after its catalog sync: on a busy machine that takes a while.
    await expect(page.getByRole('listbox', { name: /./ }).getByRole('option').first()).toBeVisible({ timeout: 30_000 })
    expect(await axeViolations(page)).toEqual([])
    await searchBox.press('Escape')
  })
})

test('a product page with related and recently viewed products, and its sticky bar on a phone, has no axe violations', async ({
  page,
  sql,
}) => {
  const [viewed, product] = await productsInStock(sql, 2, 7)
  if (!viewed || !product) throw new Error('no product')
  await page.goto(`/p/${viewed.slug}`)
  await expect(syncStatus(page)).toBeVisible()
  // "Recently viewed" shows the device's copy of the products.
  await waitForCatalog(page, sql)
  await page.goto(`/p/${product.slug}`)
  await expect(syncStatus(page)).toBeVisible()
  await expect(page.getByRole('region', { name: 'You may also like' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Recently viewed' })).toBeVisible()
  await test.step('desktop', async () => {
    expect(await axeViolations(page)).toEqual([])
  })
  await test.step('phone, scrolled to the sticky bar', async () => {
    await page.setViewportSize({ width: 360, height: 640 })
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight))
    await expect(page.locator('.sticky-cart')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
})

test('checkout has no axe violations: each step with the order summary, on a phone and on a desktop, and the payment', async ({
  page,
  sql,
}) => {
  const [product] = await productsInStock(sql, 1, 8)
  if (!product) throw new Error('no product')
  await addToCart(page, product)
  for (const [device, width] of [
    ['phone', 360],
    ['desktop', 1280],
  ] as const) {
    await test.step(`${device}: address, shipping and review`, async () => {
      await page.setViewportSize({ width, height: 800 })
      await page.goto('/checkout')
      await expect(syncStatus(page)).toBeVisible()
      await expect(page.getByRole('heading', { name: '1. Contact and address' })).toBeVisible()
      // On a phone the summary is folded away: open it, so its contents are checked too.
      if (device === 'phone') await page.getByText('Show order summary').click()
      // An English shopper's checkout starts in the country the language suggests: the US.
      await expect(page.locator('dt:visible', { hasText: /Tax \(none for this country\)/ })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      // With errors shown: fields named, errors tied to them.
      await page.getByRole('button', { name: 'Continue to shipping' }).click()
      await expect(page.getByText('Please correct the marked fields.')).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
      await enterAddressAndShipping(page, {
        email: 'a11y@example.test',
        address: {
          name: 'Grace Hopper',
          line1: '1 Market Street',
          postalCode: '94105',
          city: 'San Francisco',
          region: 'CA',
          country: 'US',
        },
        method: 'Standard',
      })
      await expect(page.getByRole('button', { name: 'Place order' })).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  }
  await test.step('payment', async () => {
    await page.getByRole('button', { name: 'Place order' }).click()
    await orderIdOnPaymentPage(page)
    await expect(page.getByLabel('Card number')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
})

test('reviews have no axe violations: the product page’s list, the form with its errors, on a phone, and the admin’s queue', async ({
  browser,
  baseURL,
  context,
  page,
  sql,
}) => {
  const [reviewed] = await sql<{ slug: string }[]>`
    select slug from products where deleted_at is null
    order by (select sum(n) from unnest(rating_counts) n) desc, slug limit 1`
  if (!reviewed) throw new Error('no reviewed product')
  await signUpViaApi(context.request, newTestUser('Axel Axe'))
  const reviews = page.getByRole('region', { name: 'Reviews' })
  for (const width of [1280, 360]) {
    await test.step(`the list at ${width} px`, async () => {
      await page.setViewportSize({ width, height: 800 })
      await page.goto(`/p/${reviewed.slug}`)
      await expect(reviews.getByRole('status').filter({ hasText: /^Showing \d+ of/ })).toBeVisible()
      await expect(reviews.getByRole('button', { name: /^Helpful \(/ }).first()).toBeVisible()
      expect(await axeViolations(page)).toEqual([])
    })
  }
  await test.step('the form, sent empty: its errors', async () => {
    await page.goto(`/p/${reviewed.slug}/review`)
    await page.getByRole('button', { name: 'Send review' }).click()
    await expect(page.getByText('Choose 1 to 5 stars.')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
  await test.step('the admin’s moderation queue, published reviews', async () => {
    const admin = await browser.newContext({ baseURL })
    await signInViaApi(admin.request, e2eAdmin)
    const adminPage = await admin.newPage()
    await adminPage.goto('/admin/reviews')
    await adminPage.getByRole('button', { name: /^Published \(/ }).click()
    await expect(adminPage.getByRole('article').first()).toBeVisible()
    expect(await axeViolations(adminPage)).toEqual([])
    await admin.close()
  })
})

test('the admin’s translation screens have no axe violations: the overview and the editor into Arabic, on a phone', async ({
  page,
  sql,
}) => {
  const [product] = await sql<{ id: string; name: string }[]>`
    select id, name from products where deleted_at is null and jsonb_array_length(options) > 0 order by id limit 1`
  if (!product) throw new Error('no product with options')
  await signInViaApi(page.request, e2eAdmin)
  await page.setViewportSize({ width: 360, height: 800 })
  await test.step('the overview: counts, filter, badges', async () => {
    await page.goto('/admin/translations?missing=ar')
    await expect(page.getByRole('table')).toBeVisible()
    await expect(page.getByRole('list', { name: 'Translation status by language' }).first()).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
  })
  await test.step('the editor into Arabic, its inputs right to left', async () => {
    await page.goto(`/admin/translations/products/${product.id}?locale=ar`)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Translate: ${product.name}`)
    await expect(page.getByLabel('Name (Arabic)', { exact: true })).toHaveAttribute('dir', 'rtl')
    expect(await axeViolations(page)).toEqual([])
  })
})

test('the address book and the saved addresses at checkout have no axe violations on a phone, and fit its width', async ({
  context,
  page,
  sql,
}) => {
  const user = newTestUser('Accessible Addresses')
  const [product] = await productsInStock(sql, 1, 9)
  if (!product) throw new Error('no product')
  await signUpViaApi(context.request, user)
  const csrf = await csrfTokenOf(context.request)
  for (const address of [
    {
      name: 'Grace Hopper',
      line1: '1 Market Street',
      postalCode: '94105',
      city: 'San Francisco',
      region: 'CA',
      country: 'US',
    },
    { name: 'Ada Lovelace', line1: '12 Analytical Street', postalCode: '10115', city: 'Berlin', country: 'DE' },
  ]) {
    const response = await context.request.post('/api/auth/me/addresses', {
      data: { address },
      headers: { 'x-csrf-token': csrf },
    })
    expect(response.status()).toBe(201)
  }
  await page.setViewportSize({ width: 360, height: 800 })
  const fitsWidth = async () =>
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)

  await page.goto('/account/addresses')
  await expect(page.getByRole('list', { name: 'Saved addresses' }).getByRole('listitem')).toHaveCount(2)
  expect(await axeViolations(page)).toEqual([])
  await fitsWidth()
  // The form with its errors: each tied to its field.
  await page.getByRole('button', { name: 'Add an address' }).click()
  await page.getByRole('button', { name: 'Save address' }).click()
  await expect(page.getByText('Please correct the marked fields.')).toBeVisible()
  await expect(page.getByLabel('Full name')).toHaveAttribute('aria-describedby', 'checkout-name-error')
  expect(await axeViolations(page)).toEqual([])
  await fitsWidth()

  await addToCart(page, product)
  await page.goto('/checkout')
  await expect(page.getByRole('radio', { name: /1 Market Street/ })).toBeChecked()
  expect(await axeViolations(page)).toEqual([])
  await fitsWidth()
  await page.getByRole('radio', { name: 'A new address' }).check()
  await expect(page.getByRole('checkbox', { name: 'Save this address to my account' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await fitsWidth()
})

test('the account pages have no axe violations: unverified banner and change forms, forgot and reset password', async ({
  page,
}) => {
  test.setTimeout(120_000)
  await signUpViaApi(page.context().request, newTestUser('Axe Account'))
  await page.goto('/account')
  await expect(page.getByRole('heading', { level: 2, name: 'Change your email address' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'Please confirm your email address' })).toBeVisible()
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByRole('textbox', { name: 'Current password' }).first()).toHaveAttribute('aria-invalid', 'true')
  expect(await axeViolations(page)).toEqual([])
  await page.goto('/account/forgot-password')
  await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  await page.goto('/account/reset-password#token=not-a-real-token')
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
})

test('the cart drawer’s free-shipping nudge and the admin’s flags page have no axe violations', async ({
  page,
  browser,
  baseURL,
  sql,
}) => {
  const [product] = await productsInStock(sql, 1)
  if (!product) throw new Error('no product')
  await page.goto('/')
  await expect(syncStatus(page)).toBeVisible()
  await setAnonymousId(page, anonymousIdIn('progress'))
  await page.goto(`/p/${product.slug}`)
  await expect(syncStatus(page)).toBeVisible()
  await page.getByRole('button', { name: 'Add to cart', exact: true }).click()
  await expect(cartDrawer(page).getByRole('progressbar', { name: 'Progress towards free shipping' })).toBeVisible()
  expect(await axeViolations(page)).toEqual([])
  const admin = await browser.newContext({ baseURL })
  await signInViaApi(admin.request, e2eAdmin)
  const adminPage = await admin.newPage()
  await adminPage.goto('/admin/flags')
  await expect(adminPage.getByRole('table', { name: /Results of experiment free-shipping-progress/ })).toBeVisible()
  expect(await axeViolations(adminPage)).toEqual([])
  await admin.close()
})
