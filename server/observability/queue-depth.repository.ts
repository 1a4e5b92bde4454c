/**
 * The SQL behind storefront_queue_depth: rows waiting in the tables that act as work queues. There
 * Pending emails are counted whether due now or waiting for a retry: a growing number means Resend
 * (or the worker) is failing.
 */
import { and, count, eq, isNotNull, lte } from 'drizzle-orm'
import { emailOutbox, orders, refunds } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export async function readQueueDepths(db: Db, now: Date): Promise<Record<string, number>> {
  const [[expired], [pending], [emails]] = await Promise.all([
    // Due work of the reservation expiry job; a steady non-zero value means the job is not keeping up.
    db
      .select({ n: count() })
      .from(orders)
      .where(and(isNotNull(orders.reservationExpiresAt), lte(orders.reservationExpiresAt, now))),
    // Refunds written before the provider answered; one that stays pending needs a look.
    db.select({ n: count() }).from(refunds).where(eq(refunds.status, 'pending')),
    db.select({ n: count() }).from(emailOutbox).where(eq(emailOutbox.status, 'pending')),
  ])
  return {
    expired_reservations: expired?.n ?? 0,
    pending_refunds: pending?.n ?? 0,
    pending_emails: emails?.n ?? 0,
  }
}
