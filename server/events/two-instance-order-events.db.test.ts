/**
 * Issue 6: with two server instances sharing Postgres and Redis, an admin action on instance 1
 * reaches a shopper streaming from instance 2. Instance 2 keeps the default 25 s heartbeat, so its
 * catch-up read cannot deliver the event in time: only the Redis poke can. Two connection pools at
 * once need PostgreSQL (PGlite has one in-process connection), so this runs on that target only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Order } from '../../shared/orders/order.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createRedisBus } from '../platform/bus.ts'
import type { Database } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { openRedis, type RedisConnections } from '../platform/redis.ts'
import { connectSse, type SseConnection } from '../test-support/sse-client.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout, postPay } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { redisSkipReason, testRedisUrl, useTestRedis } from '../test-support/test-redis.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'

const logger = createLogger('silent')
const redisSkip = await redisSkipReason()

describe.each((await databaseTargets()).filter((t) => t.name === 'postgres'))(
  'admin order actions across two instances on $name',
  (target) => {
    const database = useTestDatabase(target)
    if (!database) return
    const redis = useTestRedis(redisSkip)
    if (!redis) return
    const adminLogin = { email: uniqueEmail(), password: 'the admin password' }
    const streams: SseConnection[] = []
    let secondDb: Database
    let secondRedis: RedisConnections
    let one: TestServer
    let two: TestServer

    beforeAll(async () => {
      const config = testConfig({
        TRUST_PROXY: 'true',
        ADMIN_EMAIL: adminLogin.email,
        ADMIN_PASSWORD: adminLogin.password,
        REDIS_URL: testRedisUrl,
        REDIS_KEY_PREFIX: redis().keyPrefix,
      })
      await ensureAdmin({ db: database().db, config, logger })
      // Each instance has its own pool and Redis connections, as its own process would.
      secondDb = await database().openAnother()
      secondRedis = await openRedis({ url: testRedisUrl, keyPrefix: redis().keyPrefix }, logger)
      one = await startTestServer(
        createApp({ config, db: database().db, logger, bus: createRedisBus(redis(), logger) }),
      )
      two = await startTestServer(
        createApp({ config, db: secondDb.db, logger, bus: createRedisBus(secondRedis, logger) }),
      )
    })
    afterAll(async () => {
      for (const stream of streams) stream.close()
      await one?.close()
      await two?.close()
      await secondRedis?.close()
      await secondDb?.close()
    })

    const browserOn = (server: TestServer) => createTestBrowser((path, init) => fetch(`${server.url}${path}`, init))

    /** A signed-up shopper on instance 2 with a paid order that the admin already started fulfilling. */
    const fulfillingOrder = async (admin: TestBrowser) => {
      const shopper = browserOn(two)
      await shopper.signUp({ email: uniqueEmail(), password: testPassword, name: 'Far away' })
      await fillCart(shopper, [[await createTestProduct(database().db, { stock: 5 }), 1]])
      const placed = await orderOf(await postCheckout(shopper))
      await orderOf(await postPay(shopper, placed.id, testCards.succeeds))
      await orderOf(await act(admin, placed.id, { action: 'fulfil' }))
      return { shopper, orderId: placed.id }
    }
    const act = (admin: TestBrowser, orderId: string, body: object) =>
      admin.request(`/api/admin/orders/${orderId}/actions`, { method: 'POST', json: body })
    const openStream = async (shopper: TestBrowser) => {
      const stream = await connectSse(`${two.url}/api/events`, { cookie: `sf_session=${shopper.cookie}` })
      streams.push(stream)
      expect(stream.response.status).toBe(200)
      await waitFor(() => stream.fields.includes('retry: 3000'))
      return stream
    }

    it('delivers a shipment by the admin on instance 1 to the shopper streaming from instance 2, once', async () => {
      const admin = browserOn(one)
      expect((await admin.signIn(adminLogin)).status).toBe(200)
      const { shopper, orderId } = await fulfillingOrder(admin)
      const stream = await openStream(shopper)

      const started = Date.now()
      const shipped = await act(admin, orderId, { action: 'ship', carrier: 'DHL', trackingNumber: 'JD0001' })
      expect(shipped.status).toBe(200)
      const [event] = await stream.waitForEvents(1, 2000)
      expect(Date.now() - started).toBeLessThan(2000)
      expect(event?.event).toBe('order.status_changed')

      // The poke makes the shopper refetch; instance 2 answers with the shipped order.
      const seen = (await (await shopper.request(`/api/orders/${orderId}`)).json()) as Order
      expect([seen.status, seen.tracking?.trackingNumber]).toEqual(['shipped', 'JD0001'])
      await new Promise((resolve) => setTimeout(resolve, 500)) // a repeated poke would arrive by now
      expect(stream.events).toHaveLength(1)
    })
  },
)

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
