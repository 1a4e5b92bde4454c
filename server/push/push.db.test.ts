import { createDecipheriv, createECDH, hkdfSync, randomBytes } from 'node:crypto'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { orderPushPayload } from '../../shared/push/push-schema.ts'
import { createApp } from '../app.ts'
import { pushConfig, pushOutbox, pushSubscriptions } from '../db/schema.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createLogger } from '../platform/logger.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser } from '../test-support/test-browser.ts'
import {
  createTestProduct,
  fillCart,
  orderOf,
  postCheckout,
  postPay,
  testAddress,
} from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { sendQueuedPushes } from './push-outbox.job.ts'
import { webPushSender } from './push-sender.ts'

type Received = { readonly path: string; readonly headers: IncomingHttpHeaders; readonly body: Buffer }

/** A push service on loopback: records each request and answers with `status` (201 unless set). */
async function startPushServiceStub() {
  const received: Received[] = []
  let status = 201
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      received.push({ path: request.url ?? '', headers: request.headers, body: Buffer.concat(chunks) })
      response.writeHead(status).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    received,
    endpoint: (name: string) => `http://127.0.0.1:${port}/push/${name}`,
    answer: (next: number) => {
      status = next
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A browser's push keys: a P-256 pair (p256dh) and a 16-byte auth secret, as PushManager makes them. */
function browserPushKeys() {
  const ecdh = createECDH('prime256v1')
  ecdh.generateKeys()
  const auth = randomBytes(16)
  return {
    json: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
    /** Decrypts an aes128gcm body (RFC 8188 + RFC 8291) the way the browser would. */
    decrypt(body: Buffer): string {
      const salt = body.subarray(0, 16)
      const idLength = body.readUInt8(20)
      const serverKey = body.subarray(21, 21 + idLength)
      const sealed = body.subarray(21 + idLength)
      const info = Buffer.concat([Buffer.from('WebPush: info\0'), ecdh.getPublicKey(), serverKey])
      const ikm = Buffer.from(hkdfSync('sha256', ecdh.computeSecret(serverKey), auth, info, 32))
      const key = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: aes128gcm\0', 16))
      const nonce = Buffer.from(hkdfSync('sha256', ikm, salt, 'Content-Encoding: nonce\0', 12))
      const decipher = createDecipheriv('aes-128-gcm', key, nonce)
      decipher.setAuthTag(sealed.subarray(-16))
      const padded = Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()])
      // The last record ends with the delimiter 0x02 and optional zero padding.
      return padded.subarray(0, padded.lastIndexOf(2)).toString('utf8')
    },
  }
}

describe.each(await databaseTargets())('web push on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const db = () => database().db
  const logger = createLogger('silent')
  let stub: Awaited<ReturnType<typeof startPushServiceStub>>
  let app: ReturnType<typeof createApp>
  const worker = () => ({ config: testConfig(), db: db(), logger, pushSender: webPushSender })

  beforeAll(async () => {
    stub = await startPushServiceStub()
    app = createApp({ config: testConfig({ TRUST_PROXY: 'true' }), db: db(), logger })
  })
  afterAll(async () => {
    await stub?.close()
  })

  const placeOrder = async (shopper: TestBrowser, locale: 'en' | 'de' = 'en') => {
    await fillCart(shopper, [[await createTestProduct(db(), { stock: 5, price: 1000 }), 1]])
    const body = { email: 'shopper@example.com', shippingAddress: testAddress, shippingMethod: 'standard', locale }
    return orderOf(await postCheckout(shopper, { body }))
  }
  const subscribe = async (shopper: TestBrowser, endpoint: string, keys = browserPushKeys()) => {
    if (!shopper.csrfToken) await shopper.session()
    const response = await shopper.request('/api/push/subscriptions', {
      method: 'POST',
      json: { endpoint, expirationTime: null, keys: keys.json },
    })
    expect(response.status).toBe(204)
    return keys
  }
  const subscriptionsAt = (endpoint: string) =>
    db().select().from(pushSubscriptions).where(eq(pushSubscriptions.endpoint, endpoint))

  it('hands out one VAPID public key, generated once and kept', async () => {
    const first = (await (await app.request('/api/push/public-key')).json()) as { publicKey: string }
    const second = await (await app.request('/api/push/public-key')).json()
    expect(first.publicKey).toMatch(/^[A-Za-z0-9_-]{87}$/)
    expect(second).toEqual(first)
    expect(await db().select().from(pushConfig)).toHaveLength(1)
  })

  it('pushes an encrypted, localized status change to the shopper’s device when the order is paid', async () => {
    const shopper = createTestBrowser(app)
    const order = await placeOrder(shopper, 'de')
    const endpoint = stub.endpoint('paid-device')
    const keys = await subscribe(shopper, endpoint)
    await sendQueuedPushes(worker()) // the checkout changed no status yet: nothing to send
    expect(stub.received.filter((r) => r.path === '/push/paid-device')).toHaveLength(0)

    expect((await postPay(shopper, order.id, testCards.succeeds)).status).toBe(200)
    expect(await sendQueuedPushes(worker())).toBeGreaterThanOrEqual(1)

    const [request] = stub.received.filter((r) => r.path === '/push/paid-device')
    expect(request?.headers['content-encoding']).toBe('aes128gcm')
    expect(request?.headers.ttl).toBe('86400')
    expect(request?.headers.urgency).toBe('normal')
    expect(request?.headers.authorization).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]{87}$/)
    const payload = orderPushPayload.parse(JSON.parse(keys.decrypt(request!.body)))
    expect(payload).toEqual({
      orderId: order.id,
      status: 'paid',
      number: `SF-${order.number}`,
      title: `Bestellung SF-${order.number}`,
      body: 'Zahlung erhalten. Wir bereiten deine Bestellung vor.',
    })
    expect(await db().select().from(pushOutbox).where(eq(pushOutbox.orderId, order.id))).toEqual([])
  })

  it('deletes a subscription the push service answers 410 for, and keeps one it answers 500 for', async () => {
    const shopper = createTestBrowser(app)
    const order = await placeOrder(shopper)
    const endpoint = stub.endpoint('gone-device')
    await subscribe(shopper, endpoint)
    try {
      stub.answer(500)
      await postPay(shopper, order.id, testCards.insufficientFunds)
      await sendQueuedPushes(worker())
      expect(await subscriptionsAt(endpoint)).toHaveLength(1)

      stub.answer(410)
      await postPay(shopper, order.id, testCards.succeeds)
      await sendQueuedPushes(worker())
      expect(await subscriptionsAt(endpoint)).toEqual([])
      expect(stub.received.filter((r) => r.path === '/push/gone-device')).toHaveLength(2)
    } finally {
      stub.answer(201)
    }
  })

  it('keeps one row per device and lets only its shopper unsubscribe it', async () => {
    const shopper = createTestBrowser(app)
    const stranger = createTestBrowser(app)
    const endpoint = stub.endpoint('one-device')
    await subscribe(shopper, endpoint)
    await subscribe(shopper, endpoint)
    expect(await subscriptionsAt(endpoint)).toHaveLength(1)

    await stranger.session()
    const refused = await stranger.request('/api/push/subscriptions', { method: 'DELETE', json: { endpoint } })
    expect(refused.status).toBe(404)
    const removed = await shopper.request('/api/push/subscriptions', { method: 'DELETE', json: { endpoint } })
    expect(removed.status).toBe(204)
    expect(await subscriptionsAt(endpoint)).toEqual([])
  })

  it('refuses plain-http endpoints other than a test’s loopback stub, and malformed keys, naming the field', async () => {
    const shopper = createTestBrowser(app)
    await shopper.session()
    const keys = browserPushKeys().json
    const post = (json: unknown) => shopper.request('/api/push/subscriptions', { method: 'POST', json })
    const insecure = await post({ endpoint: 'http://push.example.com/x', keys })
    expect(insecure.status).toBe(400)
    expect(((await insecure.json()) as { errors: unknown }).errors).toEqual([
      { path: 'json.endpoint', message: 'must be an https URL' },
    ])
    const badKey = await post({ endpoint: 'https://push.example.com/x', keys: { ...keys, auth: 'not base64url!' } })
    expect(badKey.status).toBe(400)
    expect(((await badKey.json()) as { errors: { path: string }[] }).errors.map((e) => e.path)).toEqual([
      'json.keys.auth',
    ])
    const extra = await post({ endpoint: 'https://push.example.com/x', keys, owner: 'someone' })
    expect(extra.status).toBe(400)
  })
})
