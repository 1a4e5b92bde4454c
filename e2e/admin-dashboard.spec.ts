import { e2eAdmin } from './e2e-env.ts'
import { expect, newTestUser, productsInStock, signInViaApi, signUpViaApi, test } from './fixtures.ts'
import { fillCart, pay, placeOrder } from './order-fixtures.ts'

test('the admin dashboard counts a new paid order live, without a reload, on a phone-sized screen', async ({
  browser,
  baseURL,
  page,
  sql,
}) => {
  const [product] = await productsInStock(sql, 1, 49)
  if (!product) throw new Error('no product')
  await page.setViewportSize({ width: 360, height: 740 })
  const ordersToday = page.getByTestId('orders-today')

  await signInViaApi(page.request, e2eAdmin)
  await page.goto('/admin/dashboard')
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible()
  await expect(page.getByText('Live: updates as orders come in.')).toBeVisible()
  await expect(page.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page')
  const before = Number(await ordersToday.textContent())
  const chartSummary = page.getByText(/orders? in the last 60 minutes\.$/)
  const ordersThisHour = Number.parseInt((await chartSummary.textContent()) ?? '', 10)
  await expect(page.locator('.admin-dashboard__canvas canvas')).toBeVisible()

  const shopper = await browser.newContext({ baseURL })
  await signUpViaApi(shopper.request, newTestUser('Dashboard Shopper'))
  await fillCart(shopper.request, [[product.id, 1]])
  const order = await placeOrder(shopper.request)
  expect((await pay(shopper.request, order.id)).status).toBe('paid')

  await expect(ordersToday).toHaveText(String(before + 1))
  await expect(chartSummary).toHaveText(new RegExp(`^${ordersThisHour + 1} orders? in`))
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  await shopper.close()
})
