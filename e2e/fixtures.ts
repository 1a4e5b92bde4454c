import { type BrowserContext, test as base, expect, type Page } from '@playwright/test'
import postgres from 'postgres'
import { e2eDatabaseUrl } from './e2e-env.ts'

type Sql = ReturnType<typeof postgres>

type Fixtures = {
  /** SQL on the e2e server's own database: changes made here are "changes on the server". */
  sql: Sql
}

export const test = base.extend<Fixtures>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  sql: async ({}, use) => {
    const sql = postgres(e2eDatabaseUrl(), { max: 1, onnotice: () => {} })
    await use(sql)
    await sql.end()
  },
})

export { expect }

/** Waits until a service worker controls the page (the app shell is then precached). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready
    return navigator.serviceWorker.controller !== null
  })
}

/** Counts the products in the page's IndexedDB catalog (read with the raw IndexedDB API). */
export async function countLocalProducts(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('storefront')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains('products')) {
            db.close()
            resolve(0)
            return
          }
          const count = db.transaction('products').objectStore('products').count()
          count.onsuccess = () => {
            db.close()
            resolve(count.result)
          }
          count.onerror = () => reject(count.error)
        }
      }),
  )
}

/**
 * Cuts the network for the whole context. setOffline alone has not always cut the service
 * worker's own fetches (DESIGN §8), so every request that reaches the network is aborted too.
 */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true)
  await context.route('**/*', (route) => route.abort('internetdisconnected'))
}

export async function goOnline(context: BrowserContext): Promise<void> {
  await context.unroute('**/*')
  await context.setOffline(false)
}

/** A shopper account for one test; the email is unique per run so tests never share a cart. */
export type TestUser = { readonly email: string; readonly password: string; readonly name: string }

export function newTestUser(name = 'Test Shopper'): TestUser {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`
  return { email: `shopper-${id}@example.test`, password: 'correct horse battery', name }
}

type ApiRequest = BrowserContext['request']

/**
 * The CSRF token of the context's session. `context.request` shares the browser context's cookies,
 * so the first call also gives the context its (guest) session cookie.
 */
export async function csrfTokenOf(request: ApiRequest): Promise<string> {
  const response = await request.get('/api/auth/session')
  expect(response.status()).toBe(200)
  const body = (await response.json()) as { csrfToken: string }
  return body.csrfToken
}

/** Signs the context up (and so in) through the API, as a fixture: the UI is tested elsewhere. */
export async function signUpViaApi(request: ApiRequest, user: TestUser): Promise<void> {
  const response = await request.post('/api/auth/sign-up', {
    data: user,
    headers: { 'x-csrf-token': await csrfTokenOf(request) },
  })
  expect(response.status(), await response.text()).toBe(201)
}

export async function signInViaApi(request: ApiRequest, user: TestUser): Promise<void> {
  const response = await request.post('/api/auth/sign-in', {
    data: { email: user.email, password: user.password },
    headers: { 'x-csrf-token': await csrfTokenOf(request) },
  })
  expect(response.status(), await response.text()).toBe(200)
}

export type SeededProduct = { readonly id: string; readonly slug: string; readonly name: string }

/** `count` distinct live products with plenty of stock, in a stable order. */
export async function productsInStock(sql: Sql, count: number, offset = 0): Promise<SeededProduct[]> {
  const rows = await sql<SeededProduct[]>`
    select id, slug, name from products
    where deleted_at is null and stock >= 10
    order by slug limit ${count} offset ${offset}`
  if (rows.length < count) throw new Error(`the seeded catalog has fewer than ${count + offset} products in stock`)
  return rows
}

/** The account's cart as the database holds it: product name → quantity. */
export async function cartInDatabase(sql: Sql, email: string): Promise<Record<string, number>> {
  const rows = await sql<{ name: string; quantity: number }[]>`
    select p.name, c.quantity
    from cart_lines c
    join shoppers s on s.id = c.shopper_id
    join users u on u.id = s.user_id
    join products p on p.id = c.product_id
    where u.email = ${email}`
  return Object.fromEntries(rows.map((row) => [row.name, row.quantity]))
}

/** The header's live status of the shopper's changes ("All changes synced", "3 changes pending"). */
export function syncStatus(page: Page) {
  return page.getByRole('status').filter({ hasText: /changes? (synced|pending)|Sync paused/ })
}

/** Waits until the device has the whole catalog, so it can be browsed (and shopped) offline. */
export async function waitForCatalog(page: Page, sql: Sql): Promise<void> {
  const [counted] = await sql<{ count: number }[]>`select count(*)::int as count from products where deleted_at is null`
  await expect.poll(() => countLocalProducts(page), { timeout: 30_000 }).toBe(counted?.count ?? 0)
}

/** The cart page's lines as product name → quantity, read through the quantity controls' labels. */
export async function cartOnPage(page: Page): Promise<Record<string, number>> {
  const selects = page.getByRole('main').getByRole('combobox', { name: /^Quantity of / })
  const lines: Record<string, number> = {}
  for (const select of await selects.all()) {
    const label = await labelText(select)
    lines[label.replace(/^Quantity of /, '')] = Number(await select.inputValue())
  }
  return lines
}

async function labelText(locator: import('@playwright/test').Locator): Promise<string> {
  return locator.evaluate((element) => {
    const id = element.getAttribute('id')
    const label = id ? document.querySelector(`label[for="${id}"]`) : null
    return label?.textContent?.trim() ?? ''
  })
}
