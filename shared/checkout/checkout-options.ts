/** Wire types of `GET /api/checkout/options` and `POST /api/checkout/quote` (zod-free, for the client). */
import type { DiscountAllocation, DiscountRefusal, DiscountRule } from '../discounts/discount.ts'
import type { ProductId, VariantId } from '../ids.ts'
import type { MarketId, TaxMode } from '../markets/market.ts'
import type { CurrencyCode } from '../money.ts'
import type { OrderLineOption, PaymentProviderName } from '../orders/order.ts'
import type { CheckoutDefaults, CheckoutTotals, ShippingMethod } from './checkout-totals.ts'

/**
 * Countries the checkout form offers (ISO 3166-1 alpha-2); the ones `taxRateBasisPoints` taxes first.
 * Each has its address format in address-format.ts (fields, postal code pattern, layout) and a market
 * in shared/markets/market.ts.
 */
export const shippingCountries = [
  'DE',
  'AT',
  'FR',
  'NL',
  'GB',
  'BE',
  'CH',
  'DK',
  'IT',
  'ES',
  'US',
  'CA',
  'AU',
  'JP',
] as const

export type CheckoutOptions = {
  readonly paymentProvider: PaymentProviderName
  /** Set when payments go through Stripe: the key Stripe.js is loaded with. */
  readonly stripePublishableKey: string | null
  /**
   * The methods offered, priced in USD (the base currency). The price of an order in any currency
   * is `shippingRatesOf(currency)` (checkout-totals.ts), the table the server charges by.
   */
  readonly shippingMethods: readonly { readonly method: ShippingMethod; readonly price: number }[]
  /** Items total (USD minor units) from which standard shipping is free; per currency: `shippingRatesOf`. */
  readonly freeStandardShippingFrom: number
  /** Country → tax rate in basis points (1900 = 19 %); countries not listed are untaxed. */
  readonly taxRates: Readonly<Record<string, number>>
  readonly countries: readonly string[]
  /** The signed-in account's last checkout (email, address, method); null for guests and first-timers. */
  readonly defaults: CheckoutDefaults | null
}

/**
 * How a cart line stands right now: `limited` when fewer are in stock than in the cart, `unavailable`
 * when the product was withdrawn or sold out. Placing the order needs every line `ok`.
 */
export type QuoteLineStatus = 'ok' | 'limited' | 'unavailable'

export type QuoteLine = {
  readonly productId: ProductId
  readonly variantId: VariantId
  readonly name: string
  /** The variant's options ("Size 42", "Black"); empty for a product sold in one form. */
  readonly options: readonly OrderLineOption[]
  /** The current price in minor units (the one the order will take). */
  readonly unitPrice: number
  readonly quantity: number
  /** Units in stock now (0 when unavailable). */
  readonly inStock: number
  readonly status: QuoteLineStatus
}

/**
 * The discount the order would get: the rule (kept by the device to preview totals offline, decision
 * 0018) and its amounts now. `automatic` when no code was asked for and a promotion applies.
 */
export type QuoteDiscount = {
  readonly rule: DiscountRule
  readonly amount: number
  readonly allocation: readonly DiscountAllocation[]
}

export type CheckoutQuote = {
  readonly currency: CurrencyCode
  /**
   * The market of the shipping country that priced the quote (decision 0026), and whether its prices
   * contain the tax (`totals.tax` is then the included part) or the tax is added. Absent from servers
   * before markets.
   */
  readonly market?: MarketId
  readonly taxMode?: TaxMode
  readonly lines: readonly QuoteLine[]
  /** Totals of the lines that can be bought (`ok` and `limited` at their cart quantity). */
  readonly totals: CheckoutTotals
  /** The discount in the totals (the code asked for, else the best automatic promotion), or null. */
  readonly discount?: QuoteDiscount | null
  /** Why the code asked for does not apply now (the totals then carry the automatic promotion, if any). */
  readonly discountRefusal?: DiscountRefusal | null
}

/** `GET /api/checkout/promotions`: the automatic promotions running now, for the cart's preview. */
export type PromotionsAnswer = { readonly promotions: readonly DiscountRule[] }
