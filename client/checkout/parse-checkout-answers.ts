/**
 * Shape checks of `GET /api/checkout/options` and `POST /api/checkout/quote` (the client ships no
 * zod, like the other parsers): they throw on anything the checkout page could not show.
 */
import type {
  CheckoutOptions,
  CheckoutQuote,
  QuoteDiscount,
  QuoteLine,
  QuoteLineStatus,
} from '../../shared/checkout/checkout-options.ts'
import type { CheckoutDefaults, ShippingMethod } from '../../shared/checkout/checkout-totals.ts'
import { shippingMethods } from '../../shared/checkout/checkout-totals.ts'
import { isDiscountRefusal } from '../../shared/discounts/discount.ts'
import { asProductId, asVariantId } from '../../shared/ids.ts'
import { type CurrencyCode, currencyCodes } from '../../shared/money.ts'
import { isOrderLineOptions } from '../../shared/orders/order.ts'
import { parseDiscountRule } from '../discounts/parse-discount-rule.ts'
import { isAmount, isRecord, isTotals } from '../orders/parse-order.ts'

const lineStatuses: readonly QuoteLineStatus[] = ['ok', 'limited', 'unavailable']

export function parseCheckoutOptions(body: unknown): CheckoutOptions {
  if (!isRecord(body)) throw new TypeError('checkout options: body is not an object')
  const { paymentProvider, stripePublishableKey, freeStandardShippingFrom, taxRates, countries, defaults } = body
  if (paymentProvider !== 'test' && paymentProvider !== 'stripe') throw new TypeError('checkout options: bad provider')
  if (stripePublishableKey !== null && typeof stripePublishableKey !== 'string')
    throw new TypeError('checkout options: bad stripePublishableKey')
  if (!Array.isArray(body.shippingMethods) || !body.shippingMethods.every(isShippingOption))
    throw new TypeError('checkout options: bad shippingMethods')
  if (!isAmount(freeStandardShippingFrom)) throw new TypeError('checkout options: bad freeStandardShippingFrom')
  if (!isRecord(taxRates) || !Object.values(taxRates).every(isAmount))
    throw new TypeError('checkout options: bad taxRates')
  if (!Array.isArray(countries) || !countries.every((c) => typeof c === 'string' && /^[A-Z]{2}$/.test(c)))
    throw new TypeError('checkout options: bad countries')
  if (defaults !== null && !isDefaults(defaults)) throw new TypeError('checkout options: bad defaults')
  return {
    paymentProvider,
    stripePublishableKey,
    shippingMethods: body.shippingMethods,
    freeStandardShippingFrom,
    taxRates: taxRates as Record<string, number>,
    countries,
    defaults,
  }
}

export function parseCheckoutQuote(body: unknown): CheckoutQuote {
  if (!isRecord(body)) throw new TypeError('checkout quote: body is not an object')
  const { currency, lines, totals, discount, discountRefusal } = body
  if (!currencyCodes.includes(currency as CurrencyCode)) throw new TypeError('checkout quote: bad currency')
  if (!Array.isArray(lines)) throw new TypeError('checkout quote: lines is not an array')
  if (!isTotals(totals)) throw new TypeError('checkout quote: bad totals')
  if (discountRefusal != null && !isDiscountRefusal(discountRefusal))
    throw new TypeError('checkout quote: bad discountRefusal')
  return {
    currency: currency as CurrencyCode,
    lines: lines.map(parseQuoteLine),
    totals: { ...totals, discount: totals.discount ?? 0 },
    discount: discount == null ? null : parseQuoteDiscount(discount),
    discountRefusal: discountRefusal ?? null,
  }
}

function parseQuoteDiscount(value: unknown): QuoteDiscount {
  if (!isRecord(value) || !isAmount(value.amount) || !Array.isArray(value.allocation))
    throw new TypeError('checkout quote: bad discount')
  const allocation = value.allocation.map((share) => {
    if (!isRecord(share) || typeof share.variantId !== 'string' || !isAmount(share.amount))
      throw new TypeError('checkout quote: bad discount allocation')
    return { variantId: asVariantId(share.variantId), amount: share.amount }
  })
  return { rule: parseDiscountRule(value.rule), amount: value.amount, allocation }
}

function parseQuoteLine(value: unknown): QuoteLine {
  if (!isRecord(value)) throw new TypeError('checkout quote: a line is not an object')
  const { productId, variantId, name, options, unitPrice, quantity, inStock, status } = value
  if (typeof productId !== 'string' || typeof variantId !== 'string' || typeof name !== 'string')
    throw new TypeError('checkout quote: bad line id')
  if (!isOrderLineOptions(options)) throw new TypeError('checkout quote: bad line options')
  if (!isAmount(unitPrice) || !isAmount(quantity) || !isAmount(inStock))
    throw new TypeError('checkout quote: bad line amounts')
  if (!lineStatuses.includes(status as QuoteLineStatus)) throw new TypeError('checkout quote: bad line status')
  return {
    productId: asProductId(productId),
    variantId: asVariantId(variantId),
    name,
    options,
    unitPrice,
    quantity,
    inStock,
    status: status as QuoteLineStatus,
  }
}

function isShippingOption(value: unknown): value is { method: ShippingMethod; price: number } {
  return isRecord(value) && shippingMethods.includes(value.method as ShippingMethod) && isAmount(value.price)
}

function isDefaults(value: unknown): value is CheckoutDefaults {
  if (!isRecord(value) || typeof value.email !== 'string') return false
  if (!shippingMethods.includes(value.shippingMethod as ShippingMethod)) return false
  const a = value.shippingAddress
  return (
    isRecord(a) &&
    ['name', 'line1', 'postalCode', 'city', 'country'].every((key) => typeof a[key] === 'string') &&
    (a.line2 === undefined || typeof a.line2 === 'string') &&
    (a.region === undefined || typeof a.region === 'string')
  )
}
