/**
 * A shopper forgets the password: asks for a link from the sign-in page, reads the email in the
 * local mailbox, sets a new password from the link and signs in with it. The link works once; on a
 * 360 px phone nothing overflows sideways.
 */
import { e2eAdmin } from './e2e-env.ts'
import { expect, newTestUser, signInViaApi, test } from './fixtures.ts'
import { accountLinkIn, waitForEmail } from './mailbox-fixtures.ts'

test('a shopper resets a forgotten password from the emailed link, which works once', async ({
  page,
  browser,
  baseURL,
}) => {
  const user = newTestUser('Forgetful Shopper')
  const newPassword = 'a new and longer passphrase'

  await test.step('the shopper signs up, then signs out', async () => {
    await page.goto('/sign-up')
    await page.getByLabel('Name').fill(user.name)
    await page.getByLabel('Email').fill(user.email)
    await page.getByLabel('Password', { exact: true }).fill(user.password)
    await page.getByRole('button', { name: 'Create account' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page.getByRole('button', { name: 'Sign out' })).toHaveCount(0)
  })

  await test.step('forgot the password: asks for a link from the sign-in page', async () => {
    await page.goto('/sign-in')
    await page.getByRole('link', { name: 'Forgot your password?' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible()
    await page.getByLabel('Email').fill(user.email)
    await page.getByRole('button', { name: 'Send the link' }).click()
    await expect(page.getByRole('status').filter({ hasText: `If an account uses ${user.email}` })).toBeVisible()
  })

  const admin = await browser.newContext({ baseURL })
  await signInViaApi(admin.request, e2eAdmin)
  const email = await waitForEmail(admin.request, user.email, 'Reset your password')
  const link = accountLinkIn(email.text)
  expect(link).toMatch(/^\/en\/account\/reset-password#token=[\w-]{43}$/)
  await admin.close()

  await test.step('the link opens the form; the new password is set', async () => {
    await page.goto(link)
    const field = page.getByRole('textbox', { name: 'New password', exact: true })
    await expect(field).toBeVisible()
    await field.fill('password12')
    await page.getByRole('button', { name: 'Set the new password' }).click()
    await expect(field).toHaveAccessibleDescription(/less common password/)
    await field.fill(newPassword)
    await page.getByRole('button', { name: 'Set the new password' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Your password was changed' })).toBeVisible()
  })

  await test.step('the shopper signs in with the new password', async () => {
    await page.getByRole('main').getByRole('link', { name: 'Sign in' }).click()
    await page.getByLabel('Email').fill(user.email)
    await page.getByLabel('Password').fill(newPassword)
    await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible()
    await expect(page.getByText(user.email, { exact: true })).toBeVisible()
  })

  await test.step('opening the link again says it was used', async () => {
    await page.goto(link)
    await expect(
      page.getByRole('status').filter({ hasText: 'This link was already used or has expired' }),
    ).toBeVisible()
    await expect(page.getByRole('textbox', { name: 'New password', exact: true })).toHaveCount(0)
    await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible()
  })

  await test.step('on a 360 px phone nothing overflows sideways', async () => {
    await page.setViewportSize({ width: 360, height: 740 })
    await page.goto('/account/forgot-password')
    await expect(page.getByRole('heading', { level: 1, name: 'Reset your password' })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
    await page.goto('/account')
    await expect(page.getByRole('heading', { level: 2, name: 'Change your email address' })).toBeVisible()
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360)
  })
})
