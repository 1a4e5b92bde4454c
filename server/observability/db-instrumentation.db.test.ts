import { SpanKind } from '@opentelemetry/api'
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Database, openDatabase } from '../platform/db.ts'
import { sampleValue } from '../test-support/prometheus-text.ts'
import { databaseTargets } from '../test-support/test-database.ts'
import { sqlOperation } from './db-instrumentation.ts'
import { createMetrics, type Metrics } from './metrics.ts'
import { startTracing, type Tracing, withSpan } from './tracing.ts'

// The test run's Postgres, as server/test-support/test-database.ts reads it.
const testDatabaseUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

const spans = new InMemorySpanExporter()
let tracing: Tracing
beforeAll(() => {
  tracing = startTracing(
    { otlpEndpoint: undefined, serviceName: 'storefront-test' },
    { spanProcessors: [new SimpleSpanProcessor({ exporter: spans })] },
  )
})
afterAll(async () => {
  await tracing.shutdown()
})

describe('sqlOperation', () => {
  it.each([
    ['select 1', 'SELECT'],
    ['  INSERT into t values (1)', 'INSERT'],
    ['with x as (select 1) select * from x', 'WITH'],
    ['savepoint s1', 'OTHER'],
    ['', 'OTHER'],
  ])('names %j as %s', (query, operation) => {
    expect(sqlOperation(query)).toBe(operation)
  })
})

describe.each(await databaseTargets())('timed and traced statements on $name', (target) => {
  if (target.skipReason) return void it.skip(`skipped: ${target.skipReason}`, () => {})
  let metrics: Metrics
  let database: Database

  beforeAll(async () => {
    metrics = createMetrics()
    const url = target.name === 'postgres' ? testDatabaseUrl : undefined
    database = await openDatabase({ url, schema: undefined, pgliteDir: undefined }, metrics.db)
  })
  afterAll(async () => {
    await database.close()
  })
  beforeEach(() => spans.reset())

  const scrape = () => metrics.registry.metrics()
  const queries = async (labels: Record<string, string>) =>
    sampleValue(await scrape(), 'db_query_duration_seconds_count', labels) ?? 0

  it('observes each statement by operation, and a failing one as an error', async () => {
    const okBefore = await queries({ operation: 'SELECT', outcome: 'ok' })
    await database.db.execute(sql`select 1`)
    await database.db.execute(sql`select 2`)
    await withSpan('caller', () => expect(database.db.execute(sql`select * from no_such_table_here`)).rejects.toThrow())
    expect(await queries({ operation: 'SELECT', outcome: 'ok' })).toBe(okBefore + 2)
    expect(await queries({ operation: 'SELECT', outcome: 'error' })).toBe(1)
    const failed = spans.getFinishedSpans().find((s) => s.status.code === 2)
    expect(failed?.attributes['db.query.text']).toBe('select * from no_such_table_here')
  })

  it('times statements outside any span but starts no trace for them (pollers, boot)', async () => {
    const before = await queries({ operation: 'SELECT', outcome: 'ok' })
    await database.db.transaction((tx) => tx.execute(sql`select 4`))
    expect(await queries({ operation: 'SELECT', outcome: 'ok' })).toBe(before + 1)
    expect(spans.getFinishedSpans()).toEqual([])
  })

  it('counts a transaction as one busy connection while it runs, and none after', async () => {
    const inFlight = async () => sampleValue(await scrape(), 'db_pool_operations_in_flight')
    let during: number | undefined
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select 1`)
      during = await inFlight()
      await tx.execute(sql`select 2`)
    })
    expect(during).toBe(1)
    expect(await inFlight()).toBe(0)
    expect(sampleValue(await scrape(), 'db_pool_max_connections')).toBe(target.name === 'postgres' ? 10 : 1)
  })

  it("makes a transaction's statements children of its span, inside the caller's span", async () => {
    await withSpan('caller', () => database.db.transaction((tx) => tx.execute(sql`select 3`)))
    const finished = spans.getFinishedSpans()
    const caller = finished.find((s) => s.name === 'caller')
    const transaction = finished.find((s) => s.name === 'transaction')
    const statement = finished.find((s) => s.attributes['db.query.text'] === 'select 3')
    expect(transaction?.parentSpanContext?.spanId).toBe(caller?.spanContext().spanId)
    expect(statement?.parentSpanContext?.spanId).toBe(transaction?.spanContext().spanId)
    expect(statement?.kind).toBe(SpanKind.CLIENT)
  })

  it('leaves concurrent statements each under the span that issued it', async () => {
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        withSpan(`caller-${n}`, () => database.db.transaction((tx) => tx.execute(sql.raw(`select ${n}0`)))),
      ),
    )
    const finished = spans.getFinishedSpans()
    for (const n of [1, 2, 3, 4]) {
      const caller = finished.find((s) => s.name === `caller-${n}`)
      const statement = finished.find((s) => s.attributes['db.query.text'] === `select ${n}0`)
      expect(statement?.spanContext().traceId).toBe(caller?.spanContext().traceId)
    }
  })
})
