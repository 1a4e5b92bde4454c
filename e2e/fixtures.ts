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
