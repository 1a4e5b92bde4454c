/**
 * The SQL of analytics (issue 17, decision 0035): batch inserts that skip events already stored
 * (exactly once by event id), the identity links, the account's consent, and retention's pruning.
 */
import { asc, eq, lt, sql } from 'drizzle-orm'
import type { AnalyticsConsent } from '../../shared/analytics/analytics-consent.ts'
import { analyticsEvents, analyticsIdentities, users } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type AnalyticsEventRow = typeof analyticsEvents.$inferInsert

/** One multi-row insert; events whose id is already stored are skipped. Answers how many were new. */
export async function insertAnalyticsEvents(db: Db, rows: readonly AnalyticsEventRow[]): Promise<number> {
  if (rows.length === 0) return 0
  const inserted = await db
    .insert(analyticsEvents)
    .values([...rows])
    .onConflictDoNothing({ target: analyticsEvents.eventId })
    .returning({ eventId: analyticsEvents.eventId })
  return inserted.length
}

/** Links a device's anonymous id to an account (the latest sign-in wins). */
export async function linkAnonymousId(db: Db, anonymousId: string, userId: string, at: Date): Promise<void> {
  await db
    .insert(analyticsIdentities)
    .values({ anonymousId, userId, linkedAt: at })
    .onConflictDoUpdate({ target: analyticsIdentities.anonymousId, set: { userId, linkedAt: at } })
}

/** The anonymous id the account signed in with last, or null. */
export async function latestAnonymousIdOf(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ anonymousId: analyticsIdentities.anonymousId })
    .from(analyticsIdentities)
    .where(eq(analyticsIdentities.userId, userId))
    .orderBy(sql`${analyticsIdentities.linkedAt} desc`)
    .limit(1)
  return row?.anonymousId ?? null
}

export async function readAccountConsent(db: Db, userId: string): Promise<AnalyticsConsent | null> {
  const [row] = await db.select({ consent: users.analyticsConsent }).from(users).where(eq(users.id, userId))
  return row?.consent ?? null
}

export async function writeAccountConsent(db: Db, userId: string, consent: AnalyticsConsent): Promise<void> {
  await db.update(users).set({ analyticsConsent: consent }).where(eq(users.id, userId))
}

/** Account deletion: the account's events stay for the counts, without the link to it. */
export async function anonymizeAnalyticsOfUser(db: Db, userId: string): Promise<void> {
  await db.update(analyticsEvents).set({ userId: null }).where(eq(analyticsEvents.userId, userId))
  await db.delete(analyticsIdentities).where(eq(analyticsIdentities.userId, userId))
}

/** Deletes up to `limit` events that occurred before `before`, oldest first; answers how many. */
export async function pruneAnalyticsEvents(db: Db, before: Date, limit: number): Promise<number> {
  const batch = db
    .select({ eventId: analyticsEvents.eventId })
    .from(analyticsEvents)
    .where(lt(analyticsEvents.occurredAt, before))
    .orderBy(asc(analyticsEvents.occurredAt))
    .limit(limit)
    .for('update', { skipLocked: true })
  const deleted = await db
    .delete(analyticsEvents)
    .where(sql`${analyticsEvents.eventId} = any(array(${batch}))`)
    .returning({ eventId: analyticsEvents.eventId })
  return deleted.length
}
