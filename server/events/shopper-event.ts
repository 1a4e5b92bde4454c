/**
 * Events of a shopper, as logged and as sent on `GET /api/events`. They are pokes (DESIGN §8): the
 * client learns that its cart or wishlist reached `version` and pulls the state itself.
 */
export type ShopperEventType =
  | 'cart.updated'
  | 'wishlist.updated'
  | 'order.created'
  | 'order.status_changed'
  | 'order.tracking_updated'

/** Every type, for parsing the log; order events carry the shopper's version at the time (a poke to refetch orders). */
export const shopperEventTypes: readonly ShopperEventType[] = [
  'cart.updated',
  'wishlist.updated',
  'order.created',
  'order.status_changed',
  'order.tracking_updated',
]

export type ShopperEvent = { readonly id: number; readonly type: ShopperEventType; readonly version: number }

/** The bus channel that wakes the streams of one shopper (on every instance, with Redis). */
export function shopperChannel(shopperId: string): string {
  return `shopper:${shopperId}`
}

/**
 * The bus channel poked when a pending guest session (no row, the nil shopper) is stored by its first
 * write, so the guest's open streams move to its new shopper. Named by the session's id hash.
 */
export function guestSessionChannel(sessionIdHash: string): string {
  return `guest-session:${sessionIdHash}`
}
