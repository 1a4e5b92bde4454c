/**
 * The same messages and number formats the client uses (locales/*.json, @formatjs/intl), for the HTML
 * the server renders. One IntlShape per locale, built on first use.
 */
import { createIntl, createIntlCache, type FormatNumberOptions, type IntlShape } from '@formatjs/intl'
import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import ar from '../../locales/ar.json' with { type: 'json' }
import de from '../../locales/de.json' with { type: 'json' }
import en from '../../locales/en.json' with { type: 'json' }
import es from '../../locales/es.json' with { type: 'json' }
import fr from '../../locales/fr.json' with { type: 'json' }
import ja from '../../locales/ja.json' with { type: 'json' }
import { isolateArguments } from '../../shared/i18n/bidi.ts'
import { localeOfPath } from '../../shared/i18n/locale-path.ts'
import { isLocale, type Locale, localeCookieName, negotiateLocale, pickLocale } from '../../shared/i18n/locales.ts'
import { formatPrice } from '../../shared/i18n/price-format.ts'
import type { CurrencyCode } from '../../shared/money.ts'

export type MessageId = keyof typeof en
type MessageValues = Readonly<Record<string, string | number>>

export type PageIntl = {
  readonly locale: Locale
  readonly t: (id: MessageId, values?: MessageValues) => string
  readonly formatPrice: (amount: number, currency: CurrencyCode) => string
  readonly formatNumber: (value: number, options?: FormatNumberOptions) => string
}

const catalogs: Record<Locale, Readonly<Record<MessageId, string>>> = { en, de, fr, es, ja, ar }
const cache = createIntlCache()
const built = new Map<Locale, PageIntl>()

/**
 * The language in the URL (`/fr/...`, decision 0027), else the shopper's last choice (cookie), else
 * the browser's Accept-Language. The account's language is left to the app: page routes read no
 * session (it would cost a database read per page view, and a write when the session's expiry
 * slides), and the app writes the cookie when it follows the account, so the next page matches.
 */
export function requestLocale(c: Context): Locale {
  const cookie = getCookie(c, localeCookieName)
  return pickLocale({
    inUrl: localeOfPath(c.req.path) ?? null,
    chosen: isLocale(cookie) ? cookie : null,
    account: null,
    browser: () => negotiateLocale(c.req.header('Accept-Language')),
  })
}

export function pageIntl(locale: Locale): PageIntl {
  const existing = built.get(locale)
  if (existing) return existing
  const intl: IntlShape = createIntl({ locale, defaultLocale: 'en', messages: catalogs[locale] }, cache)
  const made: PageIntl = {
    locale,
    t: (id, values) => intl.formatMessage({ id }, isolateArguments(values, locale)),
    formatPrice: (amount, currency) => formatPrice(locale, amount, currency),
    formatNumber: (value, options) => intl.formatNumber(value, options),
  }
  built.set(locale, made)
  return made
}
