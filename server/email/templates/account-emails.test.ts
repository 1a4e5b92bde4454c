import { describe, expect, it } from 'vitest'
import { locales } from '../../../shared/i18n/locales.ts'
import { renderEmail } from './render-email.ts'

const shop = { url: 'https://shop.example.com' }
const token = 'Zm9vYmFyLXRva2VuLW9mLTQzLWNoYXJhY3RlcnMtYWJj'

const samples = {
  account_password_reset: { token },
  account_verify_email: { token },
  account_email_change_confirm: { token, newEmail: 'ada@new.example.com' },
  account_email_change_notice: { newEmail: 'ada@new.example.com' },
} as const

const templates = Object.keys(samples) as (keyof typeof samples)[]
const everyEmail = templates.flatMap((template) => locales.map((locale) => [template, locale] as const))

describe('account emails', () => {
  it.each(everyEmail)('renders %s in %s as in its snapshots (HTML and text)', async (template, locale) => {
    const email = renderEmail(template, locale, samples[template], shop)
    await expect(email.html).toMatchFileSnapshot(`__snapshots__/${template}.${locale}.html`)
    await expect(`Subject: ${email.subject}\n\n${email.text}`).toMatchFileSnapshot(
      `__snapshots__/${template}.${locale}.txt`,
    )
  })

  it.each([
    ['account_password_reset', 'reset-password'],
    ['account_verify_email', 'verify-email'],
    ['account_email_change_confirm', 'confirm-email'],
  ] as const)('links %s to /<locale>/account/%s with the token in the fragment only', (template, page) => {
    for (const locale of locales) {
      const email = renderEmail(template, locale, samples[template], shop)
      expect(email.text).toContain(`${shop.url}/${locale}/account/${page}#token=${token}`)
      expect(email.text).not.toContain(`?token=`)
    }
  })

  it('tells the old address which new one was asked for, and links to the password reset', () => {
    const email = renderEmail('account_email_change_notice', 'en', samples.account_email_change_notice, shop)
    expect(email.text).toContain('ada@new.example.com')
    expect(email.text).toContain(`${shop.url}/en/account/forgot-password`)
    expect(email.text).not.toContain('#token=')
  })

  it('isolates the address inside Arabic sentences', () => {
    const email = renderEmail('account_email_change_confirm', 'ar', samples.account_email_change_confirm, shop)
    expect(email.text).toContain('\u2068ada@new.example.com\u2069')
  })
})
