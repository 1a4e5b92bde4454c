/**
 * The fingerprint of a checkout request, stored with its order: a repeat of the idempotency key
 * must carry the same request (IETF idempotency-key draft), else it is refused rather than silently
 * answered with an order for another address.
 */
import { createHash } from 'node:crypto'
import type { ShippingAddress, ShippingMethod } from '../../shared/checkout/checkout-totals.ts'

export type CheckoutRequest = {
  readonly email: string
  readonly shippingAddress: ShippingAddress
  readonly shippingMethod: ShippingMethod
  readonly discountCode?: string | undefined
}

/** sha256 over the request in a fixed field order (after the schema trimmed and upper-cased it). */
export function hashCheckoutRequest(request: CheckoutRequest): string {
  const a = request.shippingAddress
  const canonical = JSON.stringify([
    request.email,
    a.name,
    a.line1,
    a.line2 ?? '',
    a.postalCode,
    a.city,
    a.country,
    request.shippingMethod,
    // Appended only when present, so requests without one hash as they did before regions existed.
    ...(a.region ? [a.region] : []),
    // Only when there is one, so requests without a code hash as they did before codes existed.
    ...(request.discountCode !== undefined ? [request.discountCode] : []),
    // Tagged (a pair, not a bare string) so a phone can never hash like a discount code; absent, as before phones.
    ...(a.phone ? [['phone', a.phone]] : []),
  ])
  return createHash('sha256').update(canonical).digest('hex')
}
