/**
 * Issue 16: the catalog in the shopper's language, from the server's first HTML through the app's own
 * catalog on the device, across language switches, offline too.
 */
import type { Page } from '@playwright/test'
import { expect, goOffline, goOnline, test, waitForCatalog, waitForServiceWorker } from './fixtures.ts'

/** The locales whose catalog texts the device holds (the Dexie meta row), read with raw IndexedDB. */
function heldLocales(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('storefront')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const read = db.transaction('meta').objectStore('meta').get('catalogLocales')
          read.onsuccess = () => {
            db.close()
            resolve((read.result as { value?: unknown } | undefined)?.value ?? null)
          }
          read.onerror = () => reject(read.error)
        }
      }),
  )
}

test('a German shopper reads German product names from the server and the app, French after a switch, German again offline', async ({
  page,
  context,
  sql,
}) => {
  // A product whose names read the same in HTML (no character to escape), translated into both.
  const [product] = await sql<{ slug: string; name: string; de: string; fr: string; es: string }[]>`
    select slug, name, translations -> 'de' ->> 'name' as de, translations -> 'fr' ->> 'name' as fr,
           translations -> 'es' ->> 'name' as es
    from products
    where deleted_at is null and translations -> 'de' ->> 'name' is not null
      and translations -> 'fr' ->> 'name' is not null and translations -> 'es' ->> 'name' is not null
      and concat(name, translations -> 'de' ->> 'name', translations -> 'fr' ->> 'name') !~ '[&<>"'']'
    order by slug limit 1`
  if (!product) throw new Error('the seeded catalog has no product translated into German, French and Spanish')
  const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true })

  // The server's own HTML, before any script: the German name.
  const served = await (await page.request.get(`/de/p/${product.slug}`)).text()
  expect(served).toContain(`<h1>${product.de}</h1>`)
  expect(served).not.toContain(`<h1>${product.name}</h1>`)

  await page.goto(`/de/p/${product.slug}`)
  await expect(heading(product.de)).toBeVisible()
  await waitForServiceWorker(page)
  await waitForCatalog(page, sql)
  // The device pulled its catalog with the German texts; the app now shows its own rows, still German.
  await expect.poll(() => heldLocales(page), { timeout: 30_000 }).toEqual(['de'])
  await expect(heading(product.de)).toBeVisible()
  await expect(heading(product.name)).toHaveCount(0)

  await page.evaluate(() => {
    ;(window as unknown as { sameDocument: boolean }).sameDocument = true
  })
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('fr')
  await expect(page).toHaveURL(new RegExp(`/fr/p/${product.slug}$`))
  await expect(heading(product.fr)).toBeVisible()
  // Only the French texts were pulled (no reload, no fresh catalog): the device now holds both.
  await expect.poll(() => heldLocales(page), { timeout: 30_000 }).toEqual(['de', 'fr'])
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)

  await goOffline(context)
  await page.getByRole('combobox', { name: 'Langue' }).selectOption('de')
  await expect(page).toHaveURL(new RegExp(`/de/p/${product.slug}$`))
  await expect(heading(product.de)).toBeVisible()

  // A language never pulled shows the default texts offline, and its own once the device is online.
  await page.getByRole('combobox', { name: 'Sprache' }).selectOption('es')
  await expect(page).toHaveURL(new RegExp(`/es/p/${product.slug}$`))
  await expect(heading(product.name)).toBeVisible()
  await goOnline(context)
  await expect(heading(product.es)).toBeVisible({ timeout: 30_000 })
  expect(await heldLocales(page)).toEqual(['de', 'fr', 'es'])
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true)
})
