/** SQL of feature flags, their audit and experiment exposures (issue 17); no rules here. */
import { and, asc, count, desc, eq, gte, notInArray, sql } from 'drizzle-orm'
import type { FlagAuditAction } from '../../shared/experiments/flag-api.ts'
import type { FlagDefinition } from '../../shared/experiments/flags.ts'
import { experimentExposures, featureFlags, flagAudit, orders } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type FlagRow = typeof featureFlags.$inferSelect
export type FlagAuditRow = typeof flagAudit.$inferSelect

export async function listFlagRows(db: Db): Promise<FlagRow[]> {
  return db.select().from(featureFlags).orderBy(asc(featureFlags.key))
}

export async function findFlagRow(db: Db, key: string): Promise<FlagRow | undefined> {
  const [row] = await db.select().from(featureFlags).where(eq(featureFlags.key, key))
  return row
}

export async function lockFlagRow(tx: Db, key: string): Promise<FlagRow | undefined> {
  const [row] = await tx.select().from(featureFlags).where(eq(featureFlags.key, key)).for('update')
  return row
}

/** Inserts a new flag; undefined when the key is taken. */
export async function insertFlagRow(
  tx: Db,
  row: { key: string; definition: FlagDefinition; enabled: boolean; updatedBy: string | null; now: Date },
): Promise<FlagRow | undefined> {
  const [inserted] = await tx
    .insert(featureFlags)
    .values({ ...row, updatedAt: row.now })
    .onConflictDoNothing()
    .returning()
  return inserted
}

/** Writes the flag when it is still at `revision`; undefined when it moved on (or is gone). */
export async function updateFlagRow(
  tx: Db,
  key: string,
  revision: number,
  change: { definition?: FlagDefinition; enabled?: boolean; updatedBy: string | null; now: Date },
): Promise<FlagRow | undefined> {
  const [updated] = await tx
    .update(featureFlags)
    .set({
      ...(change.definition ? { definition: change.definition } : {}),
      ...(change.enabled === undefined ? {} : { enabled: change.enabled }),
      updatedBy: change.updatedBy,
      updatedAt: change.now,
      revision: sql`${featureFlags.revision} + 1`,
    })
    .where(and(eq(featureFlags.key, key), eq(featureFlags.revision, revision)))
    .returning()
  return updated
}

export async function deleteFlagRow(tx: Db, key: string, revision: number): Promise<FlagRow | undefined> {
  const [deleted] = await tx
    .delete(featureFlags)
    .where(and(eq(featureFlags.key, key), eq(featureFlags.revision, revision)))
    .returning()
  return deleted
}

export async function insertFlagAudit(
  tx: Db,
  entry: {
    flagKey: string
    actorId: string | null
    action: FlagAuditAction
    before: unknown
    after: unknown
    at: Date
  },
): Promise<void> {
  await tx.insert(flagAudit).values(entry)
}

export async function listFlagAudit(db: Db, flagKey: string | undefined, limit: number): Promise<FlagAuditRow[]> {
  return db
    .select()
    .from(flagAudit)
    .where(flagKey === undefined ? undefined : eq(flagAudit.flagKey, flagKey))
    .orderBy(desc(flagAudit.at), desc(flagAudit.id))
    .limit(limit)
}

/** Records the first exposure of `subjectId`; a later one changes nothing. True when this one was new. */
export async function insertExposure(
  db: Db,
  exposure: { experimentKey: string; subjectId: string; variant: string; userId: string | null; at: Date },
): Promise<boolean> {
  const inserted = await db
    .insert(experimentExposures)
    .values({
      experimentKey: exposure.experimentKey,
      subjectId: exposure.subjectId,
      variant: exposure.variant,
      userId: exposure.userId,
      firstExposedAt: exposure.at,
    })
    .onConflictDoNothing()
    .returning({ subjectId: experimentExposures.subjectId })
  return inserted.length > 0
}

/** Order statuses that are not a conversion: never paid, or undone. */
const notConverted = ['pending_payment', 'payment_failed', 'canceled', 'refunded'] as const

/**
 * Per variant: the subjects exposed, and those of them whose account placed an order (paid, not
 * canceled or fully refunded) at or after their first exposure. Provisional source of conversions
 * until analytics events (Order Completed) land: exposures without an account never convert here.
 */
export async function countExposuresAndConversions(
  db: Db,
  experimentKey: string,
): Promise<{ variant: string; exposures: number; conversions: number }[]> {
  const exposures = await db
    .select({ variant: experimentExposures.variant, exposures: count() })
    .from(experimentExposures)
    .where(eq(experimentExposures.experimentKey, experimentKey))
    .groupBy(experimentExposures.variant)
  const conversions = await db
    .select({
      variant: experimentExposures.variant,
      conversions: sql<number>`count(distinct ${experimentExposures.subjectId})`.mapWith(Number),
    })
    .from(experimentExposures)
    .innerJoin(
      orders,
      and(
        eq(orders.userId, experimentExposures.userId),
        gte(orders.createdAt, experimentExposures.firstExposedAt),
        notInArray(orders.status, [...notConverted]),
      ),
    )
    .where(eq(experimentExposures.experimentKey, experimentKey))
    .groupBy(experimentExposures.variant)
  const conversionsOf = new Map(conversions.map((row) => [row.variant, row.conversions]))
  return exposures.map((row) => ({
    variant: row.variant,
    exposures: row.exposures,
    conversions: conversionsOf.get(row.variant) ?? 0,
  }))
}
