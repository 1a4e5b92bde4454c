/** Checkout's own SQL: an order looked up by its idempotency key with its request hash, and an account's checkout defaults. */
import { and, eq } from 'drizzle-orm'
import type { CheckoutDefaults } from '../../shared/checkout/checkout-totals.ts'
import { orders, users } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type KeyedOrder = { readonly id: string; readonly requestHash: string | null }

export async function findOrderByKey(
  db: Db,
  shopperId: string,
  idempotencyKey: string,
): Promise<KeyedOrder | undefined> {
  const [row] = await db
    .select({ id: orders.id, requestHash: orders.requestHash })
    .from(orders)
    .where(and(eq(orders.shopperId, shopperId), eq(orders.idempotencyKey, idempotencyKey)))
  return row
}

export async function readCheckoutDefaults(db: Db, userId: string): Promise<CheckoutDefaults | null> {
  const [row] = await db.select({ defaults: users.checkoutDefaults }).from(users).where(eq(users.id, userId))
  return row?.defaults ?? null
}

export async function saveCheckoutDefaults(db: Db, userId: string, defaults: CheckoutDefaults): Promise<void> {
  await db.update(users).set({ checkoutDefaults: defaults }).where(eq(users.id, userId))
}
