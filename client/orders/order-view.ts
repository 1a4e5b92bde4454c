/** Pure reads of an order for the order pages: counts, what the shopper may still do, what is stale. */
import type { Order, OrderHistoryEntry } from '../../shared/orders/order.ts'
import { canTransition } from '../../shared/orders/order-status.ts'

/** How many items (units, not lines) the order holds. */
export function itemCount(order: Pick<Order, 'lines'>): number {
  return order.lines.reduce((sum, line) => sum + line.quantity, 0)
}

/**
 * Whether the shopper can still pay: the order waits for (another) payment and its stock is still
 * reserved. The server checks the same (orders.service.ts assertPayable) and has the last word.
 */
export function canPayNow(order: Pick<Order, 'status' | 'reservationExpiresAt'>, now: Date): boolean {
  if (!canTransition(order.status, 'paid') || order.reservationExpiresAt === null) return false
  return Date.parse(order.reservationExpiresAt) > now.getTime()
}

/**
 * Whether an answer from the server may replace the copy this device holds. A list fetched before a
 * payment and answered after it would otherwise put "Payment failed" back over the paid order the
 * payment's own answer stored: a copy older than the stored one (by `updatedAt`) is dropped.
 */
export function isNewerCopy(fresh: Pick<Order, 'updatedAt'>, stored: Pick<Order, 'updatedAt'> | undefined): boolean {
  return stored === undefined || Date.parse(fresh.updatedAt) >= Date.parse(stored.updatedAt)
}

export type TimelineEntry = OrderHistoryEntry & {
  /** The order's state now: the latest entry that led to its status. Earlier ones are past. */
  readonly current: boolean
}

/**
 * The status history as the order page lists it (oldest first, every step kept): a declined payment
 * stays listed after the retry that paid, but only the latest entry is the current state.
 */
export function statusTimeline(order: Pick<Order, 'status' | 'history'>): TimelineEntry[] {
  const current = order.history.findLastIndex((entry) => entry.to === order.status)
  return order.history.map((entry, index) => ({ ...entry, current: index === current }))
}

/**
 * Which stored orders a fresh list from the server proves gone (another shopper's, or deleted).
 * The server lists only the newest `listLimit`: when the list is full, stored orders older than its
 * oldest may still be the shopper's and are kept.
 */
export function staleOrderIds(
  stored: readonly Pick<Order, 'id' | 'createdAt'>[],
  fresh: readonly Pick<Order, 'id' | 'createdAt'>[],
  listLimit: number,
): string[] {
  const freshIds = new Set(fresh.map((order) => order.id))
  const oldestListed =
    fresh.length >= listLimit ? Math.min(...fresh.map((order) => Date.parse(order.createdAt))) : -Infinity
  return stored
    .filter((order) => !freshIds.has(order.id) && Date.parse(order.createdAt) >= oldestListed)
    .map((order) => order.id)
}
