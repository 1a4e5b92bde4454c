/** An order as the API returns it (zod-free, so the client imports it without the schema library). */
import type { CheckoutTotals, ShippingAddress, ShippingMethod } from '../checkout/checkout-totals.ts'
import type { ProductId } from '../ids.ts'
import type { CurrencyCode } from '../money.ts'
import type { OrderStatus } from './order-status.ts'

/** One product of an order, priced when the order was placed (unit price in minor units). */
export type OrderLine = {
  readonly productId: ProductId
  readonly name: string
  readonly unitPrice: number
  readonly quantity: number
  readonly lineTotal: number
}

/** Where the payment stands, as the provider reported it last. */
export type PaymentStatus = 'requires_payment_method' | 'requires_action' | 'succeeded' | 'failed' | 'canceled'

export type Order = {
  readonly id: string
  readonly status: OrderStatus
  readonly email: string
  readonly currency: CurrencyCode
  readonly lines: readonly OrderLine[]
  readonly totals: CheckoutTotals
  readonly shippingMethod: ShippingMethod
  readonly shippingAddress: ShippingAddress
  readonly payment: {
    readonly status: PaymentStatus | null
    /** Why the last attempt failed, shown to the shopper (e.g. insufficient_funds). */
    readonly failureReason: string | null
  }
  /** Until when the stock stays reserved for payment; null once paid or released. */
  readonly reservationExpiresAt: string | null
  readonly createdAt: string
}
