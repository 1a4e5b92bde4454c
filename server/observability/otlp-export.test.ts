import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTracing, withSpan } from './tracing.ts'

type Received = { readonly path: string; readonly contentType: string; readonly body: string }

describe('export over OTLP/HTTP', () => {
  const received: Received[] = []
  let collector: Server
  let endpoint: string

  beforeAll(async () => {
    // A stand-in collector on loopback: the test never leaves the machine.
    collector = createServer((request, response) => {
      const chunks: Buffer[] = []
      request.on('data', (chunk: Buffer) => chunks.push(chunk))
      request.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        received.push({ path: request.url ?? '', contentType: request.headers['content-type'] ?? '', body })
        response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
      })
    })
    await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve))
    endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/`
  })
  afterAll(async () => {
    await new Promise((resolve) => collector.close(resolve))
  })

  it('sends the recorded spans to <endpoint>/v1/traces, flushed at shutdown', async () => {
    const tracing = startTracing({ otlpEndpoint: endpoint, serviceName: 'storefront-otlp-test' })
    expect(tracing.exporting).toBe(true)
    await withSpan('checkout.work', async () => {
      await withSpan('payment.confirm', async () => {})
    })
    await tracing.shutdown()
    expect(received.map((r) => r.path)).toEqual(['/v1/traces'])
    const [request] = received
    expect(request?.contentType).toContain('application/json')
    expect(request?.body).toContain('"checkout.work"')
    expect(request?.body).toContain('"payment.confirm"')
    expect(request?.body).toContain('storefront-otlp-test')
  })

  it('records and sends nothing without an endpoint, yet gives spans valid ids', async () => {
    received.length = 0
    const tracing = startTracing({ otlpEndpoint: undefined, serviceName: 'storefront-otlp-test' })
    const ids = await withSpan('unrecorded', async (span) => ({ recording: span.isRecording(), ...span.spanContext() }))
    await tracing.shutdown()
    expect(ids.recording).toBe(false)
    expect(ids.traceId).toMatch(/^(?!0{32})[0-9a-f]{32}$/)
    expect(received).toEqual([])
  })
})
