/**
 * A new shopper sees a banner asking to confirm the email address (orders do not wait for it);
 * following the emailed link confirms it and the banner goes.
 */
import { e2eAdmin } from './e2e-env.ts'
import { expect, newTestUser, signInViaApi, signUpViaApi, test } from './fixtures.ts'
import { accountLinkIn, waitForEmail } from './mailbox-fixtures.ts'

test('the unverified-email banner shows until the emailed link is followed', async ({ page, browser, baseURL }) => {
  const user = newTestUser('New Shopper')
  await signUpViaApi(page.context().request, user)

  await page.goto('/account')
  const banner = page.getByRole('status').filter({ hasText: 'Please confirm your email address' })
  await expect(banner).toContainText(user.email)

  const admin = await browser.newContext({ baseURL })
  await signInViaApi(admin.request, e2eAdmin)
  const first = await waitForEmail(admin.request, user.email, 'Confirm your email address')

  await test.step('"send the link again" sends another email', async () => {
    await banner.getByRole('button', { name: 'Send the link again' }).click()
    await expect(banner).toContainText('A new link is on its way.')
  })
  const second = await waitForEmail(admin.request, user.email, 'Confirm your email address', first.id)
  await admin.close()

  await test.step('the link confirms the address on opening, and the banner is gone', async () => {
    await page.goto(accountLinkIn(second.text))
    await expect(
      page.getByRole('status').filter({ hasText: 'Thank you: your email address is confirmed.' }),
    ).toBeVisible()
    await page.getByRole('link', { name: 'Go to your account' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible()
    await expect(page.getByText('Please confirm your email address')).toHaveCount(0)
  })
})
