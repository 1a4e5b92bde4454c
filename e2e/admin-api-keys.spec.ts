import { e2eAdmin } from './e2e-env.ts'
import { expect, signInViaApi, test } from './fixtures.ts'

test('an admin creates an API key, an integration exports orders with it, the admin rotates it and revokes the old one', async ({
  context,
  page,
}) => {
  const name = `ERP export ${Date.now().toString(36)}`
  const dialog = page.getByRole('dialog')
  const tokenField = dialog.getByLabel('API key')
  const exportOrders = (token: string | null) =>
    page.request.get('/api/v1/orders?limit=1', token ? { headers: { authorization: `Bearer ${token}` } } : {})
  const prefixOf = (token: string) => token.slice(0, 'sfk_'.length + 8)
  let first = ''
  let second = ''

  await test.step('the admin opens the API keys from the admin navigation', async () => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await signInViaApi(context.request, e2eAdmin)
    await page.goto('/admin/orders')
    await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: 'API keys' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible()
  })

  await test.step('a new key without a scope is refused at the scopes; with one, its token is shown once', async () => {
    await page.getByLabel('Name', { exact: true }).fill(name)
    await page.getByRole('button', { name: 'Create key' }).click()
    await expect(page.getByText('Choose at least one scope.')).toBeVisible()
    await page.getByRole('checkbox', { name: /Export orders/ }).check()
    await page.getByLabel('Valid for (days)').fill('30')
    await page.getByRole('button', { name: 'Create key' }).click()
    await expect(dialog.getByRole('heading', { name: `The new key for ${name}` })).toBeVisible()
    await expect(dialog).toContainText('you won’t see it again')
    first = await tokenField.inputValue()
    expect(first).toMatch(/^sfk_[0-9a-f]{32}\.[\w-]{43}$/)
    await dialog.getByRole('button', { name: 'Copy key' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Copied to the clipboard.')
    await dialog.getByRole('button', { name: 'I have stored the key' }).click()
    await expect(dialog).toBeHidden()
    // Focus continues at the list, where the new key now is.
    await expect(page.getByRole('heading', { level: 2, name: 'Keys' })).toBeFocused()
    await expect(page.locator('body')).not.toContainText(first)
    const card = page.getByRole('listitem').filter({ hasText: prefixOf(first) })
    await expect(card).toContainText('Active')
    await expect(card).toContainText('orders:read')
    await expect(card).toContainText('Never')
  })

  await test.step('the integration exports orders with the key; the admin’s own cookie is not enough', async () => {
    expect((await exportOrders(first)).status()).toBe(200)
    const cookieOnly = await exportOrders(null)
    expect(cookieOnly.status()).toBe(401)
    expect(cookieOnly.headers()['www-authenticate']).toMatch(/^Bearer/)
  })

  await test.step('the admin rotates the key with a 30 minute overlap: both keys work meanwhile', async () => {
    await page.reload()
    await page.getByRole('button', { name: `Rotate ${name}` }).click()
    await expect(dialog.getByRole('heading', { name: `Rotate ${name}` })).toBeVisible()
    await dialog.getByLabel('Overlap in minutes').fill('30')
    await dialog.getByRole('button', { name: 'Rotate key' }).click()
    await expect(dialog.getByRole('heading', { name: `The new key for ${name}` })).toBeVisible()
    second = await tokenField.inputValue()
    expect(second).not.toBe(first)
    await dialog.getByRole('button', { name: 'I have stored the key' }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Keys' })).toBeFocused()
    await expect(page.getByRole('listitem').filter({ hasText: prefixOf(first) })).toContainText('Being replaced')
    expect((await exportOrders(first)).status()).toBe(200)
    expect((await exportOrders(second)).status()).toBe(200)
  })

  await test.step('revoking the old key stops it at once; the successor keeps working', async () => {
    await page.getByRole('button', { name: `Revoke ${name} (${prefixOf(first)})` }).click()
    await expect(dialog.getByRole('heading', { name: `Revoke ${name}?` })).toBeVisible()
    await dialog.getByRole('button', { name: 'Revoke key' }).click()
    await expect(page.getByText(`The key ${name} was revoked.`)).toBeVisible()
    await expect(page.getByRole('heading', { level: 2, name: 'Keys' })).toBeFocused()
    await expect(page.getByRole('listitem').filter({ hasText: prefixOf(first) })).toContainText('Revoked')
    const revoked = await exportOrders(first)
    expect(revoked.status()).toBe(401)
    expect(((await revoked.json()) as { code: string }).code).toBe('UNAUTHENTICATED')
    expect((await exportOrders(second)).status()).toBe(200)
  })

  await test.step('the audit log shows the uses and changes of each key', async () => {
    await page.getByRole('button', { name: `Audit log of ${name} (${prefixOf(first)})` }).click()
    const heading = page.getByRole('heading', { name: `Audit log: ${name}` })
    await expect(heading).toBeFocused()
    const entries = page.getByRole('list', { name: `Audit log: ${name}` }).getByRole('listitem')
    await expect(entries.first()).toContainText('Refused')
    await expect(entries.first()).toContainText('reason: revoked')
    await expect(entries.filter({ hasText: 'Used' }).first()).toContainText('GET /api/v1/orders')
    await expect(entries.filter({ hasText: 'Rotated' })).toHaveCount(1)
    await expect(entries.filter({ hasText: 'Created' })).toContainText(`by ${e2eAdmin.email}`)
  })

  await test.step('on a phone the page fits the screen width', async () => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.reload()
    await expect(page.getByRole('listitem').filter({ hasText: prefixOf(second) })).toContainText('Active')
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
})
