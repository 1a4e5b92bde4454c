/**
 * The order state machine (DESIGN §4): the only way an order's status changes is a transition this
 * table allows. Server and client both use it (the client to know which actions to offer).
 */
export const orderStatuses = [
  'pending_payment',
  'paid',
  'fulfilling',
  'shipped',
  'delivered',
  'payment_failed',
  'canceled',
  'refunded',
  'partially_refunded',
] as const
export type OrderStatus = (typeof orderStatuses)[number]

/**
 * Allowed next statuses. A repeated payment failure keeps `payment_failed` (no transition, a new
 * attempt is recorded); `canceled` and `refunded` are final. A full refund ends an order wherever
 * the money is (a parcel lost in transit: shipped → refunded). `partially_refunded` is reached from
 * paid or delivered; a paid order partly refunded (one item cannot be sent) still goes on to
 * fulfilment. A partial refund of an order being fulfilled or shipped keeps its status (the refund
 * shows in its history and refunded total).
 */
export const transitions = {
  pending_payment: ['paid', 'payment_failed', 'canceled'],
  payment_failed: ['paid', 'canceled'],
  paid: ['fulfilling', 'refunded', 'partially_refunded', 'canceled'],
  fulfilling: ['shipped', 'refunded', 'canceled'],
  shipped: ['delivered', 'refunded'],
  delivered: ['refunded', 'partially_refunded'],
  partially_refunded: ['fulfilling', 'refunded'],
  canceled: [],
  refunded: [],
} as const satisfies Record<OrderStatus, readonly OrderStatus[]>

/** Whether `from → to` is an allowed transition. */
export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return (transitions[from] as readonly OrderStatus[]).includes(to)
}

/** Throws on a transition the table does not allow: a caller reaching it has a bug. */
export function assertTransition(from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) throw new Error(`order status cannot change from ${from} to ${to}`)
}

/** Statuses that still hold reserved stock, released when the reservation expires. */
export const reservingStatuses = ['pending_payment', 'payment_failed'] as const satisfies readonly OrderStatus[]

export function isOrderStatus(value: string): value is OrderStatus {
  return (orderStatuses as readonly string[]).includes(value)
}
