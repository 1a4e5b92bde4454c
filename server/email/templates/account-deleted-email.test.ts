import { describe, expect, it } from 'vitest'
import { localeDirection, locales } from '../../../shared/i18n/locales.ts'
import { renderEmail } from './render-email.ts'

const shop = { url: 'https://shop.example.com' }

describe('the account deletion email', () => {
  it.each(locales)('in %s links only to the shop home in its language and says the orders were kept', (locale) => {
    const email = renderEmail('account_deleted', locale, { ordersKept: 2 }, shop)
    const links = [...email.html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect([shop.url, `${shop.url}/${locale}/`, `${shop.url}/${locale}`]).toContain(link)
    expect(email.html).toContain(`dir="${localeDirection(locale)}"`)
    expect(email.text).toContain('2')
    expect(email.subject.length).toBeGreaterThan(5)
  })

  it('tells a shopper without orders that none were kept, in English', () => {
    const none = renderEmail('account_deleted', 'en', { ordersKept: 0 }, shop)
    expect(none.text).toContain('You had no orders with us.')
    expect(renderEmail('account_deleted', 'en', { ordersKept: 1 }, shop).text).toContain('your order for our accounts')
  })

  it('refuses data that does not fit the template', () => {
    expect(() => renderEmail('account_deleted', 'en', { ordersKept: -1 }, shop)).toThrow()
  })
})
