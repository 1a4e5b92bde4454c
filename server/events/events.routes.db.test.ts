import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ProductId } from '../../shared/ids.ts'
import { createApp } from '../app.ts'
import { productVariants } from '../db/schema.ts'
import { createInProcessBus, createRedisBus } from '../platform/bus.ts'
import type { Database } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { connectSse, type SseConnection } from '../test-support/sse-client.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { productsSoldInOneForm } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { redisSkipReason, useTestRedis } from '../test-support/test-redis.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'
import { createLiveStreams, type LiveStreams } from './live-streams.ts'

const logger = createLogger('silent')
const config = testConfig({ TRUST_PROXY: 'true' })
const redisSkip = await redisSkipReason()

describe.each(await databaseTargets())('live events over SSE on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  const servers: TestServer[] = []
  const streams: SseConnection[] = []
  let productIds: ProductId[] = []
  let liveStreams: LiveStreams
  let server: TestServer

  beforeAll(async () => {
    productIds = await productsSoldInOneForm(database().db, 6)
    await database().db.update(productVariants).set({ stock: 50 })
    liveStreams = createLiveStreams({ heartbeatMs: 300 })
    server = await start(createApp({ config, db: database().db, logger, liveStreams }))
  })
  afterAll(async () => {
    for (const stream of streams) stream.close()
    for (const s of servers) await s.close()
  })

  const start = async (app: { fetch: (r: Request) => Response | Promise<Response> }) => {
    const started = await startTestServer(app)
    servers.push(started)
    return started
  }
  const browserOn = (s: TestServer) => createTestBrowser((path, init) => fetch(`${s.url}${path}`, init))
  const open = async (s: TestServer, b: TestBrowser, headers: Record<string, string> = {}, query = '') => {
    const stream = await connectSse(`${s.url}/api/events${query}`, { cookie: `sf_session=${b.cookie}`, ...headers })
    streams.push(stream)
    expect(stream.response.status).toBe(200)
    // The stream is live once its first frame (`retry:`) arrived: subscription done, log cursor set.
    await waitFor(() => stream.fields.includes('retry: 3000'))
    return stream
  }
  const twoDevices = async (s1: TestServer, s2 = s1) => {
    const email = uniqueEmail()
    const phone = browserOn(s1)
    await phone.signUp({ email, password: testPassword, name: 'Live' })
    const laptop = browserOn(s2)
    await laptop.signIn({ email, password: testPassword })
    return { phone, laptop }
  }

  it('answers an event stream with the SSE headers and a retry hint', async () => {
    const guest = browserOn(server)
    await guest.session()
    const stream = await open(server, guest)
    expect(stream.response.headers.get('content-type')).toBe('text/event-stream')
    expect(stream.response.headers.get('cache-control')).toBe('no-cache')
    expect(stream.response.headers.get('x-accel-buffering')).toBe('no')
    expect(stream.response.headers.get('content-encoding')).toBeNull()
  })

  it("delivers a push by one device to the user's other device within a second", async () => {
    const { phone, laptop } = await twoDevices(server)
    const stream = await open(server, laptop)
    const started = Date.now()
    const pushed = await phone.push([{ kind: 'cart.set_quantity', productId: productIds[0]!, quantity: 2 }])
    const [event] = await stream.waitForEvents(1, 1000)
    expect(Date.now() - started).toBeLessThan(1000)
    expect(event).toMatchObject({ event: 'cart.updated', data: JSON.stringify({ version: pushed.state.version }) })
    expect(Number(event!.id)).toBeGreaterThan(0)
    expect(await laptop.pull(0)).toEqual(pushed.state)
  })

  it('sends one event per changed list, and none to another shopper', async () => {
    const { phone, laptop } = await twoDevices(server)
    const stranger = browserOn(server)
    await stranger.session()
    const strangerStream = await open(server, stranger)
    const stream = await open(server, laptop)
    const pushed = await phone.push([
      { kind: 'cart.set_quantity', productId: productIds[1]!, quantity: 1 },
      { kind: 'wishlist.add', productId: productIds[2]! },
    ])
    const events = await stream.waitForEvents(2)
    expect(events.map((e) => e.event)).toEqual(['cart.updated', 'wishlist.updated'])
    expect(events.map((e) => JSON.parse(e.data))).toEqual([
      { version: pushed.state.version },
      { version: pushed.state.version },
    ])
    expect(Number(events[1]!.id)).toBeGreaterThan(Number(events[0]!.id))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(strangerStream.events).toEqual([])
  })

  it('replays exactly the missed events, in order and once, to a client reconnecting with Last-Event-ID', async () => {
    const { phone, laptop } = await twoDevices(server)
    const first = await open(server, laptop)
    await phone.push([{ kind: 'cart.set_quantity', productId: productIds[0]!, quantity: 1 }])
    const [seen] = await first.waitForEvents(1)
    first.close()

    // While the laptop is away: three changes, four events.
    await phone.push([{ kind: 'cart.set_quantity', productId: productIds[0]!, quantity: 2 }])
    await phone.push([{ kind: 'wishlist.add', productId: productIds[3]! }])
    const last = await phone.push([
      { kind: 'cart.set_quantity', productId: productIds[1]!, quantity: 3 },
      { kind: 'wishlist.remove', productId: productIds[3]! },
    ])

    const resumed = await open(server, laptop, { 'last-event-id': seen!.id! })
    const missed = await resumed.waitForEvents(4)
    expect(missed.map((e) => e.event)).toEqual(['cart.updated', 'wishlist.updated', 'cart.updated', 'wishlist.updated'])
    const ids = missed.map((e) => Number(e.id))
    expect(ids).toEqual([...ids].sort((a, b) => a - b))
    expect(ids[0]).toBeGreaterThan(Number(seen!.id))
    expect(JSON.parse(missed.at(-1)!.data)).toEqual({ version: last.state.version })

    // Then live ones follow, with no repeat of the replayed ones.
    await phone.push([{ kind: 'cart.set_quantity', productId: productIds[2]!, quantity: 1 }])
    const all = await resumed.waitForEvents(5)
    await new Promise((resolve) => setTimeout(resolve, 400)) // a heartbeat's catch-up read must not repeat any
    expect(resumed.events).toHaveLength(5)
    expect(new Set(all.map((e) => e.id)).size).toBe(5)
    expect(Number(all[4]!.id)).toBeGreaterThan(ids.at(-1)!)

    // The query parameter works for clients that cannot set the header.
    const viaQuery = await open(server, laptop, {}, `?lastEventId=${seen!.id}`)
    expect((await viaQuery.waitForEvents(5)).map((e) => e.id)).toEqual(all.map((e) => e.id))
  })

  it('replays nothing to a new connection without Last-Event-ID', async () => {
    const { phone, laptop } = await twoDevices(server)
    await phone.push([{ kind: 'cart.set_quantity', productId: productIds[0]!, quantity: 1 }])
    const stream = await open(server, laptop)
    await new Promise((resolve) => setTimeout(resolve, 400))
    expect(stream.events).toEqual([])
  })

  it('delivers an event committed as soon as the stream answered, however slow its subscription', async () => {
    // The browser fires `open` on the response headers and the shopper acts then: the log cursor
    // must already be set. Holding the bus subscription forces the interleaving where it was not.
    const bus = createInProcessBus()
    let subscribed = () => {}
    const subscriptionHeld = new Promise<void>((resolve) => {
      subscribed = resolve
    })
    const slowBus = {
      ...bus,
      subscribe: async (channel: string, handler: (message: string) => void) => {
        await subscriptionHeld
        return bus.subscribe(channel, handler)
      },
    }
    const slowServer = await start(
      createApp({
        config,
        db: database().db,
        logger,
        bus: slowBus,
        liveStreams: createLiveStreams({ heartbeatMs: 300 }),
      }),
    )
    const { phone, laptop } = await twoDevices(slowServer)
    const stream = await connectSse(`${slowServer.url}/api/events`, { cookie: `sf_session=${laptop.cookie}` })
    streams.push(stream)
    expect(stream.response.status).toBe(200)
    const pushed = await phone.push([{ kind: 'cart.set_quantity', productId: productIds[3]!, quantity: 2 }])
    subscribed()
    const [event] = await stream.waitForEvents(1)
    expect(event).toMatchObject({ event: 'cart.updated', data: JSON.stringify({ version: pushed.state.version }) })
  })

  it("follows a guest's stream to the guest's own events once the first write stores the session", async () => {
    const guest = browserOn(server)
    await guest.session() // a read: a pending session, with a cookie but no row nor shopper yet
    const stream = await open(server, guest)
    const pushed = await guest.push([{ kind: 'cart.set_quantity', productId: productIds[2]!, quantity: 1 }])
    const [event] = await stream.waitForEvents(1)
    expect(event).toMatchObject({ event: 'cart.updated', data: JSON.stringify({ version: pushed.state.version }) })
    // Later writes follow on the same stream, each once.
    const again = await guest.push([{ kind: 'wishlist.add', productId: productIds[4]! }])
    const events = await stream.waitForEvents(2)
    expect(events[1]).toMatchObject({
      event: 'wishlist.updated',
      data: JSON.stringify({ version: again.state.version }),
    })
    expect(new Set(events.map((e) => e.id)).size).toBe(2)
  })

  it('sends heartbeat comments and catches up on an event whose poke was lost', async () => {
    const silentBus = createInProcessBus()
    const lossy = { ...silentBus, publish: async () => {} } // every poke lost
    const lossyStreams = createLiveStreams({ heartbeatMs: 300 })
    const lossyServer = await start(
      createApp({ config, db: database().db, logger, bus: lossy, liveStreams: lossyStreams }),
    )
    const { phone, laptop } = await twoDevices(lossyServer)
    const stream = await open(lossyServer, laptop)
    await stream.waitForComment('heartbeat', 1000)
    await phone.push([{ kind: 'cart.set_quantity', productId: productIds[4]!, quantity: 1 }])
    const [event] = await stream.waitForEvents(1, 1000)
    expect(event?.event).toBe('cart.updated')
  })

  it("moves a guest's stream to the stored session at the next heartbeat when the poke was lost", async () => {
    const lossy = { ...createInProcessBus(), publish: async () => {} } // every poke lost
    const lossyServer = await start(
      createApp({
        config,
        db: database().db,
        logger,
        bus: lossy,
        liveStreams: createLiveStreams({ heartbeatMs: 300 }),
      }),
    )
    const guest = browserOn(lossyServer)
    await guest.session()
    const stream = await open(lossyServer, guest)
    const pushed = await guest.push([{ kind: 'wishlist.add', productId: productIds[5]! }])
    const [event] = await stream.waitForEvents(1, 1000)
    expect(event).toMatchObject({ event: 'wishlist.updated', data: JSON.stringify({ version: pushed.state.version }) })
  })

  it('ends open streams on shutdown and forgets streams whose client left', async () => {
    const guest = browserOn(server)
    await guest.session()
    const before = liveStreams.size
    const leaving = await open(server, guest)
    expect(liveStreams.size).toBe(before + 1)
    leaving.close()
    await waitFor(() => liveStreams.size === before)

    const ownStreams = createLiveStreams()
    const ownServer = await start(createApp({ config, db: database().db, logger, liveStreams: ownStreams }))
    const stayed = await open(ownServer, guest)
    ownStreams.closeAll()
    await stayed.waitForEnd()
  })

  describe('two server instances sharing Postgres and Redis', () => {
    const redis = useTestRedis(redisSkip)
    if (!redis) return
    let second: Database

    beforeAll(async () => {
      second = await database().openAnother()
    })
    afterAll(async () => {
      await second.close()
    })

    it('delivers a cart change made through instance 1 to an SSE client of instance 2', async () => {
      const { keyPrefix } = redis()
      const redisConfig = testConfig({
        TRUST_PROXY: 'true',
        REDIS_URL: 'redis://127.0.0.1:6379',
        REDIS_KEY_PREFIX: keyPrefix,
      })
      // Each instance its own bus (as its own process would have); Redis connects them.
      const one = await start(
        createApp({ config: redisConfig, db: database().db, logger, bus: createRedisBus(redis(), logger) }),
      )
      const { openRedis } = await import('../platform/redis.ts')
      const otherConnections = await openRedis({ url: 'redis://127.0.0.1:6379', keyPrefix }, logger)
      try {
        const two = await start(
          createApp({ config: redisConfig, db: second.db, logger, bus: createRedisBus(otherConnections, logger) }),
        )
        const { phone, laptop } = await twoDevices(one, two)
        const stream = await open(two, laptop)
        const started = Date.now()
        const pushed = await phone.push([{ kind: 'cart.set_quantity', productId: productIds[5]!, quantity: 3 }])
        const [event] = await stream.waitForEvents(1, 1000)
        expect(Date.now() - started).toBeLessThan(1000)
        expect(event).toMatchObject({ event: 'cart.updated', data: JSON.stringify({ version: pushed.state.version }) })
        expect(await laptop.pull(0)).toEqual(pushed.state)
      } finally {
        for (const stream of streams) stream.close()
        await otherConnections.close()
      }
    })
  })
})

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
