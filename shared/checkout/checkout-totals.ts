/**
 * Checkout totals, in integer minor units. Rounding rule: tax is computed once on the taxable sum
 * (items + shipping − discount), not per line, as `round half up (taxable × basis points / 10 000)`
 * added on top (tax mode `exclusive`), or, where prices contain the tax (`inclusive`, decision 0026),
 * as the included part `round half up (taxable × basis points / (10 000 + basis points))`; every
 * other amount is an exact integer sum, so totals never drift by a cent between client and server.
 * A discount (shared/discounts/) is already in minor units when it gets here.
 */
import type { TaxMode } from '../markets/market.ts'
import { vatRateOf, vatRatesOf } from '../markets/tax-rates.ts'
import type { CurrencyCode } from '../money.ts'

export const shippingMethods = ['standard', 'express'] as const
export type ShippingMethod = (typeof shippingMethods)[number]

export type ShippingAddress = {
  readonly name: string
  readonly line1: string
  readonly line2?: string | undefined
  readonly postalCode: string
  readonly city: string
  /** State or province code where the country's addresses need one (US "CA", CA "ON"); see address-format.ts. */
  readonly region?: string | undefined
  /** ISO 3166-1 alpha-2, upper case. */
  readonly country: string
  /** Optional, for the carrier: E.164 (`+493012345678`), printed per shared/checkout/phone-number.ts. */
  readonly phone?: string | undefined
}

/** What an account's next checkout starts from: its last checkout's contact and address. */
export type CheckoutDefaults = {
  readonly email: string
  readonly shippingAddress: ShippingAddress
  readonly shippingMethod: ShippingMethod
}

export type CheckoutTotals = {
  /** Σ unit price × quantity, before any discount. */
  readonly items: number
  /** Everything a discount takes off: its items amount plus the shipping it waives (0 without one). */
  readonly discount: number
  /** The method's price (before a free-shipping discount, which counts in `discount`). */
  readonly shipping: number
  readonly tax: number
  readonly total: number
}

/** What shipping costs in one currency (minor units): each method's price, and where standard becomes free. */
export type ShippingRates = {
  readonly prices: Readonly<Record<ShippingMethod, number>>
  /** Items total (after an items discount) from which standard shipping is free. */
  readonly freeStandardFrom: number
}

/**
 * Shipping per currency, set as local amounts rather than converted: a shopper in Japan expects
 * ¥600 and "free over ¥10,000", not ¥749 converted from $4.95 (and $4.95 read as ¥495 would be far
 * too cheap). USD and EUR keep the amounts every order had before markets, so totals of existing
 * carts and orders in those currencies are unchanged.
 */
export const shippingRatesByCurrency: Readonly<Record<CurrencyCode, ShippingRates>> = {
  USD: { prices: { standard: 495, express: 1495 }, freeStandardFrom: 10_000 },
  EUR: { prices: { standard: 495, express: 1495 }, freeStandardFrom: 10_000 },
  GBP: { prices: { standard: 395, express: 1195 }, freeStandardFrom: 8_000 },
  JPY: { prices: { standard: 600, express: 1500 }, freeStandardFrom: 10_000 },
}

/** The shipping rates of `currency` (the order's: its market's currency). */
export function shippingRatesOf(currency: CurrencyCode): ShippingRates {
  return shippingRatesByCurrency[currency]
}

/**
 * Shipping price per method and the free-shipping threshold in USD, the base currency.
 * @deprecated One currency's amounts; use `shippingRatesOf(currency)`.
 */
export const shippingPrices: Readonly<Record<ShippingMethod, number>> = shippingRatesByCurrency.USD.prices
/** @deprecated USD only; use `shippingRatesOf(currency).freeStandardFrom`. */
export const freeStandardShippingFrom = shippingRatesByCurrency.USD.freeStandardFrom

/** The price of `method` for items worth `itemsAfterDiscount` in `currency` (standard is free from the threshold). */
export function shippingPriceOf(method: ShippingMethod, itemsAfterDiscount: number, currency: CurrencyCode): number {
  const rates = shippingRatesOf(currency)
  return method === 'standard' && itemsAfterDiscount >= rates.freeStandardFrom ? 0 : rates.prices[method]
}

/**
 * Sales tax (VAT) added at checkout (tax mode `exclusive`) in basis points by destination country;
 * countries not listed are untaxed. The countries taxed before markets, at the VAT table's rates: the
 * other EU countries and Japan are taxed in their inclusive markets (shared/markets/tax-rates.ts).
 */
export const taxRateBasisPoints: Readonly<Record<string, number>> = vatRatesOf(['DE', 'AT', 'FR', 'NL', 'GB'])

/** What a discount does to the totals (an AppliedDiscount reduced to its amounts). */
export type TotalsDiscount = { readonly items: number; readonly freeShipping: boolean }

/**
 * The totals of `lines`. Shipping is priced in the lines' currency; standard shipping is free from
 * that currency's threshold of the items after their discount (what the shopper pays for them); a free-shipping discount waives the method's price.
 * `exclusive` (the default): tax at `taxRateBasisPoints` is added, `total = taxable + tax`.
 * `inclusive`: prices, shipping and discount contain tax at the destination's VAT rate, so
 * `total = taxable` and `tax` is the part of it that is tax. Exact in Number while
 * 2 × taxable × rate stays below 2^53 (taxable under 1.8 × 10^12 minor units at 25 %).
 */
export function checkoutTotals(input: {
  readonly lines: readonly { readonly unitPrice: number; readonly quantity: number }[]
  readonly shippingMethod: ShippingMethod
  readonly country: string
  readonly discount?: TotalsDiscount | null
  readonly taxMode?: TaxMode | undefined
  /**
   * The currency of the lines' prices, which picks the shipping rates (`shippingRatesOf`); absent:
   * USD, the base currency (callers from before markets).
   */
  readonly currency?: CurrencyCode | undefined
}): CheckoutTotals {
  const items = input.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0)
  const itemsDiscount = Math.min(Math.max(input.discount?.items ?? 0, 0), items)
  const shipping = shippingPriceOf(input.shippingMethod, items - itemsDiscount, input.currency ?? 'USD')
  const discount = itemsDiscount + (input.discount?.freeShipping ? shipping : 0)
  const taxable = items + shipping - discount
  if (input.taxMode === 'inclusive') {
    const tax = includedTax(taxable, vatRateOf(input.country))
    return { items, discount, shipping, tax, total: taxable }
  }
  const rate = taxRateBasisPoints[input.country] ?? 0
  // Integers only: floor((2x + 1) / 2) of x = taxable × rate / 10 000 is round half up.
  const tax = Math.floor((2 * taxable * rate + 10_000) / 20_000)
  return { items, discount, shipping, tax, total: taxable + tax }
}

/** The tax a gross amount contains, round half up of gross × rate / (10 000 + rate), in integers. */
export function includedTax(gross: number, basisPoints: number): number {
  const divisor = 10_000 + basisPoints
  return Math.floor((2 * gross * basisPoints + divisor) / (2 * divisor))
}
