import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createResendSender } from './resend.sender.ts'

type Received = { readonly path: string; readonly headers: IncomingHttpHeaders; readonly body: unknown }

/** Resend's API on 127.0.0.1: answers an id, or the error the next request is told to get. */
async function startResendStub() {
  const received: Received[] = []
  let failNext = false
  const server = createServer((req, res) => {
    let raw = ''
    req.on('data', (chunk: Buffer) => {
      raw += chunk.toString('utf8')
    })
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(raw) })
      res.setHeader('content-type', 'application/json')
      if (failNext) {
        failNext = false
        res.statusCode = 429
        res.end(JSON.stringify({ name: 'rate_limit_exceeded', message: 'Too many requests', statusCode: 429 }))
        return
      }
      res.end(JSON.stringify({ id: `email-${received.length}` }))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    failNextRequest: () => {
      failNext = true
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

describe('the Resend sender', () => {
  let stub: Awaited<ReturnType<typeof startResendStub>>
  beforeAll(async () => {
    stub = await startResendStub()
  })
  afterAll(async () => {
    await stub.close()
  })
  const email = {
    idempotencyKey: 'order:3f2a9c1b-0000-4000-8000-000000000001:order_confirmation',
    outboxId: 7,
    to: 'shopper@example.com',
    subject: 'Order 3F2A9C1B confirmed',
    html: '<p>Thanks</p>',
    text: 'Thanks',
  }

  it('sends through the real SDK with from, to, subject, both bodies and the idempotency key', async () => {
    const sender = createResendSender({ apiKey: 're_test_123', baseUrl: stub.url }, 'Shop <shop@example.com>')
    const messageId = await sender.send(email)
    expect(messageId).toBe(`email-${stub.received.length}`)
    const request = stub.received.at(-1)
    expect(request?.path).toBe('/emails')
    expect(request?.headers.authorization).toBe('Bearer re_test_123')
    expect(request?.headers['idempotency-key']).toBe(email.idempotencyKey)
    expect(request?.body).toMatchObject({
      from: 'Shop <shop@example.com>',
      to: 'shopper@example.com',
      subject: email.subject,
      html: email.html,
      text: email.text,
    })
  })

  it('rejects when Resend refuses, so the worker retries', async () => {
    const sender = createResendSender({ apiKey: 're_test_123', baseUrl: stub.url }, 'shop@example.com')
    stub.failNextRequest()
    await expect(sender.send(email)).rejects.toThrow(/rate_limit_exceeded/)
  })
})
