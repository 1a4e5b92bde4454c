/**
 * Where recorded analytics events wait to be sent (issue 17 §2): an IndexedDB database of its own,
 * so a queue of events survives offline and reloads without touching the shop's schema versions.
 * Rows leave only when the server has answered for them; a batch sent by `sendBeacon` (no answer)
 * stays and is sent again by the next drain — the server stores each event id once.
 */
import Dexie, { type EntityTable } from 'dexie'
import type { AnalyticsEventPayload } from '../../shared/analytics/analytics-event-schema.ts'
import { analyticsDatabaseName } from '../local-data/storage-keys.ts'

export type QueuedEvent = { readonly seq?: number; readonly event: AnalyticsEventPayload }

export type AnalyticsQueueDb = Dexie & { events: EntityTable<QueuedEvent, 'seq'> }

/** Beyond this many waiting events the oldest are dropped: a device offline for weeks sends a recent sample. */
const maxQueued = 5000
/** The server's maxAnalyticsEventsPerBatch (not imported: that module brings zod into the client). */
export const batchSize = 100

export function openAnalyticsQueue(): AnalyticsQueueDb {
  const db = new Dexie(analyticsDatabaseName) as AnalyticsQueueDb
  db.version(1).stores({ events: '++seq' })
  return db
}

export async function enqueueEvent(db: AnalyticsQueueDb, event: AnalyticsEventPayload): Promise<void> {
  await db.events.add({ event })
  const count = await db.events.count()
  if (count > maxQueued)
    await db.events
      .orderBy('seq')
      .limit(count - maxQueued)
      .delete()
}

export function oldestBatch(db: AnalyticsQueueDb): Promise<QueuedEvent[]> {
  return db.events.orderBy('seq').limit(batchSize).toArray()
}

export async function removeEvents(db: AnalyticsQueueDb, rows: readonly QueuedEvent[]): Promise<void> {
  await db.events.bulkDelete(rows.flatMap((row) => (row.seq === undefined ? [] : [row.seq])))
}

/** Consent withdrawn: what was recorded and not yet sent is forgotten. */
export async function clearQueue(db: AnalyticsQueueDb): Promise<void> {
  await db.events.clear()
}
