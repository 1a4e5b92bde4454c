import { randomUUID } from 'node:crypto'
import { and, eq, lt, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { hashSessionToken } from '../account/session.service.ts'
import { createApp } from '../app.ts'
import { appliedMutations, events, sessions } from '../db/schema.ts'
import { createLiveStreams } from '../events/live-streams.ts'
import type { Db } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { insertGuestShopper } from '../shopper/shopper.repository.ts'
import { connectSse, type SseConnection } from '../test-support/sse-client.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, withMeta } from '../test-support/test-browser.ts'
import { createTestProduct } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'
import { pruneExpiredRows, startRetention } from './retention.job.ts'

const logger = createLogger('silent')
const retention = { eventDays: 7, mutationIdDays: 90 }
const dayMs = 24 * 60 * 60_000
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs)

describe.each(await databaseTargets())('retention on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const db = () => database().db
  const deps = () => ({ db: db(), logger, clock: () => new Date() })
  let server: TestServer
  const streams: SseConnection[] = []
  beforeAll(async () => {
    const app = createApp({
      config: testConfig({ TRUST_PROXY: 'true' }),
      db: db(),
      logger,
      liveStreams: createLiveStreams({ heartbeatMs: 200 }),
    })
    server = await startTestServer(app)
  })
  afterAll(async () => {
    for (const stream of streams) stream.close()
    await server?.close()
  })

  const browser = () => createTestBrowser((path, init) => fetch(`${server.url}${path}`, init))
  const shopperOf = async (b: TestBrowser) => {
    const [row] = await db()
      .select({ shopperId: sessions.shopperId })
      .from(sessions)
      .where(eq(sessions.idHash, hashSessionToken(b.cookie ?? '')))
    if (!row) throw new Error('no session')
    return row.shopperId
  }
  const eventIdsOf = async (shopperId: string) =>
    (await db().select({ id: events.id }).from(events).where(eq(events.shopperId, shopperId))).map((r) => r.id)
  const age = (table: 'events' | 'applied_mutations', where: ReturnType<typeof eq>, days: number) =>
    table === 'events'
      ? db()
          .update(events)
          .set({ createdAt: daysAgo(days) })
          .where(where)
      : db()
          .update(appliedMutations)
          .set({ appliedAt: daysAgo(days) })
          .where(where)
  const open = async (b: TestBrowser, lastEventId?: number) => {
    const headers: Record<string, string> = { cookie: `sf_session=${b.cookie}` }
    if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId)
    const stream = await connectSse(`${server.url}/api/events`, headers)
    streams.push(stream)
    await waitFor(() => stream.fields.includes('retry: 3000'))
    return stream
  }

  it('deletes events and mutation ids past their retention and keeps the newer ones', async () => {
    const shopperId = await insertGuestShopper(db())
    const [oldEvent, newEvent] = await db()
      .insert(events)
      .values([
        { shopperId, type: 'cart.updated', data: { version: 1 }, createdAt: daysAgo(8) },
        { shopperId, type: 'cart.updated', data: { version: 2 }, createdAt: daysAgo(6) },
      ])
      .returning({ id: events.id })
    const [forgotten, remembered] = [randomUUID(), randomUUID()]
    await db()
      .insert(appliedMutations)
      .values([
        { shopperId, mutationId: forgotten, appliedAt: daysAgo(91) },
        { shopperId, mutationId: remembered, appliedAt: daysAgo(89) },
      ])
    await pruneExpiredRows(deps(), retention)
    expect(await eventIdsOf(shopperId)).toEqual([newEvent!.id])
    expect(oldEvent!.id).toBeLessThan(newEvent!.id)
    const ids = await db()
      .select({ id: appliedMutations.mutationId })
      .from(appliedMutations)
      .where(eq(appliedMutations.shopperId, shopperId))
    expect(ids.map((r) => r.id)).toEqual([remembered])
  })

  it('resumes a stream after pruning: a Last-Event-ID from the pruned range gets every newer event, once', async () => {
    const [first, second] = await Promise.all([
      createTestProduct(db(), { stock: 9 }),
      createTestProduct(db(), { stock: 9 }),
    ])
    const shopper = browser()
    await shopper.push([{ kind: 'cart.set_quantity', productId: first, quantity: 1 }])
    const shopperId = await shopperOf(shopper)
    const [seen] = await eventIdsOf(shopperId)
    await age('events', eq(events.shopperId, shopperId), 8)
    await shopper.push([{ kind: 'cart.set_quantity', productId: second, quantity: 1 }])
    const pruned = await pruneExpiredRows(deps(), retention)
    expect(pruned.events).toBeGreaterThan(0)
    const remaining = await eventIdsOf(shopperId)
    expect(remaining).toHaveLength(1)
    expect(remaining[0]).toBeGreaterThan(seen!)

    const resumed = await open(shopper, seen)
    const [replayed] = await resumed.waitForEvents(1)
    expect(Number(replayed!.id)).toBe(remaining[0])
    await new Promise((resolve) => setTimeout(resolve, 400)) // two heartbeats: each re-reads the log
    expect(resumed.events).toHaveLength(1)
  })

  it('starts a stream whose shopper has no event left at the next one', async () => {
    const product = await createTestProduct(db(), { stock: 9 })
    const shopper = browser()
    await shopper.push([{ kind: 'cart.set_quantity', productId: product, quantity: 1 }])
    const shopperId = await shopperOf(shopper)
    const [old] = await eventIdsOf(shopperId)
    await age('events', eq(events.shopperId, shopperId), 8)
    await pruneExpiredRows(deps(), retention)
    expect(await eventIdsOf(shopperId)).toEqual([])

    const fresh = await open(shopper)
    const stale = await open(shopper, old)
    await shopper.push([{ kind: 'cart.set_quantity', productId: product, quantity: 2 }])
    const [next] = await fresh.waitForEvents(1)
    const [sameNext] = await stale.waitForEvents(1)
    expect(Number(next!.id)).toBeGreaterThan(old!)
    expect(sameNext!.id).toBe(next!.id)
  })

  it('answers a replay inside the window as a duplicate, and applies one whose id was pruned as a new change', async () => {
    const product = await createTestProduct(db(), { stock: 9 })
    const shopper = browser()
    const setTwo = withMeta({ kind: 'cart.set_quantity', productId: product, quantity: 2 })
    await shopper.push([setTwo])
    await shopper.push([{ kind: 'cart.set_quantity', productId: product, quantity: 3 }])
    const replayed = await shopper.push([setTwo])
    expect(replayed.outcomes).toEqual([{ id: setTwo.id, status: 'duplicate' }])
    expect(replayed.state.cart.map((l) => l.quantity)).toEqual([3])

    const shopperId = await shopperOf(shopper)
    await age(
      'applied_mutations',
      and(eq(appliedMutations.shopperId, shopperId), eq(appliedMutations.mutationId, setTwo.id))!,
      91,
    )
    await pruneExpiredRows(deps(), retention)
    const late = await shopper.push([setTwo])
    expect(late.outcomes).toEqual([{ id: setTwo.id, status: 'applied' }])
    expect(late.state.cart.map((l) => l.quantity)).toEqual([2])
    expect(late.state.version).toBeGreaterThan(replayed.state.version)
  })

  it('deletes every old row once when two instances prune at once', async () => {
    const shopperId = await insertGuestShopper(db())
    await db().execute(sql`
      insert into ${events} (shopper_id, type, data, created_at)
      select ${shopperId}, 'cart.updated', '{"version": 1}'::jsonb, now() - interval '30 days'
      from generate_series(1, 230)`)
    await db().execute(sql`
      insert into ${appliedMutations} (shopper_id, mutation_id, applied_at)
      select ${shopperId}, gen_random_uuid(), now() - interval '120 days' from generate_series(1, 170)`)
    const oldEvents = await countOld(db(), daysAgo(retention.eventDays), daysAgo(retention.mutationIdDays))
    const other = await database().openAnother()
    try {
      const drain = async (instanceDb: Db) => {
        const total = { events: 0, appliedMutations: 0 }
        for (;;) {
          const pruned = await pruneExpiredRows({ ...deps(), db: instanceDb }, retention, 25)
          total.events += pruned.events
          total.appliedMutations += pruned.appliedMutations
          if (pruned.events === 0 && pruned.appliedMutations === 0) return total
        }
      }
      const [a, b] = await Promise.all([drain(db()), drain(other.db)])
      expect(a.events + b.events).toBe(oldEvents.events)
      expect(a.appliedMutations + b.appliedMutations).toBe(oldEvents.appliedMutations)
      expect(await countOld(db(), daysAgo(retention.eventDays), daysAgo(retention.mutationIdDays))).toEqual({
        events: 0,
        appliedMutations: 0,
      })
    } finally {
      await other.close()
    }
  })

  it('prunes on its schedule until stopped', async () => {
    const shopperId = await insertGuestShopper(db())
    await db()
      .insert(events)
      .values({ shopperId, type: 'cart.updated', data: { version: 1 }, createdAt: daysAgo(10) })
    const job = startRetention(deps(), retention, 20)
    try {
      await waitFor(async () => (await eventIdsOf(shopperId)).length === 0)
    } finally {
      await job.stop()
    }
  })
})

async function countOld(db: Db, eventsBefore: Date, mutationsBefore: Date) {
  const [e] = await db.select({ n: sql<number>`count(*)::int` }).from(events).where(lt(events.createdAt, eventsBefore))
  const [m] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(appliedMutations)
    .where(lt(appliedMutations.appliedAt, mutationsBefore))
  return { events: e?.n ?? 0, appliedMutations: m?.n ?? 0 }
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
