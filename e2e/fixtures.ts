import { type BrowserContext, test as base, expect, type Page } from '@playwright/test'
import postgres from 'postgres'
import { e2eDatabaseUrl } from './e2e-env.ts'

type Sql = ReturnType<typeof postgres>

/** Tests run one at a time in one worker process, so a counter gives each its own address. */
let testsStarted = 0

type Fixtures = {
  /** SQL on the e2e server's own database: changes made here are "changes on the server". */
  sql: Sql
  /** Set to true (test.use) only in a test that provokes a CSP violation on purpose. */
  allowCspViolations: boolean
  /** Automatic: fails the test when any page of any context it opened hit a CSP violation. */
  cspViolations: string[]
  /**
   * True (the default): every context starts with analytics consent refused, so the consent banner
   * does not cover the page. Set to false (test.use) in the tests of the banner itself.
   */
  analyticsConsentChosen: boolean
}

export const test = base.extend<Fixtures>({
  /**
   * Each test is a different shopper's network: its own client address (the e2e server trusts
   * X-Forwarded-For, as behind a proxy), so the per-address rate limits hold per test as they would
   * per shopper, instead of the whole suite sharing 127.0.0.1's sign-up and checkout budget.
   */
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  extraHTTPHeaders: async ({}, use) => {
    testsStarted += 1
    await use({ 'x-forwarded-for': `10.77.${Math.floor(testsStarted / 250)}.${(testsStarted % 250) + 1}` })
  },
  allowCspViolations: [false, { option: true }],
  analyticsConsentChosen: [true, { option: true }],
  cspViolations: [
    async ({ context, browser, allowCspViolations, extraHTTPHeaders, analyticsConsentChosen }, use) => {
      const violations: string[] = []
      await watchCspViolations(context, violations)
      if (analyticsConsentChosen) await refuseAnalytics(context)
      // Contexts a test opens itself (a second device) are watched too, and share the test's address.
      const newContext = browser.newContext
      browser.newContext = async (options = {}) => {
        const opened = await newContext.call(browser, {
          ...options,
          extraHTTPHeaders: { ...extraHTTPHeaders, ...options.extraHTTPHeaders },
        })
        await watchCspViolations(opened, violations)
        if (analyticsConsentChosen) await refuseAnalytics(opened)
        return opened
      }
      try {
        await use(violations)
      } finally {
        browser.newContext = newContext
      }
      if (!allowCspViolations && violations.length > 0)
        throw new Error(`Content Security Policy violations:\n${violations.join('\n')}`)
    },
    { auto: true },
  ],
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take their dependencies by destructuring
  sql: async ({}, use) => {
    const sql = postgres(e2eDatabaseUrl(), { max: 1, onnotice: () => {} })
    await use(sql)
    await sql.end()
  },
})

export { expect }

const violationPrefix = '[csp-violation]'

/** Stores a refused analytics consent on the device before any page runs, unless one is stored. */
async function refuseAnalytics(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const key = 'storefront.analytics-consent'
    if (!localStorage.getItem(key))
      localStorage.setItem(
        key,
        JSON.stringify({ status: 'denied', categories: { analytics: false }, at: new Date().toISOString() }),
      )
  })
}

/**
 * Records CSP violations two ways: Chromium's own console message ("… violates the following
 * Content Security Policy directive …") and the page's `securitypolicyviolation` events, which an
 * init script (not itself subject to the page's CSP) turns into console messages with a prefix.
 */
async function watchCspViolations(context: BrowserContext, violations: string[]): Promise<void> {
  await context.addInitScript((prefix: string) => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `${prefix} ${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}` +
          ` (${event.sourceFile || 'unknown source'}:${event.lineNumber}:${event.columnNumber})`,
      )
    })
  }, violationPrefix)
  context.on('console', (message) => {
    const text = message.text()
    if (text.startsWith(violationPrefix) || /Content[ -]Security[ -]Policy/i.test(text)) violations.push(text)
  })
}

/** Waits until a service worker controls the page (the app shell is then precached). */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(async () => {
    await navigator.serviceWorker.ready
    return navigator.serviceWorker.controller !== null
  })
}

/** Counts the products in the page's IndexedDB catalog. */
export function countLocalProducts(page: Page): Promise<number> {
  return countLocalRows(page, 'products')
}

/**
 * Counts the rows of one table (object store) of the page's IndexedDB, read with the raw IndexedDB
 * API; a table the app has not created yet counts 0.
 */
export function countLocalRows(page: Page, table: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('storefront')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          if (!db.objectStoreNames.contains(name)) {
            db.close()
            resolve(0)
            return
          }
          const count = db.transaction(name).objectStore(name).count()
          count.onsuccess = () => {
            db.close()
            resolve(count.result)
          }
          count.onerror = () => reject(count.error)
        }
      }),
    table,
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

/**
 * `count` distinct live products with plenty of stock, in a stable order, sold in one form: no size
 * or colour to choose before "Add to cart".
 */
export async function productsInStock(sql: Sql, count: number, offset = 0): Promise<SeededProduct[]> {
  const rows = await sql<SeededProduct[]>`
    select id, slug, name from products
    where deleted_at is null and stock >= 10 and options = '[]'::jsonb
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

/** The drawer an add to the cart opens (client/cart/cart-drawer.tsx). */
export function cartDrawer(page: Page) {
  return page.getByRole('dialog', { name: 'Added to your cart' })
}

/** Closes the drawer an add opened, as a shopper going on with the page would. */
export async function closeCartDrawer(page: Page): Promise<void> {
  await cartDrawer(page).getByRole('button', { name: 'Close' }).click()
  await expect(cartDrawer(page)).toBeHidden()
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

/**
 * Runs in the page (`addInitScript`): every layout shift without recent input, in `window.layoutShifts`,
 * each with the elements that moved and how, so a failing expectation says what shifted.
 */
export function recordLayoutShifts(): void {
  type Rect = { x: number; y: number; width: number; height: number }
  type Source = { node?: Node | null; previousRect: Rect; currentRect: Rect }
  type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: Source[] }
  const nameOf = (node: Node | null | undefined): string => {
    if (!(node instanceof Element)) return node?.nodeName ?? 'gone'
    const classes = node.classList.length > 0 ? `.${[...node.classList].join('.')}` : ''
    return `${node.localName}${classes}`
  }
  const box = (r: Rect) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}x${Math.round(r.height)}`
  const shifts: LayoutShiftSeen[] = []
  Object.assign(window, { layoutShifts: shifts })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as Shift[]) {
      if (entry.hadRecentInput) continue
      const moved = (entry.sources ?? []).map((s) => `${nameOf(s.node)} ${box(s.previousRect)} → ${box(s.currentRect)}`)
      shifts.push({ value: entry.value, at: Math.round(entry.startTime), moved })
    }
  }).observe({ type: 'layout-shift', buffered: true })
}

/** One layout shift: its score, when (ms since navigation) and what moved. */
export type LayoutShiftSeen = { value: number; at: number; moved: string[] }

/** The shifts `recordLayoutShifts` saw so far. */
export function layoutShiftsOf(page: Page): Promise<LayoutShiftSeen[]> {
  return page.evaluate(() => (window as unknown as { layoutShifts: LayoutShiftSeen[] }).layoutShifts)
}
