import { expect, newTestUser, signUpViaApi, test } from './fixtures.ts'

test('the language picked on one device is the account’s: a new device starts in it after signing in', async ({
  browser,
  baseURL,
  context: laptop,
  page: laptopPage,
  sql,
}) => {
  const user = newTestUser('Sprache')

  await test.step('signed in on a laptop, the shopper switches to German', async () => {
    await signUpViaApi(laptop.request, user)
    await laptopPage.goto('/')
    await expect(laptopPage.locator('html')).toHaveAttribute('lang', 'en')
    const saved = laptopPage.waitForResponse(
      (response) => response.url().endsWith('/api/auth/me/locale') && response.request().method() === 'PUT',
    )
    await laptopPage.getByRole('combobox', { name: 'Language' }).selectOption('de')
    expect((await saved).status()).toBe(200)
    await expect(laptopPage.locator('html')).toHaveAttribute('lang', 'de')
    const [row] = await sql<{ locale: string | null }[]>`select locale from users where email = ${user.email}`
    expect(row?.locale).toBe('de')
  })

  await test.step('a phone that never chose a language opens in English and signs in into German', async () => {
    const phone = await browser.newContext({ baseURL })
    const phonePage = await phone.newPage()
    await phonePage.goto('/sign-in')
    await expect(phonePage.locator('html')).toHaveAttribute('lang', 'en')
    await phonePage.getByLabel('Email', { exact: true }).fill(user.email)
    await phonePage.getByLabel('Password', { exact: true }).fill(user.password)
    await phonePage.getByRole('main').getByRole('button', { name: 'Sign in' }).click()
    await expect(phonePage).toHaveURL(/\/de\/account$/)
    await expect(phonePage.locator('html')).toHaveAttribute('lang', 'de')
    await expect(phonePage.getByText(user.email, { exact: true })).toBeVisible()
    await expect(phonePage.getByRole('combobox', { name: 'Sprache' })).toBeVisible()
    await phone.close()
  })

  await test.step('a device whose address names a language keeps it after signing in', async () => {
    const tablet = await browser.newContext({ baseURL })
    const tabletPage = await tablet.newPage()
    await tabletPage.goto('/fr/sign-in')
    await expect(tabletPage.locator('html')).toHaveAttribute('lang', 'fr')
    await tabletPage.getByLabel('E-mail', { exact: true }).fill(user.email)
    await tabletPage.getByLabel('Mot de passe', { exact: true }).fill(user.password)
    await tabletPage.getByRole('main').getByRole('button', { name: 'Se connecter' }).click()
    await expect(tabletPage).toHaveURL(/\/fr\/account$/)
    await expect(tabletPage.locator('html')).toHaveAttribute('lang', 'fr')
    await tablet.close()
  })
})
