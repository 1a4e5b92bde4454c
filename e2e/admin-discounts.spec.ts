/**
 * The admin creates a discount code from the discounts page (scoped to the demo's "On sale"
 * collection), sees it listed with its limit, and deactivates it (the server then answers the code as unknown, server/discounts/discounts.routes.db.test.ts).
 */
import { randomUUID } from 'node:crypto'
import { e2eAdmin } from './e2e-env.ts'
import { expect, signInViaApi, test } from './fixtures.ts'

test('an admin creates a discount code, sees it listed and deactivates it', async ({ browser, baseURL }) => {
  const admin = await browser.newContext({ baseURL })
  const page = await admin.newPage()
  await signInViaApi(admin.request, e2eAdmin)
  await page.goto('/admin/discounts')
  await expect(page.getByRole('heading', { name: 'Discounts', level: 1 })).toBeVisible()
  const code = `ADM${randomUUID().slice(0, 6).toUpperCase()}`
  await page.getByLabel('Code', { exact: true }).fill(code)
  await page.getByLabel('Title').fill('5 off')
  await page.getByLabel('Kind').selectOption('fixed')
  await page.getByLabel('Amount off').fill('5,00')
  await page.getByLabel('Total uses').fill('20')
  await page.getByLabel('Applies to').selectOption({ label: 'Collection: On sale' })
  await page.getByRole('button', { name: 'Create discount' }).click()
  await expect(page.getByRole('status').filter({ hasText: `${code} created.` })).toBeVisible()
  const listed = (await (await admin.request.get('/api/admin/discounts')).json()) as {
    discounts: { code: string | null; scope: { kind: string } }[]
  }
  expect(listed.discounts.find((d) => d.code === code)?.scope.kind).toBe('collection')
  const row = page.getByRole('row').filter({ hasText: code })
  await expect(row).toContainText('20')
  await row.getByRole('button', { name: `Deactivate ${code}` }).click()
  await expect(page.getByRole('status').filter({ hasText: `${code} deactivated.` })).toBeVisible()
  await expect(row).toContainText('Inactive')
  await admin.close()
})
