/**
 * Issue 14: the home page is built from the blocks the admin edits, and collections are pages of
 * their own — online from the server's first view, offline from the device's copy.
 */
import type { Page } from '@playwright/test'
import { expect, goOffline, syncStatus, test, waitForCatalog, waitForServiceWorker } from './fixtures.ts'

test('a shopper lands on the home page’s hero, opens a collection, and browses collections offline', async ({
  page,
  context,
  sql,
}) => {
  // What the seeded collections list first: the newest wireless product, the first editors' pick.
  const [wireless] = await sql<{ name: string }[]>`
    select name from products where deleted_at is null and tags && array['wireless', 'bluetooth']
    order by created_at desc, id desc limit 1`
  const [pick] = await sql<{ name: string }[]>`
    select p.name from collections c join products p on p.id = c.product_ids[1] where c.slug = 'editors-picks'`
  if (!wireless || !pick) throw new Error('the demo collections are not seeded')

  await test.step('the hero leads to its collection, which lists its products', async () => {
    await page.goto('/')
    const hero = page.getByRole('heading', { level: 1, name: 'Everything for the way you live' })
    await expect(hero).toBeVisible()
    await expect(syncStatus(page)).toBeVisible()
    await page.getByRole('link', { name: 'Shop wireless' }).click()
    await expect(page).toHaveURL(/\/collections\/wireless$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Cut the cord' })).toBeVisible()
    const grid = page.getByRole('list', { name: 'Cut the cord' })
    await expect(grid.getByRole('link', { name: wireless.name }).first()).toBeVisible()
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

/** Whether the device stored the storefront document (the Dexie `meta` row, client/offline/storage-keys.ts). */
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
