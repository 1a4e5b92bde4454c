/**
 * The shopper's orders on this device (Dexie `orders`): fetched from the server and stored, so the
 * order pages — which render only from Dexie — show them offline and follow every refresh live.
 *
 * Fetch-and-store runs under the shopper-sync lock, as the cart's pull does: a sign-in or sign-out
 * clears the orders under that same lock (sync-engine.ts), so an answer for the previous shopper can
 * never land after it.
 */
import type { Order } from '../../shared/orders/order.ts'
import type { LocalDb } from '../local-data/local-db.ts'
import { withShopperLock } from '../local-data/shopper-exchange.ts'
import { metaKeys } from '../local-data/storage-keys.ts'
import { ApiError, getJson } from '../platform/api-client.ts'
import { isNewerCopy, staleOrderIds } from './order-view.ts'
import { parseOrder, parseOrderList } from './parse-order.ts'

/** `GET /api/orders` lists the newest 100 (server/orders/orders.service.ts). */
const orderListLimit = 100

/**
 * Fetch the order list and make the stored orders match it, in one transaction. `replaceAll`: the
 * shopper changed, so no stored order may stay, not even one older than the server's list.
 */
export function refreshOrders(db: LocalDb, options: { readonly replaceAll?: boolean } = {}): Promise<void> {
  return withShopperLock(async () => {
    const fresh = await getJson('/api/orders', parseOrderList)
    await db.transaction('rw', db.orders, db.meta, async () => {
      if (options.replaceAll) await db.orders.clear()
      const stored = new Map((await db.orders.toArray()).map((order) => [order.id, order]))
      await db.orders.bulkDelete(staleOrderIds([...stored.values()], fresh, orderListLimit))
      await db.orders.bulkPut(fresh.filter((order) => isNewerCopy(order, stored.get(order.id))))
      await db.meta.put({ key: metaKeys.ordersSyncedAt, value: new Date().toISOString() })
    })
  })
}

export type OrderLookup = 'found' | 'not_found'

/**
 * Fetch one order and store it. `not_found` when the server has no such order for this shopper
 * (a 400 for an id that is no uuid means the same to a shopper); a stored copy is then removed.
 * Rejects with the ApiError of any other failure (NETWORK when offline).
 */
export function refreshOrder(db: LocalDb, orderId: string): Promise<OrderLookup> {
  return withShopperLock(async () => {
    try {
      const fresh = await getJson(`/api/orders/${encodeURIComponent(orderId)}`, parseOrder)
      await db.transaction('rw', db.orders, async () => {
        if (isNewerCopy(fresh, await db.orders.get(orderId))) await db.orders.put(fresh)
      })
      return 'found'
    } catch (error) {
      if (!(error instanceof ApiError) || (error.status !== 404 && error.status !== 400)) throw error
      await db.orders.delete(orderId)
      return 'not_found'
    }
  })
}

/** Drop every stored order: the shopper changed. Call it under the shopper-sync lock. */
export function forgetOrders(db: LocalDb): Promise<void> {
  return db.transaction('rw', db.orders, db.meta, async () => {
    await db.orders.clear()
    await db.meta.delete(metaKeys.ordersSyncedAt)
  })
}

export function readOrdersNewestFirst(db: LocalDb): Promise<Order[]> {
  return db.orders.orderBy('createdAt').reverse().toArray()
}

export function readOrder(db: LocalDb, orderId: string): Promise<Order | undefined> {
  return db.orders.get(orderId)
}

/** When the order list was last fetched in full; null before the first time. */
export async function readOrdersSyncedAt(db: LocalDb): Promise<string | null> {
  const row = await db.meta.get(metaKeys.ordersSyncedAt)
  return row?.key === metaKeys.ordersSyncedAt ? row.value : null
}
