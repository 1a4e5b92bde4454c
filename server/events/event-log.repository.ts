/** The only SQL of the event log (see `events` in server/db/schema.ts for the ordering guarantee). */
import { and, asc, desc, eq, gt } from 'drizzle-orm'
import { events } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { type ShopperEvent, type ShopperEventType, shopperEventTypes } from './shopper-event.ts'

/** Appends an event; call inside the transaction that made the change, with the shopper row locked. */
export async function appendEvent(
  db: Db,
  shopperId: string,
  type: ShopperEventType,
  data: { version: number; orderId?: string; status?: string },
): Promise<number> {
  const [row] = await db.insert(events).values({ shopperId, type, data }).returning({ id: events.id })
  if (!row) throw new Error('insert into events returned no row')
  return row.id
}

/** The shopper's events after `afterId`, oldest first. */
export async function readEventsAfter(
  db: Db,
  shopperId: string,
  afterId: number,
  limit: number,
): Promise<ShopperEvent[]> {
  const rows = await db
    .select({ id: events.id, type: events.type, data: events.data })
    .from(events)
    .where(and(eq(events.shopperId, shopperId), gt(events.id, afterId)))
    .orderBy(asc(events.id))
    .limit(limit)
  return rows.map((row) => ({ id: row.id, type: parseEventType(row.type), version: Number(row.data.version) }))
}

export async function readLatestEventId(db: Db, shopperId: string): Promise<number> {
  const [row] = await db
    .select({ id: events.id })
    .from(events)
    .where(eq(events.shopperId, shopperId))
    .orderBy(desc(events.id))
    .limit(1)
  return row?.id ?? 0
}

function parseEventType(type: string): ShopperEventType {
  const known = shopperEventTypes.find((t) => t === type)
  if (known) return known
  throw new Error(`unknown event type in the log: ${type}`)
}
