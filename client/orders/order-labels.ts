/** Message ids for the order's enumerations, typed so a new status cannot go without a label. */
import type { ShippingMethod } from '../../shared/checkout/checkout-totals.ts'
import type { PaymentStatus, RefundStatus } from '../../shared/orders/order.ts'
import type { OrderStatus } from '../../shared/orders/order-status.ts'
import type { MessageId } from '../platform/i18n.tsx'

export const orderStatusLabels = {
  pending_payment: 'orders.status.pending_payment',
  paid: 'orders.status.paid',
  fulfilling: 'orders.status.fulfilling',
  shipped: 'orders.status.shipped',
  delivered: 'orders.status.delivered',
  payment_failed: 'orders.status.payment_failed',
  canceled: 'orders.status.canceled',
  refunded: 'orders.status.refunded',
  partially_refunded: 'orders.status.partially_refunded',
} as const satisfies Record<OrderStatus, MessageId>

/** The badge colour: good news, waiting on the shopper, a problem, or settled. */
export type StatusTone = 'ok' | 'wait' | 'problem' | 'done'

export const orderStatusTones = {
  pending_payment: 'wait',
  paid: 'ok',
  fulfilling: 'ok',
  shipped: 'ok',
  delivered: 'done',
  payment_failed: 'problem',
  canceled: 'done',
  refunded: 'done',
  partially_refunded: 'done',
} as const satisfies Record<OrderStatus, StatusTone>

export const paymentStatusLabels = {
  requires_payment_method: 'orders.payment.requires_payment_method',
  requires_action: 'orders.payment.requires_action',
  processing: 'orders.payment.processing',
  succeeded: 'orders.payment.succeeded',
  failed: 'orders.payment.failed',
  canceled: 'orders.payment.canceled',
} as const satisfies Record<PaymentStatus, MessageId>

export const refundStatusLabels = {
  pending: 'orders.refund.pending',
  succeeded: 'orders.refund.succeeded',
  failed: 'orders.refund.failed',
} as const satisfies Record<RefundStatus, MessageId>

export const shippingMethodLabels = {
  standard: 'orders.shippingMethod.standard',
  express: 'orders.shippingMethod.express',
} as const satisfies Record<ShippingMethod, MessageId>
