/** An order as the API returns it (zod-free, so the client imports it without the schema library). */
import type { CheckoutTotals, ShippingAddress, ShippingMethod } from '../checkout/checkout-totals.ts'
import type { ProductId, VariantId } from '../ids.ts'
import type { TaxMode } from '../markets/market.ts'
import type { CurrencyCode } from '../money.ts'
import type { OrderStatus } from './order-status.ts'

/** One variant of an order, priced when the order was placed (unit price in minor units). */
/** One option of an ordered variant, as named when ordered: `{ code: 'size', name: 'Size', value: '42' }`. */
export type OrderLineOption = { readonly code: string; readonly name: string; readonly value: string }

/** True for a well-formed list of options (a client-side shape check; the client ships no zod). */
export function isOrderLineOptions(value: unknown): value is OrderLineOption[] {
  return (
    Array.isArray(value) &&
    value.every(
      (option) =>
        typeof option === 'object' &&
        option !== null &&
        typeof option.code === 'string' &&
        typeof option.name === 'string' &&
        typeof option.value === 'string',
    )
  )
}

export type OrderLine = {
  readonly productId: ProductId
  readonly variantId: VariantId
  readonly sku: string
  readonly name: string
  /** Empty for a product sold in one form. */
  readonly options: readonly OrderLineOption[]
  readonly unitPrice: number
  readonly quantity: number
  readonly lineTotal: number
  /**
   * The line's share of the order's discount (minor units); absent or 0 without one. What the
   * shopper paid for the line, and at most what a refund of it returns, is `lineTotal − discount`.
   */
  readonly discount?: number
}

/** The discount an order got: its code (null for an automatic promotion), its title and amount. */
export type OrderDiscount = { readonly code: string | null; readonly title: string; readonly amount: number }

/** What the shopper paid for a line: its total less its share of the order's discount. */
export function paidForLine(line: Pick<OrderLine, 'lineTotal' | 'discount'>): number {
  return line.lineTotal - (line.discount ?? 0)
}

/** Where the payment stands, as the provider reported it last (Stripe's PaymentIntent states). */
export type PaymentStatus =
  | 'requires_payment_method'
  | 'requires_action'
  | 'processing'
  | 'succeeded'
  | 'failed'
  | 'canceled'

/** Which provider takes the payment: the built-in test provider, or Stripe when configured. */
export type PaymentProviderName = 'test' | 'stripe'

export type RefundStatus = 'pending' | 'succeeded' | 'failed'

/** One status an order took; `from` is null for its creation. */
export type OrderHistoryEntry = {
  readonly from: OrderStatus | null
  readonly to: OrderStatus
  readonly reason: string
  readonly at: string
}

export type OrderRefund = {
  readonly id: string
  readonly amount: number
  readonly status: RefundStatus
  readonly reason: string | null
  readonly createdAt: string
}

/** Where the parcel is: the carrier's name and its tracking number (ISO timestamps). */
export type OrderTracking = {
  readonly carrier: string
  readonly trackingNumber: string
  readonly shippedAt: string
  readonly deliveredAt: string | null
}

export type Order = {
  readonly id: string
  /** The sequential number shown as `SF-10042` (formatOrderNumber); the id stays the API's. */
  readonly number: number
  readonly status: OrderStatus
  readonly email: string
  readonly currency: CurrencyCode
  /**
   * Whether the prices contain the tax (`totals.tax` is the included part, "incl. VAT") or it was
   * added ("Tax"): the order's market's mode (decision 0026). Absent on a device's copy of an order
   * from before markets, which had it added.
   */
  readonly taxMode?: TaxMode
  readonly lines: readonly OrderLine[]
  readonly totals: CheckoutTotals
  /** Null (or absent, orders from before discounts) when the order got none. */
  readonly discount?: OrderDiscount | null
  readonly shippingMethod: ShippingMethod
  readonly shippingAddress: ShippingAddress
  readonly payment: {
    readonly provider: PaymentProviderName
    readonly status: PaymentStatus | null
    /** For Stripe's Payment Element (owner only, while the order can be paid); null otherwise. */
    readonly clientSecret: string | null
    /** Why the last attempt failed, shown to the shopper (e.g. insufficient_funds). */
    readonly failureReason: string | null
  }
  /** Until when the stock stays reserved for payment; null once paid or released. */
  readonly reservationExpiresAt: string | null
  /** Sum of succeeded refunds in minor units. */
  readonly refundedTotal: number
  readonly refunds: readonly OrderRefund[]
  /** Oldest first. */
  readonly history: readonly OrderHistoryEntry[]
  /** Set when the order ships; `deliveredAt` once it is marked delivered. */
  readonly tracking: OrderTracking | null
  readonly createdAt: string
  readonly updatedAt: string
}
