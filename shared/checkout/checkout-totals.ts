/**
 * Checkout totals, in integer minor units. Rounding rule: tax is computed once on the taxable sum
 * (items + shipping), not per line, as `round half up (taxable × basis points / 10 000)`; every
 * other amount is an exact integer sum, so totals never drift by a cent between client and server.
 */
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
  readonly items: number
  readonly shipping: number
  readonly tax: number
  readonly total: number
}

/** Shipping price per method; standard is free from `freeStandardShippingFrom` of items. */
export const shippingPrices: Record<ShippingMethod, number> = { standard: 495, express: 1495 }
export const freeStandardShippingFrom = 10_000

/** Sales tax (VAT) in basis points by destination country; countries not listed are untaxed. */
export const taxRateBasisPoints: Readonly<Record<string, number>> = { DE: 1900, AT: 2000, FR: 2000, NL: 2100, GB: 2000 }

export function checkoutTotals(input: {
  readonly lines: readonly { readonly unitPrice: number; readonly quantity: number }[]
  readonly shippingMethod: ShippingMethod
  readonly country: string
}): CheckoutTotals {
  const items = input.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0)
  const shipping =
    input.shippingMethod === 'standard' && items >= freeStandardShippingFrom ? 0 : shippingPrices[input.shippingMethod]
  const rate = taxRateBasisPoints[input.country] ?? 0
  // Integers only: floor((2x + 1) / 2) of x = taxable × rate / 10 000 is round half up.
  const tax = Math.floor((2 * (items + shipping) * rate + 10_000) / 20_000)
  return { items, shipping, tax, total: items + shipping + tax }
}
