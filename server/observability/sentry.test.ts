import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { gunzipSync } from 'node:zlib'
import { getClient } from '@sentry/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import { createApp } from '../app.ts'
import { type Database, openDatabase } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { createSearchIndex } from '../search/search-index.service.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createMetrics } from './metrics.ts'
import { startErrorReporting } from './sentry.ts'
import { startTracing, type Tracing } from './tracing.ts'

type SentryStub = { readonly port: number; readonly envelopes: string[]; close(): Promise<void> }

/** A local stand-in for Sentry's ingest: keeps every envelope it is sent (no internet in tests). */
async function startSentryStub(): Promise<SentryStub> {
  const envelopes: string[] = []
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks)
      envelopes.push((request.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body).toString())
      response.writeHead(200, { 'Content-Type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as AddressInfo).port,
    envelopes,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

type SentryEvent = {
  tags?: Record<string, string>
  release?: string
  contexts?: { trace?: { trace_id?: string } }
  exception?: { values?: { value?: string }[] }
}

/** The error events of an envelope: newline-separated JSON, an item header before each item. */
function eventsOf(envelope: string): SentryEvent[] {
  const [, ...items] = envelope.split('\n').filter((line) => line.length > 0)
  const events: SentryEvent[] = []
  for (let i = 0; i + 1 < items.length; i += 2) {
    const header = JSON.parse(items[i] ?? '{}') as { type?: string }
    if (header.type === 'event') events.push(JSON.parse(items[i + 1] ?? '{}') as SentryEvent)
  }
  return events
}

describe('unhandled server errors in Sentry', () => {
  let stub: SentryStub
  let tracing: Tracing
  let database: Database

  beforeAll(async () => {
    stub = await startSentryStub()
    tracing = startTracing({ otlpEndpoint: undefined, serviceName: 'storefront-test' })
    database = await openDatabase({ url: undefined, schema: undefined, pgliteDir: undefined }, createMetrics().db)
  })
  afterAll(async () => {
    await database.close()
    await tracing.shutdown()
    await stub.close()
  })

  /** An app whose search throws a bug that names a shopper's email address. */
  function explodingApp(
    config: ReturnType<typeof testConfig>,
    errorReporter: Parameters<typeof createApp>[0]['errorReporter'],
  ) {
    const logger = createLogger('silent')
    const searchIndex = createSearchIndex({ db: database.db, logger })
    const exploding = {
      ...searchIndex,
      search: async () => {
        throw new Error('the index exploded for ada@example.com')
      },
    }
    return createApp({ config, db: database.db, logger, searchIndex: exploding, errorReporter })
  }

  const shopperHeaders = { Cookie: 'storefront_session=s3cret-session', Authorization: 'Bearer s3cret-key' }

  it('sends nothing and loads no SDK without a DSN', async () => {
    const config = testConfig()
    const reporter = await startErrorReporting(config.errorReporting)
    const app = explodingApp(config, reporter)
    const response = await app.request('/api/search?q=kettle', { headers: shopperHeaders })
    expect(response.status).toBe(500)
    await reporter.flush(500)
    expect(reporter.sending).toBe(false)
    expect(getClient()).toBeUndefined()
    expect(stub.envelopes).toEqual([])
  })

  it('sends a 500 to the DSN tagged with the trace id, without cookies or emails', async () => {
    const config = testConfig({
      SENTRY_DSN: `http://public@127.0.0.1:${stub.port}/1`,
      SENTRY_RELEASE: 'storefront@test',
    })
    const reporter = await startErrorReporting(config.errorReporting)
    try {
      const app = explodingApp(config, reporter)
      const response = await app.request('/api/search?q=ada@example.com', { headers: shopperHeaders })
      expect(response.status).toBe(500)
      const body = (await response.json()) as ProblemDetails
      expect(body.traceId).toMatch(/^[0-9a-f]{32}$/)
      await reporter.flush(5_000)

      expect(reporter.sending).toBe(true)
      const events = stub.envelopes.flatMap(eventsOf)
      expect(events).toHaveLength(1)
      expect(events[0]).toMatchObject({
        release: 'storefront@test',
        tags: { trace_id: body.traceId, 'http.route': '/api/search', 'http.method': 'GET' },
        contexts: { trace: { trace_id: body.traceId } },
        exception: { values: [{ value: 'the index exploded for [email]' }] },
      })
      const sent = stub.envelopes.join('\n')
      expect(sent).not.toContain('ada@example.com')
      expect(sent).not.toContain('s3cret')
    } finally {
      await reporter.close(1_000)
    }
  })
})
