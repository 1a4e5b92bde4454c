/**
 * Prices as the shopper's language writes them, from integer minor units. One formatter per locale
 * and currency: building an Intl.NumberFormat costs far more than using one (a category page's
 * prices cost tens of milliseconds of a phone's main thread otherwise).
 */
import { type CurrencyCode, minorUnitsPerMajorOf } from '../money.ts'
import { isolate } from './bidi.ts'
import { type Locale, localeDirection } from './locales.ts'

const formats = new Map<string, Intl.NumberFormat>()

/**
 * In a right-to-left language the currency code is isolated: Arabic writes `279.99 US$`, and
 * without the isolate the bidi algorithm shows the Latin code's letters and symbol as `$US`.
 */
export function formatPrice(locale: Locale, amount: number, currency: CurrencyCode): string {
  const format = priceFormat(locale, currency)
  const value = amount / minorUnitsPerMajorOf(currency)
  if (localeDirection(locale) === 'ltr') return format.format(value)
  return format
    .formatToParts(value)
    .map((part) => (part.type === 'currency' ? isolate(part.value) : part.value))
    .join('')
}

function priceFormat(locale: Locale, currency: CurrencyCode): Intl.NumberFormat {
  const key = `${locale}:${currency}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency })
    formats.set(key, format)
  }
  return format
}
