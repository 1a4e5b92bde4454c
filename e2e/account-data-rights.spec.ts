/**
 * Issue 18, data rights: signed in on a laptop and a phone, the shopper signs the phone out from the
 * laptop's device list, downloads their data, then deletes the account — the phone is a guest on
 * its next request, the confirmation lands in the mailbox, and the old password no longer signs in.
 */
import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Page } from '@playwright/test'
import type { AxeResults } from 'axe-core'
import { e2eAdmin } from './e2e-env.ts'
import { expect, newTestUser, productsInStock, signInViaApi, signUpViaApi, test } from './fixtures.ts'
import { fillCart, pay, placeOrder } from './order-fixtures.ts'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** axe-core's WCAG 2.1 A/AA and best-practice violations on the page, as `rule: targets`. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource)
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(
      document,
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } },
    ),
  )
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

const chromeOnAndroid =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.43 Mobile Safari/537.36'

test('a shopper signs out their phone, downloads their data and deletes the account', async ({
  browser,
  baseURL,
  context: laptop,
  page,
  sql,
}) => {
  const user = newTestUser('Data Rights')
  const [product] = await productsInStock(sql, 1, 13)
  if (!product) throw new Error('no product')
  await signUpViaApi(laptop.request, user)
  await fillCart(laptop.request, [[product.id, 1]])
  const order = await placeOrder(laptop.request)
  expect((await pay(laptop.request, order.id)).status).toBe('paid')
  const phone = await browser.newContext({ baseURL, userAgent: chromeOnAndroid })
  await signInViaApi(phone.request, user)

  const devices = page.getByRole('region', { name: 'Signed-in devices' })
  await test.step('the laptop lists both devices, this one marked, and signs the phone out', async () => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/account')
    await expect(devices.getByRole('listitem')).toHaveCount(2)
    await expect(devices.getByRole('listitem').filter({ hasText: 'This device' })).toHaveCount(1)
    await expect(devices.getByText('Last used now').first()).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    expect(await axeViolations(page)).toEqual([])
    await devices.getByRole('button', { name: 'Sign out Chrome on Android' }).click()
    await expect(devices.getByText('Signed out of 1 device.')).toBeVisible()
    await expect(devices.getByRole('listitem')).toHaveCount(1)
    await expect(devices.getByRole('button', { name: 'Sign out of all other devices' })).toBeHidden()
  })

  await test.step('the phone is a guest on its next request', async () => {
    const phonePage = await phone.newPage()
    await phonePage.goto('/account')
    await expect(phonePage.getByText('You are shopping as a guest.')).toBeVisible()
    await phone.close()
  })

  await test.step('the laptop downloads its data: a dated JSON file with the order', async () => {
    await page.setViewportSize({ width: 1280, height: 800 })
    const download = page.waitForEvent('download')
    await page.getByRole('link', { name: 'Download my data' }).click()
    const file = await download
    expect(file.suggestedFilename()).toMatch(/^storefront-data-\d{4}-\d{2}-\d{2}\.json$/)
    const data = JSON.parse(await readFile((await file.path()) ?? '', 'utf8'))
    expect(data.account.email).toBe(user.email)
    expect(data.orders.map((o: { id: string; email: string }) => [o.id, o.email])).toEqual([[order.id, user.email]])
  })

  await test.step('deleting asks for the password in a dialog that Escape closes', async () => {
    await page.getByRole('button', { name: 'Delete my account' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete your account?' })
    await expect(dialog).toBeVisible()
    await expect(dialog.getByLabel('Your password')).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect(page.getByRole('button', { name: 'Delete my account' })).toBeFocused()

    await page.getByRole('button', { name: 'Delete my account' }).click()
    expect(await axeViolations(page)).toEqual([])
    await dialog.getByLabel('Your password').fill('not my password')
    await dialog.getByRole('button', { name: 'Delete my account' }).click()
    await expect(dialog.getByText('Your current password is not correct.')).toBeVisible()
    await expect(dialog.getByLabel('Your password')).toHaveAttribute('aria-invalid', 'true')

    await dialog.getByLabel('Your password').fill(user.password)
    await dialog.getByRole('button', { name: 'Delete my account' }).click()
    await expect(page.getByText('Your account was deleted. A confirmation is on its way to your email.')).toBeVisible()
    await expect(page.getByText('You are shopping as a guest.')).toBeVisible()
    const [kept] = await sql<{ email: string; anonymized: boolean }[]>`
      select email, anonymized_at is not null as anonymized from orders where id = ${order.id}`
    expect(kept).toEqual({ email: `deleted-${order.id}@invalid`, anonymized: true })
  })

  await test.step('the mailbox shows the confirmation sent to the old address', async () => {
    const admin = await browser.newContext({ baseURL })
    const adminPage = await admin.newPage()
    await signInViaApi(admin.request, e2eAdmin)
    await adminPage.goto('/admin/mailbox')
    const email = adminPage.getByRole('button', { name: /Your account has been deleted/ }).filter({
      hasText: user.email,
    })
    await expect(async () => {
      await adminPage.reload()
      await expect(email).toBeVisible({ timeout: 2_000 })
    }).toPass({ timeout: 30_000 })
    await admin.close()
  })

  await test.step('the old password no longer signs in', async () => {
    await page.goto('/sign-in')
    await page.getByLabel('Email', { exact: true }).fill(user.email)
    await page.getByLabel('Password', { exact: true }).fill(user.password)
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByText('Wrong email or password.')).toBeVisible()
  })
})
