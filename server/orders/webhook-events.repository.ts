/** The only SQL of webhook deduplication: one row per provider event id, written with its effects. */
import { eq } from 'drizzle-orm'
import { paymentWebhookEvents } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

/**
 * Marks the event processed in the caller's transaction; false when it already was. A concurrent
 * delivery of the same event waits on the uncommitted row and then finds it.
 */
export async function claimWebhookEvent(db: Db, event: { id: string; type: string }): Promise<boolean> {
  const rows = await db
    .insert(paymentWebhookEvents)
    .values({ id: event.id, type: event.type })
    .onConflictDoNothing()
    .returning({ id: paymentWebhookEvents.id })
  return rows.length === 1
}

/** Takes the claim back within the same transaction, for an effect that must happen after commit. */
export async function releaseWebhookEvent(db: Db, eventId: string): Promise<void> {
  await db.delete(paymentWebhookEvents).where(eq(paymentWebhookEvents.id, eventId))
}
