/**
 * Issue 14: the home page is built from the blocks the admin edits, and collections are pages of
 * their own — online from the server's first view, offline from the device's copy.
 */
import type { Page } from '@playwright/test'
import { e2eAdmin } from './e2e-env.ts'
import {
  csrfTokenOf,
  expect,
  goOffline,
  layoutShiftsOf,
  recordLayoutShifts,
  signInViaApi,
  syncStatus,
  test,
  waitForCatalog,
  waitForServiceWorker,
} from './fixtures.ts'

test('a shopper lands on the home page’s hero, opens a collection, and browses collections offline', async ({
  browser,
  page,
  context,
  sql,
}) => {
  // Two first visits, a full catalog sync and an offline round: more than the default minute on a busy machine.
  test.slow()
  // What the seeded collections list first: the newest wireless product, the first editors' pick.
  const [wireless] = await sql<{ name: string }[]>`
    select name from products where deleted_at is null and tags && array['wireless', 'bluetooth']
    order by created_at desc, id desc limit 1`
  const [pick] = await sql<{ name: string }[]>`
    select p.name from collections c join products p on p.id = c.product_ids[1] where c.slug = 'editors-picks'`
  if (!wireless || !pick) throw new Error('the demo collections are not seeded')

  await test.step('the hero leads to its collection, which lists its products', async () => {
    await page.addInitScript(recordLayoutShifts)
    await page.goto('/')
    const hero = page.getByRole('heading', { level: 1, name: 'Everything for the way you live' })
    await expect(hero).toBeVisible()
    await expect(syncStatus(page)).toBeVisible()
    // The app took over the server's home page without moving anything.
    expect(await layoutShiftsOf(page)).toEqual([])
    await page.getByRole('link', { name: 'Shop wireless' }).click()
    await expect(page).toHaveURL(/\/collections\/wireless$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Cut the cord' })).toBeVisible()
    const grid = page.getByRole('list', { name: 'Cut the cord' })
    await expect(grid.getByRole('link', { name: wireless.name }).first()).toBeVisible()
  })

  await test.step('a first visit straight to a collection is taken over without a shift', async () => {
    const fresh = await browser.newContext()
    const visitor = await fresh.newPage()
    await visitor.addInitScript(recordLayoutShifts)
    // A hand-picked collection: what it lists does not depend on the sale prices other specs change
    // (a rule collection listed differently by the server's SQL and the device once shifted 0.0085 in CI;
    // see the issue 14 note).
    await visitor.goto('/collections/editors-picks')
    await expect(visitor.getByRole('heading', { level: 1, name: 'Editors’ picks' })).toBeVisible()
    await expect(syncStatus(visitor)).toBeVisible()
    expect(await layoutShiftsOf(visitor)).toEqual([])
    await fresh.close()
  })

  await test.step('a featured collection on the home page opens with its products in the chosen order', async () => {
    await page.goto('/')
    await expect(syncStatus(page)).toBeVisible()
    const collections = page.getByRole('region', { name: 'Collections' })
    await collections.getByRole('link', { name: /^Editors’ picks/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Editors’ picks' })).toBeVisible()
    const firstCard = page.getByRole('list', { name: 'Editors’ picks' }).getByRole('listitem').first()
    await expect(firstCard.getByRole('link', { name: pick.name }).first()).toBeVisible()
  })

  await test.step('offline, the home page and a collection render from the device', async () => {
    await waitForServiceWorker(page)
    await waitForCatalog(page, sql)
    await expect.poll(() => hasStorefront(page)).toBe(true)
    await goOffline(context)
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Everything for the way you live' })).toBeVisible()
    await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible()
    await page
      .getByRole('region', { name: 'Collections' })
      .getByRole('link', { name: /^On sale/ })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'On sale' })).toBeVisible()
    await expect(page.getByRole('list', { name: 'On sale' }).getByRole('listitem').first()).toBeVisible()
  })
})

/** Whether the device stored the storefront document (the Dexie `meta` row, client/local-data/storage-keys.ts). */
function hasStorefront(page: Page): Promise<boolean> {
  return page.evaluate(
    () =>
      new Promise<boolean>((resolve, reject) => {
        const open = indexedDB.open('storefront')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const read = db.transaction('meta').objectStore('meta').get('storefront')
          read.onsuccess = () => {
            db.close()
            resolve(read.result !== undefined)
          }
          read.onerror = () => reject(read.error)
        }
      }),
  )
}

test('an admin retitles the hero, and a shopper’s open home page shows it after sync', async ({
  browser,
  page,
  sql,
}) => {
  test.slow()
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Everything for the way you live' })).toBeVisible()
  await expect(syncStatus(page)).toBeVisible()
  await waitForCatalog(page, sql)

  const adminContext = await browser.newContext()
  const admin = await adminContext.newPage()
  await signInViaApi(admin.request, e2eAdmin)
  const seeded: unknown = await (await admin.request.get('/api/admin/storefront/home')).json()
  try {
    await admin.goto('/admin/storefront')
    const hero = admin.getByRole('group', { name: 'Hero' })
    await hero.getByLabel('Title (English)', { exact: true }).fill('Autumn is here')
    await hero.getByLabel('Title (German; empty uses the English)', { exact: true }).fill('Der Herbst ist da')
    // The seeded hero shows a product's picture: its address and size are in the form, its description is added.
    const picture = hero.getByRole('group', { name: 'Image' })
    await expect(picture.getByRole('textbox', { name: /^Image address/ })).not.toHaveValue('')
    await picture.getByRole('textbox', { name: /^Image description/ }).fill('Autumn leaves on a desk')
    const banner = admin.getByRole('group', { name: 'Banner' })
    await banner.getByRole('combobox', { name: 'Tone' }).selectOption({ label: 'Information' })
    await admin.getByRole('button', { name: 'Save home page' }).click()
    await expect(admin.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()

    await expect(page.getByRole('heading', { level: 1, name: 'Autumn is here' })).toBeVisible({ timeout: 15_000 })
    await expect(page.getByRole('img', { name: 'Autumn leaves on a desk' })).toBeVisible()
    await expect(page.locator('.home-banner')).toHaveClass(/home-banner--info/)
  } finally {
    // Other specs expect the seeded hero: put it back the way shoppers' pages hear of.
    const restored = await admin.request.put('/api/admin/storefront/home', {
      data: seeded,
      headers: { 'x-csrf-token': await csrfTokenOf(admin.request) },
    })
    expect(restored.status()).toBe(200)
    await adminContext.close()
  }
})

test('an admin creates the rule collection “Under $30”, a shopper opens it, the admin deletes it, and a hand-picked one must name products on sale', async ({
  browser,
  page,
  sql,
}) => {
  test.slow()
  // What the rule lists first: the newest live product at or below $30 (rule collections are newest first).
  const [cheapest] = await sql<{ name: string }[]>`
    select name from products where deleted_at is null and price <= 3000
    order by created_at desc, id desc limit 1`
  if (!cheapest) throw new Error('the demo catalog has no product at or below 30')

  // The narrowest phone the shop supports: the editor must fit without sideways scrolling.
  const adminContext = await browser.newContext({ viewport: { width: 360, height: 800 } })
  const admin = await adminContext.newPage()
  await signInViaApi(admin.request, e2eAdmin)
  try {
    await test.step('a collection without an address is refused, the field named and focused', async () => {
      await admin.goto('/admin/storefront')
      await expect(syncStatus(admin)).toBeVisible()
      await admin.getByRole('button', { name: 'New collection' }).click()
      const editor = admin.getByRole('form', { name: 'New collection' })
      await editor.getByLabel('Title (English)', { exact: true }).fill('Under $30')
      await editor.getByLabel('Highest price (e.g. 29.99)').fill('30')
      await editor.getByRole('button', { name: 'Save collection' }).click()
      const address = editor.getByRole('textbox', { name: /^Address/ })
      await expect(address).toBeFocused()
      await expect(address).toHaveAttribute('aria-invalid', 'true')
      await expect(address).toHaveAccessibleDescription(/no other collection uses/)
      expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    })

    await test.step('with its address and published, it is saved and announced', async () => {
      const editor = admin.getByRole('form', { name: 'New collection' })
      await editor.getByRole('textbox', { name: /^Address/ }).fill('under-30')
      await editor.getByRole('checkbox', { name: 'Published (shoppers see it)' }).check()
      await editor.getByRole('button', { name: 'Save collection' }).click()
      await expect(admin.getByRole('status').filter({ hasText: 'Collection “Under $30” saved.' })).toBeVisible()
      await expect(admin.getByRole('link', { name: 'Under $30' })).toBeVisible()
    })

    await test.step('a shopper opens /collections/under-30 and sees what costs $30 or less', async () => {
      await page.goto('/collections/under-30')
      await expect(page.getByRole('heading', { level: 1, name: 'Under $30' })).toBeVisible()
      await expect(syncStatus(page)).toBeVisible()
      const grid = page.getByRole('list', { name: 'Under $30' })
      await expect(grid.getByRole('link', { name: cheapest.name }).first()).toBeVisible()
    })

    await test.step('the admin edits it, then deletes it after confirming, and shoppers no longer find it', async () => {
      await admin.getByRole('button', { name: 'Edit: Under $30' }).click()
      const editor = admin.getByRole('form', { name: 'Edit collection: Under $30' })
      await expect(editor.getByLabel('Highest price (e.g. 29.99)')).toHaveValue('30.00')
      await editor.getByRole('button', { name: 'Delete collection' }).click()
      const confirm = editor.getByRole('button', { name: 'Yes, delete it' })
      await expect(confirm).toBeFocused()
      await confirm.click()
      await expect(admin.getByRole('status').filter({ hasText: 'Collection “Under $30” deleted.' })).toBeVisible()
      await expect(admin.getByRole('link', { name: 'Under $30' })).toHaveCount(0)
      const gone = await page.request.get('/collections/under-30')
      expect(gone.status()).toBe(404)
    })

    await test.step('a hand-picked collection naming a product the shop does not sell is refused, naming it', async () => {
      const [product] = await sql<{ slug: string }[]>`select slug from products where deleted_at is null limit 1`
      if (!product) throw new Error('the demo catalog is empty')
      await admin.getByRole('button', { name: 'New collection' }).click()
      const editor = admin.getByRole('form', { name: 'New collection' })
      await editor.getByRole('textbox', { name: /^Address/ }).fill('hand-picked')
      await editor.getByLabel('Title (English)', { exact: true }).fill('Hand-picked')
      await editor.getByRole('radio', { name: 'Hand-picked' }).check()
      const products = editor.getByRole('textbox', { name: /^Product addresses/ })
      await products.fill(`${product.slug}\nno-such-product`)
      await editor.getByRole('button', { name: 'Save collection' }).click()
      await expect(products).toBeFocused()
      await expect(products).toHaveAccessibleDescription('No product “no-such-product” is on sale.')
      await products.fill(product.slug)
      await editor.getByRole('button', { name: 'Save collection' }).click()
      await expect(admin.getByRole('status').filter({ hasText: 'Collection “Hand-picked” saved.' })).toBeVisible()
      await expect(admin.getByRole('button', { name: 'Edit: Hand-picked' })).toBeVisible()
    })
  } finally {
    // Other specs count the seeded collections: withdraw these even when a step failed.
    await sql`update collections set deleted_at = now() where slug in ('under-30', 'hand-picked') and deleted_at is null`
    await adminContext.close()
  }
})
