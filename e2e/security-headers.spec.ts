import { existsSync, readFileSync } from 'node:fs'
import { e2eServerLogPath } from './e2e-env.ts'
import { expect, test, waitForServiceWorker } from './fixtures.ts'

type LoggedViolation = { directive?: string; blockedUri?: string; documentUri?: string }

/** The CSP violations the e2e server has logged so far (reports the browser sent it). */
function serverLoggedViolations(): LoggedViolation[] {
  const path = e2eServerLogPath()
  if (!existsSync(path)) return []
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { msg?: string; cspViolation?: LoggedViolation })
    .filter((line) => line.msg === 'csp violation')
    .map((line) => line.cspViolation ?? {})
}

// The browser posts report-uri reports right away; give them a generous moment to arrive.
const reportDelayMs = 1_500

test('the shop is served with a strict Content-Security-Policy and the usual security headers', async ({ request }) => {
  const response = await request.get('/')
  expect(response.status()).toBe(200)
  const headers = response.headers()
  const csp = headers['content-security-policy'] ?? ''
  expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/)
  expect(csp).not.toContain('unsafe-')
  expect(csp).toContain("frame-ancestors 'none'")
  expect(csp).toContain("object-src 'none'")
  expect(csp).toContain('report-uri /api/csp-reports')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['cross-origin-opener-policy']).toBe('same-origin')
  // The e2e server runs without NODE_ENV=production, on plain http: no HSTS, and report-uri only
  // (Chromium would ignore report-uri next to report-to, and sends no report-to report over http).
  expect(headers['strict-transport-security']).toBeUndefined()
  expect(csp).not.toContain('report-to')
  const sw = await request.get('/sw.js')
  expect(sw.headers()['content-security-policy']).toBe(csp)
})

test('a shopper browses home, a category, a product, the cart and search without any CSP violation', async ({
  page,
  sql,
}) => {
  const reportedBefore = serverLoggedViolations().length
  const [product] = await sql<{ slug: string; name: string; category: string }[]>`
    select p.slug, p.name, c.name as category
    from products p join categories c on c.id = p.category_id
    where p.deleted_at is null and p.stock >= 10
    order by p.slug limit 1`
  if (!product) throw new Error('the seeded catalog has no product in stock')

  await test.step('home', async () => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await waitForServiceWorker(page)
  })
  await test.step('category and product', async () => {
    const categories = page.getByRole('navigation', { name: 'Categories' })
    await categories.getByRole('link', { name: product.category, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: product.category })).toBeVisible()
    await page.goto(`/p/${product.slug}`)
    await expect(page.getByRole('heading', { level: 1, name: product.name })).toBeVisible()
    await expect(page.getByRole('main').getByRole('img').first()).toHaveJSProperty('complete', true)
    await page.getByRole('button', { name: 'Add to cart', exact: true }).click()
  })
  await test.step('cart', async () => {
    await page.getByRole('link', { name: /^Cart, 1 item/ }).click()
    await expect(page.getByRole('main').getByRole('combobox', { name: `Quantity of ${product.name}` })).toBeVisible()
  })
  await test.step('search', async () => {
    const searchBox = page.getByRole('combobox', { name: 'Search the shop' })
    await searchBox.fill('wireless mouse')
    await searchBox.press('Enter')
    await expect(page.getByRole('heading', { level: 1, name: 'Results for “wireless mouse”' })).toBeVisible()
  })

  await page.waitForTimeout(reportDelayMs)
  expect(serverLoggedViolations().slice(reportedBefore)).toEqual([])
})

test.describe('a violation provoked on purpose', () => {
  test.use({ allowCspViolations: true })

  test('is blocked, seen by the test fixture, reported by the browser and logged by the server', async ({
    page,
    cspViolations,
  }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const reportedBefore = serverLoggedViolations().length
    const ran = await page.evaluate(() => {
      const script = document.createElement('script')
      script.textContent = 'document.documentElement.dataset.injected = "yes"'
      document.body.append(script)
      return document.documentElement.dataset.injected === 'yes'
    })
    expect(ran).toBe(false)
    await expect.poll(() => cspViolations.length).toBeGreaterThan(0)
    await expect
      .poll(() => serverLoggedViolations().slice(reportedBefore), { timeout: 15_000 })
      .toContainEqual(expect.objectContaining({ directive: 'script-src-elem', blockedUri: 'inline' }))
  })
})
