import { afterAll, describe, expect, it } from 'vitest'
import type {
  InventoryItem,
  InventoryPage,
  InventoryUpdateResult,
} from '../../shared/catalog/admin-inventory-schema.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { ProductId } from '../../shared/ids.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { inventoryChangedEvent } from '../events/catalog-changed.ts'
import { createLogger } from '../platform/logger.ts'
import { connectSse, type SseConnection } from '../test-support/sse-client.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, postCheckout, stockOf } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'

const logger = createLogger('silent')

describe.each(await databaseTargets())('admin inventory on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const admin = { email: uniqueEmail(), password: 'the admin password' }
  const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({ config, db: database().db, logger })
    return testApp
  }
  let signedInAdmin: TestBrowser | undefined
  const asAdmin = async () => {
    if (!signedInAdmin) {
      await ensureAdmin({ db: database().db, config, logger })
      signedInAdmin = createTestBrowser(app())
      expect((await signedInAdmin.signIn(admin)).status).toBe(200)
    }
    return signedInAdmin
  }
  const itemOf = async (productId: ProductId): Promise<InventoryItem> => {
    const response = await (await asAdmin()).request(
      `/api/admin/inventory?q=${encodeURIComponent(`Test product ${productId.slice(0, 8)}`)}`,
    )
    expect(response.status).toBe(200)
    const page = (await response.json()) as InventoryPage
    const item = page.items.find((row) => row.id === productId)
    if (!item) throw new Error(`product ${productId} not listed`)
    return item
  }
  const patch = async (productId: string, body: unknown, browser?: TestBrowser) =>
    (browser ?? (await asAdmin())).request(`/api/admin/inventory/${productId}`, { method: 'PATCH', json: body })

  it('answers guests 401 and customers 403, for the list and for a change', async () => {
    const productId = await createTestProduct(database().db, { stock: 5 })
    const guest = createTestBrowser(app())
    const customer = createTestBrowser(app())
    expect((await customer.signUp({ email: uniqueEmail(), password: testPassword, name: 'C' })).status).toBe(201)
    expect((await guest.request('/api/admin/inventory')).status).toBe(401)
    expect((await customer.request('/api/admin/inventory')).status).toBe(403)
    expect((await patch(productId, { stockDelta: 1, expectedVersion: 0 }, customer)).status).toBe(403)
    expect(await stockOf(database().db, productId)).toBe(5)
  })

  it('refuses invalid changes with 400 naming each field', async () => {
    const productId = await createTestProduct(database().db, { stock: 5 })
    const response = await patch(productId, { stockDelta: 1.5, price: -1, expectedVersion: 'x' })
    expect(response.status).toBe(400)
    const paths = ((await response.json()) as ProblemDetails).errors?.map((issue) => issue.path)
    expect(paths).toEqual(expect.arrayContaining(['json.stockDelta', 'json.price', 'json.expectedVersion']))
    const empty = await patch(productId, { expectedVersion: 1 })
    expect(((await empty.json()) as ProblemDetails).errors?.map((issue) => issue.path)).toEqual(['json.stockDelta'])
    const badId = await patch('not-a-uuid', { stockDelta: 1, expectedVersion: 1 })
    expect(((await badId.json()) as ProblemDetails).errors?.map((issue) => issue.path)).toEqual(['param.productId'])
  })

  it('lists products with price, currency, category and stock, lowest stock first on request', async () => {
    const low = await createTestProduct(database().db, { stock: 1, price: 990 })
    const item = await itemOf(low)
    expect(item).toMatchObject({ price: 990, currency: 'EUR', stock: 1, categoryName: 'Test' })
    const response = await (await asAdmin()).request('/api/admin/inventory?lowStock=true&limit=100')
    const stocks = ((await response.json()) as InventoryPage).items.map((row) => row.stock)
    expect(stocks).toEqual([...stocks].sort((a, b) => a - b))
  })

  it('adjusts stock by a delta that composes with a checkout made after the admin loaded the page', async () => {
    const productId = await createTestProduct(database().db, { stock: 10 })
    const seen = await itemOf(productId)
    const shopper = createTestBrowser(app())
    await fillCart(shopper, [[productId, 4]])
    expect((await postCheckout(shopper)).status).toBe(201)
    const response = await patch(productId, { stockDelta: 5, expectedVersion: seen.version, reason: 'delivery' })
    expect(response.status).toBe(200)
    expect(((await response.json()) as InventoryUpdateResult).item.stock).toBe(11)
    expect(await stockOf(database().db, productId)).toBe(11)
  })

  it('never takes stock below zero, even when concurrent checkouts took units first', async () => {
    const productId = await createTestProduct(database().db, { stock: 6 })
    const seen = await itemOf(productId)
    const shoppers = [createTestBrowser(app()), createTestBrowser(app())]
    for (const shopper of shoppers) await fillCart(shopper, [[productId, 2]])
    const [first, second, removal] = await Promise.all([
      postCheckout(shoppers[0]!),
      postCheckout(shoppers[1]!),
      patch(productId, { stockDelta: -4, expectedVersion: seen.version }),
    ])
    const sold = [first!, second!].filter((r) => r.status === 201).length * 2
    const removed = removal!.status === 200 ? 4 : 0
    if (removal!.status !== 200) expect(((await removal!.json()) as ProblemDetails).code).toBe('OUT_OF_STOCK')
    expect(sold + removed).toBeLessThanOrEqual(6)
    expect(await stockOf(database().db, productId)).toBe(6 - sold - removed)
  })

  it('refuses a price change with 409 and the current row when the product changed since it was read', async () => {
    const productId = await createTestProduct(database().db, { stock: 10, price: 1000 })
    const seen = await itemOf(productId)
    const shopper = createTestBrowser(app())
    await fillCart(shopper, [[productId, 1]])
    expect((await postCheckout(shopper)).status).toBe(201)
    const stale = await patch(productId, { price: 1200, stockDelta: 3, expectedVersion: seen.version })
    expect(stale.status).toBe(409)
    const conflict = (await stale.json()) as InventoryUpdateResult
    expect(conflict).toMatchObject({ status: 'conflict', item: { stock: 9, price: 1000 } })
    expect(await stockOf(database().db, productId)).toBe(9)
    const fresh = await patch(productId, { price: 1200, expectedVersion: conflict.item.version })
    expect(fresh.status).toBe(200)
    expect(((await fresh.json()) as InventoryUpdateResult).item).toMatchObject({ price: 1200, stock: 9 })
  })

  describe('live stock', () => {
    const servers: TestServer[] = []
    const streams: SseConnection[] = []
    afterAll(async () => {
      for (const stream of streams) stream.close()
      for (const server of servers) await server.close()
    })
    const openStream = async () => {
      const server = await startTestServer(app())
      servers.push(server)
      const watcher = createTestBrowser((path, init) => fetch(`${server.url}${path}`, init))
      await watcher.session()
      const stream = await connectSse(`${server.url}/api/events`, { cookie: `sf_session=${watcher.cookie}` })
      streams.push(stream)
      await waitFor(() => stream.fields.includes('retry: 3000'))
      return stream
    }

    it('pokes every open stream with an id-less inventory.changed after a checkout takes stock', async () => {
      const stream = await openStream()
      const productId = await createTestProduct(database().db, { stock: 3 })
      const shopper = createTestBrowser(app())
      await fillCart(shopper, [[productId, 1]])
      expect((await postCheckout(shopper)).status).toBe(201)
      const [event] = await stream.waitForEvents(1, 2000)
      expect(event).toEqual({ id: undefined, event: inventoryChangedEvent, data: '{}' })
    })

    it('coalesces a burst of changes into at most two pokes per half second', async () => {
      const stream = await openStream()
      const productId = await createTestProduct(database().db, { stock: 0 })
      const before = stream.events.length
      for (let i = 0; i < 10; i++)
        expect((await patch(productId, { stockDelta: 1, expectedVersion: 0 })).status).toBe(200)
      await new Promise((resolve) => setTimeout(resolve, 700))
      const pokes = stream.events.slice(before).filter((event) => event.event === inventoryChangedEvent)
      expect(pokes.length).toBeGreaterThanOrEqual(1)
      expect(pokes.length).toBeLessThanOrEqual(3)
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
