/**
 * Which of the shopper's stored orders changed in a way worth a toast (issue 6): compares the orders
 * Dexie held before a refresh with those after it. Only the shop's steps count — being prepared,
 * shipped, delivered, canceled, refunded, a new tracking number — never payment outcomes, which
 * follow the shopper's own action on the page they are on. Orders not stored before (a new order,
 * another shopper's after a sign-in) are no news.
 */
import type { Order } from '../../shared/orders/order.ts'
import type { OrderStatus } from '../../shared/orders/order-status.ts'

export const announcedStatuses = [
  'fulfilling',
  'shipped',
  'delivered',
  'canceled',
  'refunded',
  'partially_refunded',
] as const satisfies readonly OrderStatus[]
export type AnnouncedStatus = (typeof announcedStatuses)[number]

export type OrderChange = {
  readonly orderId: string
  /** The order's number (missing on orders stored before numbers existed). */
  readonly number: number | undefined
  readonly change: AnnouncedStatus | 'tracking'
}

type Seen = { readonly status: OrderStatus; readonly trackingNumber: string | null }
export type OrderSnapshot = ReadonlyMap<string, Seen>

export function snapshotOrders(orders: readonly Order[]): OrderSnapshot {
  // `?.`: orders stored before tracking existed have no such field.
  return new Map(orders.map((o) => [o.id, { status: o.status, trackingNumber: o.tracking?.trackingNumber ?? null }]))
}

export function orderChanges(before: OrderSnapshot, after: readonly Order[]): OrderChange[] {
  return after.flatMap((order): OrderChange[] => {
    const seen = before.get(order.id)
    if (!seen) return []
    if (seen.status !== order.status)
      return isAnnounced(order.status) ? [{ orderId: order.id, number: order.number, change: order.status }] : []
    const trackingNumber = order.tracking?.trackingNumber ?? null
    return seen.trackingNumber !== null && trackingNumber !== null && trackingNumber !== seen.trackingNumber
      ? [{ orderId: order.id, number: order.number, change: 'tracking' }]
      : []
  })
}

function isAnnounced(status: OrderStatus): status is AnnouncedStatus {
  return (announcedStatuses as readonly OrderStatus[]).includes(status)
}
