/** The only SQL of Web Push: the VAPID key row, the subscriptions and the outbox of status changes. */
import { and, eq, inArray, or } from 'drizzle-orm'
import type { OrderStatus } from '../../shared/orders/order-status.ts'
import { orders, pushConfig, pushOutbox, pushSubscriptions } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type VapidKeyPair = { readonly publicKey: string; readonly privateKey: string }
export type StoredSubscription = typeof pushSubscriptions.$inferSelect
export type PushOutboxRow = typeof pushOutbox.$inferSelect

/** Keeps the first pair ever stored: a second instance's candidate is dropped and the stored one read. */
export async function storeVapidKeys(db: Db, candidate: VapidKeyPair): Promise<VapidKeyPair> {
  await db
    .insert(pushConfig)
    .values({ id: 1, ...candidate })
    .onConflictDoNothing({ target: pushConfig.id })
  const [row] = await db.select().from(pushConfig).where(eq(pushConfig.id, 1))
  if (!row) throw new Error('push_config row vanished')
  return { publicKey: row.publicKey, privateKey: row.privateKey }
}

export async function readVapidKeys(db: Db): Promise<VapidKeyPair | undefined> {
  const [row] = await db.select().from(pushConfig).where(eq(pushConfig.id, 1))
  return row && { publicKey: row.publicKey, privateKey: row.privateKey }
}

type NewSubscription = {
  readonly endpoint: string
  readonly p256dh: string
  readonly auth: string
  readonly shopperId: string
  readonly userId: string | null
}

/** One row per endpoint (device): subscribing again moves it to the current shopper and keys. */
export async function upsertSubscription(db: Db, subscription: NewSubscription): Promise<void> {
  const { endpoint, ...rest } = subscription
  await db
    .insert(pushSubscriptions)
    .values(subscription)
    .onConflictDoUpdate({ target: pushSubscriptions.endpoint, set: rest })
}

/** Only the shopper (or account) that owns the endpoint may remove it; true when a row went. */
export async function deleteSubscriptionOf(
  db: Db,
  endpoint: string,
  owner: { shopperId: string; userId: string | null },
): Promise<boolean> {
  const ownedBy = owner.userId
    ? or(eq(pushSubscriptions.shopperId, owner.shopperId), eq(pushSubscriptions.userId, owner.userId))
    : eq(pushSubscriptions.shopperId, owner.shopperId)
  const rows = await db
    .delete(pushSubscriptions)
    .where(and(eq(pushSubscriptions.endpoint, endpoint), ownedBy))
    .returning({ id: pushSubscriptions.id })
  return rows.length > 0
}

export async function deleteSubscription(db: Db, id: number): Promise<void> {
  await db.delete(pushSubscriptions).where(eq(pushSubscriptions.id, id))
}

export async function enqueueStatusPush(tx: Db, orderId: string, status: OrderStatus): Promise<void> {
  await tx.insert(pushOutbox).values({ orderId, status })
}

/** Takes (deletes) up to `limit` queued changes; rows another worker holds are skipped. */
export async function takeQueuedPushes(db: Db, limit: number): Promise<PushOutboxRow[]> {
  const queued = db
    .select({ id: pushOutbox.id })
    .from(pushOutbox)
    .orderBy(pushOutbox.id)
    .limit(limit)
    .for('update', { skipLocked: true })
  return db.delete(pushOutbox).where(inArray(pushOutbox.id, queued)).returning()
}

export type PushTarget = {
  readonly locale: string
  /** The order's number (formatOrderNumber shows it). */
  readonly orderNumber: number
  readonly subscriptions: StoredSubscription[]
}

/** The order's language and number, and the devices of the shopper or account that placed it. */
export async function pushTargetOf(db: Db, orderId: string): Promise<PushTarget | undefined> {
  const [order] = await db
    .select({
      shopperId: orders.shopperId,
      userId: orders.userId,
      locale: orders.locale,
      orderNumber: orders.orderNumber,
    })
    .from(orders)
    .where(eq(orders.id, orderId))
  if (!order) return undefined
  const owners = [
    ...(order.shopperId ? [eq(pushSubscriptions.shopperId, order.shopperId)] : []),
    ...(order.userId ? [eq(pushSubscriptions.userId, order.userId)] : []),
  ]
  if (owners.length === 0) return { locale: order.locale, orderNumber: order.orderNumber, subscriptions: [] }
  const subscriptions = await db
    .select()
    .from(pushSubscriptions)
    .where(or(...owners))
  return { locale: order.locale, orderNumber: order.orderNumber, subscriptions }
}
