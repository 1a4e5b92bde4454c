/**
 * Issue 11: catalog answers come from the response cache, with ETags and 304s, and a price or stock
 * change reaches every instance within a second — through the writer's own invalidation, the bus
 * (Redis pub/sub between instances) and, when a message is lost, the change feed.
 */
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Product } from '../../shared/catalog/product.ts'
import type { ProductId } from '../../shared/ids.ts'
import { createApp } from '../app.ts'
import { createMetrics } from '../observability/metrics.ts'
import { createInProcessBus, createRedisBus } from '../platform/bus.ts'
import type { Database } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { openRedis, type RedisConnections } from '../platform/redis.ts'
import { createSearchIndex, type SearchIndex } from '../search/search-index.service.ts'
import { sampleValue } from '../test-support/prometheus-text.ts'
import { signedInAdmin } from '../test-support/test-api-keys.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { changeVariantPrice } from '../test-support/test-inventory.ts'
import { redisSkipReason, testRedisUrl, useTestRedis } from '../test-support/test-redis.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'

const logger = createLogger('silent')
const adminLogin = { ADMIN_EMAIL: 'cache-admin@example.com', ADMIN_PASSWORD: 'the admin password' }

type Requester = { request: (path: string, init?: RequestInit) => Response | Promise<Response> }

/** The product as a client without compression reads it (app.request() does not decode bodies). */
const productOf = async (app: Requester, id: ProductId) => {
  const response = await app.request(`/api/products/p-${id}`)
  expect(response.status).toBe(200)
  return { product: (await response.json()) as Product, etag: response.headers.get('etag') }
}

/** The admin lowers the price of the product's one variant by 1.00. */
const changePrice = async (app: Requester, admin: Awaited<ReturnType<typeof signedInAdmin>>, id: ProductId) => {
  const { product } = await productOf(app, id)
  const [variant] = product.variants
  if (!variant) throw new Error(`product ${id} has no variant`)
  await changeVariantPrice(admin, variant, variant.price - 100)
  return variant.price - 100
}

describe.each(await databaseTargets())('catalog answers from the response cache on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  const config = testConfig(adminLogin)
  const metrics = createMetrics()
  let app: ReturnType<typeof createApp>
  let searchIndex: SearchIndex
  beforeAll(() => {
    searchIndex = createSearchIndex({ db: database().db, logger })
    app = createApp({ config, db: database().db, logger, searchIndex, metrics })
  })

  it('counts its hits, misses, bytes and invalidations in the metrics', async () => {
    const sample = async (name: string, labels?: Record<string, string>) =>
      sampleValue(await metrics.registry.metrics(), name, labels) ?? 0
    const l1 = (result: string) => sample('cache_lookups_total', { cache: 'response-l1', result })
    const [hits, misses, invalidations] = [
      await l1('hit'),
      await l1('miss'),
      await sample('response_cache_invalidations_total'),
    ]
    const id = await createTestProduct(database().db, { stock: 5 })
    await productOf(app, id)
    await productOf(app, id)
    expect(await l1('miss')).toBe(misses + 1)
    expect(await l1('hit')).toBe(hits + 1)
    expect(await sample('response_cache_bytes')).toBeGreaterThan(0)
    await searchIndex.refresh() // sees the new product in the feed
    expect(await sample('response_cache_invalidations_total')).toBeGreaterThan(invalidations)
  })

  it('answers a product with a strong ETag, public caching, and 304 to the tag of any encoding', async () => {
    const id = await createTestProduct(database().db, { stock: 5 })
    const first = await app.request(`/api/products/p-${id}`, { headers: { 'accept-encoding': 'gzip' } })
    expect(first.headers.get('cache-control')).toMatch(/^public, .*s-maxage=\d+/)
    expect(first.headers.get('vary')).toBe('Accept-Encoding, Accept-Language')
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[0-9a-f]{32}(-gz)?"$/)
    const notModified = await app.request(`/api/products/p-${id}`, {
      headers: { 'if-none-match': etag, 'accept-encoding': 'br' },
    })
    expect(notModified.status).toBe(304)
    expect(await notModified.text()).toBe('')
  })

  it('compresses the first catalog sync page with brotli', async () => {
    const response = await app.request('/api/sync/catalog?since=0', { headers: { 'accept-encoding': 'br, gzip' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('etag')).toMatch(/-br"$/)
  })

  it('answers a pull from a later cursor fresh, with an ETag, even before the cache hears of a change', async () => {
    const first = await app.request('/api/sync/catalog?since=0&limit=1000')
    const { cursor } = (await first.json()) as { cursor: string }
    const pull = () => app.request(`/api/sync/catalog?since=${cursor}`)
    const quiet = await pull()
    const etag = quiet.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/)
    // On Postgres the answer's cursor follows transactions running anywhere on the cluster (other
    // suites run beside this one), so two pulls may differ; PGlite runs nothing else.
    if (target.name === 'pglite') {
      const again = await app.request(`/api/sync/catalog?since=${cursor}`, { headers: { 'if-none-match': etag } })
      expect(again.status).toBe(304)
    }
    const id = await createTestProduct(database().db, { stock: 1 })
    const changed = (await (await pull()).json()) as { products: { id: string }[] }
    expect(changed.products.map((p) => p.id)).toContain(id)
  })

  it('shows an admin’s price change at once on the instance that made it, under a new ETag', async () => {
    const admin = await signedInAdmin(app, database().db, config)
    const id = await createTestProduct(database().db, { stock: 5, price: 5000 })
    const before = await productOf(app, id)
    const price = await changePrice(app, admin, id)
    const after = await productOf(app, id)
    expect(after.product.price).toBe(price)
    expect(after.etag).not.toBe(before.etag)
    const stale = await app.request(`/api/products/p-${id}`, { headers: { 'if-none-match': before.etag ?? '' } })
    expect(stale.status).toBe(200)
  })

  it('keeps answering from the cache until the change feed shows a write made behind its back', async () => {
    const id = await createTestProduct(database().db, { stock: 5, price: 5000 })
    await searchIndex.refresh()
    expect((await productOf(app, id)).product.price).toBe(5000)
    await database().db.execute(sql`update product_variants set price = 4000 where product_id = ${id}`)
    // Proof that the answer is cached: the database says 4000, the cache still 5000.
    expect((await productOf(app, id)).product.price).toBe(5000)
    await searchIndex.refresh()
    expect((await productOf(app, id)).product.price).toBe(4000)
  })
})

const redisSkip = await redisSkipReason()

describe.each((await databaseTargets()).filter((t) => t.name === 'postgres'))(
  'the response cache across two instances on $name with Redis',
  (target) => {
    const database = useTestDatabase(target)
    if (!database) return
    const redis = useTestRedis(redisSkip)
    if (!redis) return
    const config = testConfig({ ...adminLogin, TRUST_PROXY: 'true' })
    const closers: (() => Promise<void>)[] = []
    let one: TestServer
    let two: TestServer

    /** An instance as its own process would be: its own pool, Redis connections, bus and L1. */
    async function startInstance(db: Database['db']): Promise<TestServer> {
      const connections: RedisConnections = await openRedis(
        { url: testRedisUrl, keyPrefix: redis!().keyPrefix },
        logger,
      )
      const bus = createRedisBus(connections, logger)
      const server = await startTestServer(createApp({ config, db, logger, bus, redis: connections }))
      closers.push(server.close, connections.close)
      return server
    }

    beforeAll(async () => {
      const second = await database().openAnother()
      closers.push(second.close)
      one = await startInstance(database().db)
      two = await startInstance(second.db)
    })
    afterAll(async () => {
      for (const close of closers.reverse()) await close()
    })

    const over = (server: TestServer): Requester => ({
      request: (path, init) => fetch(`${server.url}${path}`, init),
    })

    /** Milliseconds until `read` on the other instance sees `expected`; fails after 5 s. */
    async function msUntil<T>(read: () => Promise<T>, expected: T): Promise<number> {
      const started = performance.now()
      while (performance.now() - started < 5_000) {
        if ((await read()) === expected) return performance.now() - started
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      throw new Error(`not ${String(expected)} after 5 s`)
    }

    it('shows a price changed on one instance on the other within a second', async () => {
      const admin = await signedInAdmin(over(one), database().db, config)
      const id = await createTestProduct(database().db, { stock: 5, price: 7000 })
      // Both instances have it cached (and the shared layer too).
      expect((await productOf(over(one), id)).product.price).toBe(7000)
      expect((await productOf(over(two), id)).product.price).toBe(7000)
      const price = await changePrice(over(one), admin, id)
      expect(await msUntil(async () => (await productOf(over(two), id)).product.price, price)).toBeLessThan(1_000)
    })

    it('shows stock taken by a checkout on one instance on the other within a second', async () => {
      const id = await createTestProduct(database().db, { stock: 5 })
      expect((await productOf(over(two), id)).product.stock).toBe(5)
      const shopper = createTestBrowser((path, init) => fetch(`${one.url}${path}`, init))
      await shopper.signUp({ email: uniqueEmail(), password: testPassword, name: 'Cache shopper' })
      await fillCart(shopper, [[id, 2]])
      await orderOf(await postCheckout(shopper))
      expect(await msUntil(async () => (await productOf(over(two), id)).product.stock, 3)).toBeLessThan(1_000)
    })
  },
)

describe.each((await databaseTargets()).filter((t) => t.name === 'postgres'))(
  'an instance that missed the poke on $name',
  (target) => {
    const database = useTestDatabase(target)
    if (!database) return
    let deaf: TestServer
    let feed: SearchIndex
    beforeAll(async () => {
      // Its bus hears nothing from the writer: only the change feed it follows can tell it.
      feed = createSearchIndex({ db: database().db, logger })
      feed.start()
      deaf = await startTestServer(
        createApp({ config: testConfig(), db: database().db, logger, bus: createInProcessBus(), searchIndex: feed }),
      )
    })
    afterAll(async () => {
      await deaf?.close()
      await feed?.stop()
    })

    it('catches up through the change feed within a second', async () => {
      const id = await createTestProduct(database().db, { stock: 5, price: 3000 })
      await feed.refresh()
      const read = async () => (await productOf({ request: (p, i) => fetch(`${deaf.url}${p}`, i) }, id)).product.price
      expect(await read()).toBe(3000)
      await database().db.execute(sql`update product_variants set price = 2500 where product_id = ${id}`)
      const started = performance.now()
      while ((await read()) !== 2500) {
        expect(performance.now() - started).toBeLessThan(1_000)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
    })
  },
)
