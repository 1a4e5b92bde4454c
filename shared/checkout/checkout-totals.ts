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

/** Shipping price per method; standard is free from `freeStandardShippingFrom` of items. */
export const shippingPrices: Record<ShippingMethod, number> = { standard: 495, express: 1495 }
export const freeStandardShippingFrom = 10_000

/**
 * Sales tax (VAT) added at checkout (tax mode `exclusive`) in basis points by destination country;
 * countries not listed are untaxed. The countries taxed before markets, at the VAT table's rates: the
 * other EU countries and Japan are taxed in their inclusive markets (shared/markets/tax-rates.ts).
 */
export const taxRateBasisPoints: Readonly<Record<string, number>> = vatRatesOf(['DE', 'AT', 'FR', 'NL', 'GB'])

/** What a discount does to the totals (an AppliedDiscount reduced to its amounts). */
export type TotalsDiscount = { readonly items: number; readonly freeShipping: boolean }

/**
 * The totals of `lines`. Standard shipping is free from the threshold of the items after their
 * discount (what the shopper pays for them); a free-shipping discount waives the method's price.
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
   * The currency of the lines' prices (the market's), for shipping rates per currency; not read yet
   * (shipping is one set of amounts until the shipping rates per currency land).
   */
  readonly currency?: CurrencyCode | undefined
}): CheckoutTotals {
  const items = input.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0)
  const itemsDiscount = Math.min(Math.max(input.discount?.items ?? 0, 0), items)
  const shipping =
    input.shippingMethod === 'standard' && items - itemsDiscount >= freeStandardShippingFrom
      ? 0
      : shippingPrices[input.shippingMethod]
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
