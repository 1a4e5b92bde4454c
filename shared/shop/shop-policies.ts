/**
 * What the shop promises about shipping and returns, shown on product pages. One typed object the
 * server puts in the product page's data (server/pages) and the app reads from there, so a later
 * settings store (an admin page) replaces `defaultShopPolicies` in one place; until then these are
 * the defaults, and the app uses them too when it has no server page to read (offline, app shell).
 * The free-shipping threshold is the one checkout charges by (shared/checkout/checkout-totals.ts).
 */
import { type ShippingMethod, shippingRatesByCurrency } from '../checkout/checkout-totals.ts'
import { type CurrencyCode, currencyCodes } from '../money.ts'

/** A delivery estimate in working days, from `min` to `max` (equal for an exact promise). */
export type DeliveryDays = { readonly min: number; readonly max: number }

export type ShopPolicies = {
  /** Per currency, the items total (its minor units) from which standard shipping is free. */
  readonly freeStandardShippingFrom: Readonly<Record<CurrencyCode, number>>
  readonly deliveryDays: Readonly<Record<ShippingMethod, DeliveryDays>>
  /** Days after delivery within which an item can be returned. */
  readonly returnDays: number
}

export const defaultShopPolicies: ShopPolicies = {
  freeStandardShippingFrom: Object.fromEntries(
    currencyCodes.map((currency) => [currency, shippingRatesByCurrency[currency].freeStandardFrom]),
  ) as Record<CurrencyCode, number>,
  // As the checkout's shipping methods say (locales: checkout.method.*.note).
  deliveryDays: { standard: { min: 3, max: 5 }, express: { min: 1, max: 2 } },
  returnDays: 30,
}
