/** The only SQL of refunds: a row per refund, written `pending` before the provider is called. */
import { and, eq, inArray, sql } from 'drizzle-orm'
import type { CurrencyCode } from '../../shared/money.ts'
import type { RefundStatus } from '../../shared/orders/order.ts'
import { refunds } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type RefundRow = typeof refunds.$inferSelect

export type NewRefund = {
  readonly orderId: string
  readonly amount: number
  readonly currency: CurrencyCode
  readonly status: RefundStatus
  readonly reason: string | null
  /** The admin's Idempotency-Key; null for refunds made outside our admin. */
  readonly idempotencyKey: string | null
  readonly providerRefundId: string | null
  readonly createdBy: string | null
}

export async function findRefundByKey(db: Db, idempotencyKey: string): Promise<RefundRow | undefined> {
  const [row] = await db.select().from(refunds).where(eq(refunds.idempotencyKey, idempotencyKey))
  return row
}

/** Our row for a provider refund: by its provider id, or by our row id it carries as reference. */
export async function findRefundOfProvider(
  db: Db,
  orderId: string,
  provider: { refundId: string; reference: string | undefined },
): Promise<RefundRow | undefined> {
  const [byProviderId] = await db.select().from(refunds).where(eq(refunds.providerRefundId, provider.refundId))
  if (byProviderId || !provider.reference || !isUuid(provider.reference)) return byProviderId
  const [byReference] = await db
    .select()
    .from(refunds)
    .where(and(eq(refunds.id, provider.reference), eq(refunds.orderId, orderId)))
  return byReference
}

/** Amount of the order's refunds still waiting for the provider (they count against what is left). */
export async function pendingRefundTotal(db: Db, orderId: string): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`coalesce(sum(${refunds.amount}), 0)::int` })
    .from(refunds)
    .where(and(eq(refunds.orderId, orderId), eq(refunds.status, 'pending')))
  return row?.total ?? 0
}

/** Inserts the row; a provider refund id seen before (a redelivered webhook) inserts nothing. */
export async function insertRefund(db: Db, refund: NewRefund): Promise<RefundRow | undefined> {
  const [row] = await db.insert(refunds).values(refund).onConflictDoNothing().returning()
  return row
}

/**
 * Moves a pending refund to `status`; false when it was settled already. A refund we marked failed
 * (the provider call timed out) may still turn out succeeded when the provider lists it.
 */
export async function settleRefund(
  db: Db,
  refundId: string,
  status: Exclude<RefundStatus, 'pending'>,
  providerRefundId: string | null,
): Promise<boolean> {
  const rows = await db
    .update(refunds)
    .set({
      status,
      providerRefundId: sql`coalesce(${providerRefundId}, ${refunds.providerRefundId})`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(refunds.id, refundId),
        status === 'succeeded' ? inArray(refunds.status, ['pending', 'failed']) : eq(refunds.status, 'pending'),
      ),
    )
    .returning({ id: refunds.id })
  return rows.length === 1
}

export async function setProviderRefundId(db: Db, refundId: string, providerRefundId: string): Promise<void> {
  await db.update(refunds).set({ providerRefundId, updatedAt: sql`now()` }).where(eq(refunds.id, refundId))
}

function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}
