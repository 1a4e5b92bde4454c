/**
 * The SQL of retention (decision 0012): deletes, in batches, the event log and the applied mutation
 * ids older than a cutoff. Each batch picks its rows oldest first through an index on the time
 * column and skips rows another instance's batch holds (FOR UPDATE SKIP LOCKED), so two instances
 * pruning at once share the work and neither waits; a row is deleted once whoever gets it.
 */
import { asc, lt, sql } from 'drizzle-orm'
import { appliedMutations, events } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

/** Deletes up to `limit` events created before `before`; answers how many. */
export async function pruneEvents(db: Db, before: Date, limit: number): Promise<number> {
  const batch = db
    .select({ id: events.id })
    .from(events)
    .where(lt(events.createdAt, before))
    .orderBy(asc(events.createdAt))
    .limit(limit)
    .for('update', { skipLocked: true })
  // `= any(array(…))`: the batch is taken first, then its rows deleted by key (an `in (…)` join
  // may be planned as a scan of the whole table).
  const deleted = await db.delete(events).where(sql`${events.id} = any(array(${batch}))`).returning({ id: events.id })
  return deleted.length
}

/** Deletes up to `limit` applied mutation ids recorded before `before`; answers how many. */
export async function pruneAppliedMutations(db: Db, before: Date, limit: number): Promise<number> {
  // The table's key has two columns: the batch names its rows by ctid (stable while the batch's lock holds).
  const batch = db
    .select({ ctid: sql`ctid` })
    .from(appliedMutations)
    .where(lt(appliedMutations.appliedAt, before))
    .orderBy(asc(appliedMutations.appliedAt))
    .limit(limit)
    .for('update', { skipLocked: true })
  const deleted = await db
    .delete(appliedMutations)
    .where(sql`ctid = any(array(${batch}))`)
    .returning({ id: appliedMutations.mutationId })
  return deleted.length
}
