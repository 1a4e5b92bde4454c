/** Renders an outbox row's template in its locale: the data is parsed first (it comes from jsonb). */
import { countryDisplayName, formatAddressLines } from '../../../shared/checkout/address-format.ts'
import { formatPhoneNumber } from '../../../shared/checkout/phone-number.ts'
import { localizedPath } from '../../../shared/i18n/locale-path.ts'
import { localeDirection } from '../../../shared/i18n/locales.ts'
import { trackingUrl } from '../../../shared/orders/carrier-tracking.ts'
import { formatOrderNumber, legacyOrderNumber } from '../../../shared/orders/order-number.ts'
import { pageIntl } from '../../pages/page-intl.ts'
import { type RenderedEmail, renderContent } from './email-content.ts'
import { arabicCopy } from './email-copy.ar.ts'
import { germanCopy } from './email-copy.de.ts'
import { englishCopy } from './email-copy.en.ts'
import { spanishCopy } from './email-copy.es.ts'
import { frenchCopy } from './email-copy.fr.ts'
import { japaneseCopy } from './email-copy.ja.ts'
import type { EmailCopy, EmailFormat } from './email-copy.ts'
import { type EmailLocale, type EmailTemplate, emailDataSchemas } from './email-data.ts'

const copies: Record<EmailLocale, EmailCopy> = {
  en: englishCopy,
  de: germanCopy,
  fr: frenchCopy,
  es: spanishCopy,
  ja: japaneseCopy,
  ar: arabicCopy,
}

/** Where the emails link to: the shop's public origin (PUBLIC_URL), e.g. `https://shop.example.com`. */
export type EmailShop = { readonly url: string }

/** Throws when `data` does not fit the template: a bug in the enqueueing code, not worth retrying. */
export function renderEmail(
  template: EmailTemplate,
  locale: EmailLocale,
  data: unknown,
  shop: EmailShop,
): RenderedEmail {
  const intl = pageIntl(locale)
  const copy = copies[locale]
  const shopName = intl.t('app.name')
  const number = numberIn(data)
  const format: EmailFormat = {
    price: intl.formatPrice,
    orderNumber: (orderId) => (number === undefined ? legacyOrderNumber(orderId) : formatOrderNumber(number)),
    orderUrl: (orderId) => `${shop.url}${localizedPath(locale, `/orders/${encodeURIComponent(orderId)}`)}`,
    addressLines: (address) => [
      ...formatAddressLines(address, countryDisplayName(address.country, locale)),
      ...(address.phone ? [phoneLine(formatPhoneNumber(address.phone, address.country), locale)] : []),
    ],
    trackingUrl,
    productUrl: (slug) => `${shop.url}${localizedPath(locale, `/p/${encodeURIComponent(slug)}`)}`,
    reviewUrl: (slug) => `${shop.url}${localizedPath(locale, `/p/${encodeURIComponent(slug)}/review`)}`,
    unsubscribeUrl: (token) => `${shop.url}/email/unsubscribe?t=${encodeURIComponent(token)}`,
    homeUrl: () => `${shop.url}${localizedPath(locale, '/')}`,
    accountUrl: (page, token) =>
      `${shop.url}${localizedPath(locale, `/account/${page}`)}${token ? `#token=${encodeURIComponent(token)}` : ''}`,
  }
  return renderContent(contentOf(copy, template, data, format), {
    lang: locale,
    dir: localeDirection(locale),
    colon: copy.colon ?? ': ',
    shopName,
    shopUrl: shop.url,
    footer: copy.footer(shopName),
  })
}

function contentOf(copy: EmailCopy, template: EmailTemplate, data: unknown, format: EmailFormat) {
  switch (template) {
    case 'order_confirmation':
      return copy.order_confirmation(emailDataSchemas.order_confirmation.parse(data), format)
    case 'payment_failed':
      return copy.payment_failed(emailDataSchemas.payment_failed.parse(data), format)
    case 'order_shipped':
      return copy.order_shipped(emailDataSchemas.order_shipped.parse(data), format)
    case 'order_delivered':
      return copy.order_delivered(emailDataSchemas.order_delivered.parse(data), format)
    case 'order_refunded':
      return copy.order_refunded(emailDataSchemas.order_refunded.parse(data), format)
    case 'review_published':
      return copy.review_published(emailDataSchemas.review_published.parse(data), format)
    case 'review_rejected':
      return copy.review_rejected(emailDataSchemas.review_rejected.parse(data), format)
    case 'review_replied':
      return copy.review_replied(emailDataSchemas.review_replied.parse(data), format)
    case 'review_request':
      return copy.review_request(emailDataSchemas.review_request.parse(data), format)
    case 'account_deleted':
      return copy.account_deleted(emailDataSchemas.account_deleted.parse(data), format)
    case 'account_password_reset':
      return copy.account_password_reset(emailDataSchemas.account_password_reset.parse(data), format)
    case 'account_verify_email':
      return copy.account_verify_email(emailDataSchemas.account_verify_email.parse(data), format)
    case 'account_email_change_confirm':
      return copy.account_email_change_confirm(emailDataSchemas.account_email_change_confirm.parse(data), format)
    case 'account_email_change_notice':
      return copy.account_email_change_notice(emailDataSchemas.account_email_change_notice.parse(data), format)
  }
}

/**
 * A phone number is always read left to right: in a right-to-left email a left-to-right isolate
 * keeps "+44 7911 123456" from showing its "+" at the far end.
 */
function phoneLine(phone: string, locale: EmailLocale): string {
  return localeDirection(locale) === 'rtl' ? `\u2066${phone}\u2069` : phone
}

/** The order number the data carries; emails queued before orders had numbers carry none. */
function numberIn(data: unknown): number | undefined {
  const number = typeof data === 'object' && data !== null ? (data as { orderNumber?: unknown }).orderNumber : undefined
  return typeof number === 'number' ? number : undefined
}
