import { Writable } from 'node:stream'
import { SpanKind } from '@opentelemetry/api'
import { InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import { createApp } from '../app.ts'
import { type Database, openDatabase } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { createSearchIndex } from '../search/search-index.service.ts'
import { testConfig } from '../test-support/test-app.ts'
import { traceIdsOf } from './http-tracing.ts'
import { createMetrics } from './metrics.ts'
import { startTracing, type Tracing } from './tracing.ts'

type LogLine = { msg: string; level: string; traceId?: string; path?: string; route?: string; err?: unknown }

const incomingTraceId = '0af7651916cd43dd8448eb211c80319c'
const traceparentPattern = /^00-([0-9a-f]{32})-([0-9a-f]{16})-0[01]$/

describe('trace ids of requests', () => {
  const spans = new InMemorySpanExporter()
  const lines: LogLine[] = []
  let tracing: Tracing
  let database: Database
  let app: ReturnType<typeof createApp>

  beforeAll(async () => {
    tracing = startTracing(
      { otlpEndpoint: undefined, serviceName: 'storefront-test' },
      { spanProcessors: [new SimpleSpanProcessor({ exporter: spans })] },
    )
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as LogLine)
        done()
      },
    })
    const logger = createLogger('info', sink)
    const metrics = createMetrics()
    // In-memory PGlite, timed and traced like main.ts opens it; no table is needed by these routes.
    database = await openDatabase({ url: undefined, schema: undefined, pgliteDir: undefined }, metrics.db)
    const searchIndex = createSearchIndex({ db: database.db, logger })
    const exploding = {
      ...searchIndex,
      search: async () => {
        throw new Error('the index exploded')
      },
    }
    app = createApp({ config: testConfig(), db: database.db, logger, metrics, searchIndex: exploding })
  })
  afterAll(async () => {
    await database.close()
    await tracing.shutdown()
  })
  beforeEach(() => {
    spans.reset()
    lines.length = 0
  })

  const requestLine = (path: string) => lines.find((line) => line.path === path && line.msg.startsWith('request'))

  it("gives a failing request's problem body and its log line the same trace id", async () => {
    const response = await app.request('/api/no-such-thing')
    expect(response.status).toBe(404)
    const body = (await response.json()) as ProblemDetails
    expect(body.traceId).toMatch(/^[0-9a-f]{32}$/)
    expect(response.headers.get('traceparent')).toMatch(traceparentPattern)
    expect(traceparentPattern.exec(response.headers.get('traceparent') ?? '')?.[1]).toBe(body.traceId)
    expect(requestLine('/api/no-such-thing')).toMatchObject({ traceId: body.traceId, route: '/api/*' })
  })

  it('continues the trace of an incoming traceparent and answers with its own span in it', async () => {
    const response = await app.request('/api/no-such-thing', {
      headers: { traceparent: `00-${incomingTraceId}-b7ad6b7169203331-01` },
    })
    const body = (await response.json()) as ProblemDetails
    expect(body.traceId).toBe(incomingTraceId)
    const [, traceId, spanId] = traceparentPattern.exec(response.headers.get('traceparent') ?? '') ?? []
    expect(traceId).toBe(incomingTraceId)
    expect(spanId).not.toBe('b7ad6b7169203331')
    const [server] = spans.getFinishedSpans().filter((s) => s.kind === SpanKind.SERVER)
    expect(server?.parentSpanContext?.spanId).toBe('b7ad6b7169203331')
  })

  it('logs an unhandled error with the trace id its 500 body names', async () => {
    const response = await app.request('/api/search?q=kettle')
    expect(response.status).toBe(500)
    const body = (await response.json()) as ProblemDetails
    expect(body).toMatchObject({ code: 'INTERNAL', status: 500 })
    expect(body.traceId).toMatch(/^[0-9a-f]{32}$/)
    const logged = lines.find((line) => line.msg === 'unhandled error')
    expect(logged).toMatchObject({ level: 'error', traceId: body.traceId, path: '/api/search' })
    expect(JSON.stringify(logged?.err)).toContain('the index exploded')
    expect(requestLine('/api/search')).toMatchObject({ level: 'error', traceId: body.traceId })
    const server = spans.getFinishedSpans().find((s) => s.kind === SpanKind.SERVER)
    expect(server).toMatchObject({ name: 'GET /api/search', status: { code: 2 } })
    expect(server?.events.map((e) => e.name)).toContain('exception')
  })

  it('names the server span by route pattern and makes each SQL statement its child', async () => {
    const response = await app.request('/readyz')
    expect(response.status).toBe(200)
    const finished = spans.getFinishedSpans()
    const server = finished.find((s) => s.kind === SpanKind.SERVER)
    expect(server?.name).toBe('GET /readyz')
    expect(server?.attributes).toMatchObject({ 'http.route': '/readyz', 'http.response.status_code': 200 })
    const query = finished.find((s) => s.kind === SpanKind.CLIENT && s.name === 'SELECT')
    expect(query?.parentSpanContext?.spanId).toBe(server?.spanContext().spanId)
    expect(query?.spanContext().traceId).toBe(server?.spanContext().traceId)
    expect(query?.attributes).toMatchObject({ 'db.system.name': 'postgresql', 'db.query.text': 'select 1' })
  })

  it('keeps concurrent requests apart: each log line names its own request trace', async () => {
    const responses = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => (await app.request(`/api/no-such-thing-${i}`)).json()),
    )
    const traceIds = (responses as ProblemDetails[]).map((body) => body.traceId)
    expect(new Set(traceIds).size).toBe(8)
    for (const [i, traceId] of traceIds.entries()) expect(requestLine(`/api/no-such-thing-${i}`)?.traceId).toBe(traceId)
  })
})

describe('trace ids of requests when spans are not recorded (no OTLP endpoint)', () => {
  it('continues a valid incoming trace with a span id of this hop, and starts one otherwise', () => {
    const continued = traceIdsOf(`00-${incomingTraceId}-b7ad6b7169203331-01`)
    expect(continued.traceId).toBe(incomingTraceId)
    expect(continued.spanId).toMatch(/^[0-9a-f]{16}$/)
    expect(continued.spanId).not.toBe('b7ad6b7169203331')
    for (const header of [undefined, 'garbage', `00-${'0'.repeat(32)}-b7ad6b7169203331-01`]) {
      const started = traceIdsOf(header)
      expect(started.traceId).toMatch(/^(?!0{32})[0-9a-f]{32}$/)
      expect(started.traceId).not.toBe(incomingTraceId)
    }
    expect(traceIdsOf(undefined).traceId).not.toBe(traceIdsOf(undefined).traceId)
  })

  it('answers with a traceparent and puts the same trace id in the problem body and the request log line', async () => {
    const lines: LogLine[] = []
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(JSON.parse(chunk.toString()) as LogLine)
        done()
      },
    })
    const database = await openDatabase({ url: undefined, schema: undefined, pgliteDir: undefined })
    try {
      const app = createApp({ config: testConfig(), db: database.db, logger: createLogger('info', sink) })
      const response = await app.request('/api/no-such-thing', {
        headers: { traceparent: `00-${incomingTraceId}-b7ad6b7169203331-01` },
      })
      const body = (await response.json()) as ProblemDetails
      expect(body.traceId).toBe(incomingTraceId)
      expect(traceparentPattern.exec(response.headers.get('traceparent') ?? '')?.[1]).toBe(incomingTraceId)
      expect(lines.find((line) => line.path === '/api/no-such-thing')).toMatchObject({ traceId: incomingTraceId })
    } finally {
      await database.close()
    }
  })
})
