/**
 * Without an email provider the shop's emails land in the local mailbox: a shopper pays an order,
 * and the admin reads its confirmation at /admin/mailbox — text and HTML (a sandboxed frame loading
 * the HTML with a CSP of its own, decision 0020; no CSP violation) — on a desktop and on a phone.
 */
import { orderNumberOf } from '../shared/orders/order-number.ts'
import { e2eAdmin } from './e2e-env.ts'
import { expect, newTestUser, productsInStock, signInViaApi, signUpViaApi, test } from './fixtures.ts'
import { fillCart, pay, placeOrder } from './order-fixtures.ts'

test('an admin reads the order confirmation a shopper was sent, in the local mailbox', async ({
  browser,
  baseURL,
  context: shopper,
  sql,
}) => {
  const user = newTestUser('Mailbox Shopper')
  const [product] = await productsInStock(sql, 1, 11)
  if (!product) throw new Error('no product')
  await signUpViaApi(shopper.request, user)
  await fillCart(shopper.request, [[product.id, 1]])
  const order = await placeOrder(shopper.request)
  expect((await pay(shopper.request, order.id)).status).toBe('paid')
  const subject = `Order ${orderNumberOf(order)} confirmed`

  const admin = await browser.newContext({ baseURL })
  const page = await admin.newPage()
  await signInViaApi(admin.request, e2eAdmin)
  await page.goto('/admin/orders')
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'Mailbox' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Mailbox' })).toBeVisible()

  const email = page.getByRole('button', { name: new RegExp(subject) })
  await test.step('the worker delivers the email within a few seconds', async () => {
    await expect(async () => {
      await page.reload()
      await expect(email).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 30_000 })
    await expect(email).toContainText(`To ${user.email}`)
  })

  await test.step('opening it shows both bodies, the HTML in a sandboxed frame', async () => {
    await email.click()
    await expect(page.getByRole('heading', { level: 2, name: subject })).toBeFocused()
    await expect(page.locator('.admin-mailbox__text')).toContainText('Thank you for your order')
    const frame = page.locator('iframe[title="HTML version of the email"]')
    await expect(frame).toHaveAttribute('sandbox', '')
    await expect(frame).toHaveAttribute('src', /^\/api\/admin\/mailbox\/\d+\/html$/)
    const html = frame.contentFrame()
    await expect(html.getByRole('heading', { name: 'Thank you for your order' })).toBeVisible()
    // The email's inline styles apply in the frame (its own CSP allows them, decision 0020).
    await expect(html.getByRole('link', { name: 'View your order' })).toHaveCSS('background-color', 'rgb(29, 78, 216)')
    await expect(html.getByRole('table')).toContainText(product.name)
    // PUBLIC_URL's origin (the e2e server leaves it at its default, http://localhost:<port>).
    await expect(page.locator('.admin-mailbox__text')).toContainText(
      new RegExp(`View your order: http://[^/]+/en/orders/${order.id}\n`),
    )
  })

  await test.step('on a 360 px phone nothing overflows sideways', async () => {
    await page.setViewportSize({ width: 360, height: 740 })
    await expect(page.getByRole('heading', { level: 2, name: subject })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
  await admin.close()
})
