import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import type {
  InventoryConflict,
  InventoryItem,
  InventoryPage,
  InventoryUpdateResult,
} from '../../shared/catalog/admin-inventory-schema.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { productVariants } from '../db/schema.ts'
import { inventoryChangedEvent } from '../events/catalog-changed.ts'
import { createLogger } from '../platform/logger.ts'
import { connectSse, type SseConnection } from '../test-support/sse-client.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'
import {
  colourOption,
  createTestVariantProduct,
  productTotalsOf,
  sizeOption,
  type TestVariantProduct,
  takeVariantStock,
  variantOf,
} from '../test-support/test-variants.ts'

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
  const shoe = (stocks: readonly number[] = [5, 5], prices: readonly number[] = [1000, 1000]) =>
    createTestVariantProduct(database().db, {
      options: [sizeOption, colourOption],
      variants: stocks.map((stock, i) => ({
        stock,
        price: prices[i] ?? 1000,
        optionValues: { size: i % 2 === 0 ? '42' : '43', colour: i < 2 ? 'black' : 'white' },
      })),
    })
  const itemOf = async (product: TestVariantProduct, q = product.name): Promise<InventoryItem> => {
    const response = await (await asAdmin()).request(`/api/admin/inventory?q=${encodeURIComponent(q)}`)
    expect(response.status).toBe(200)
    const item = ((await response.json()) as InventoryPage).items.find((row) => row.id === product.productId)
    if (!item) throw new Error(`product ${product.productId} not listed`)
    return item
  }
  const revisionOf = (item: InventoryItem, variantId: string) => {
    const variant = item.variants.find((row) => row.id === variantId)
    if (!variant) throw new Error(`variant ${variantId} not listed`)
    return variant.revision
  }
  const patch = async (variantId: string, body: unknown, browser?: TestBrowser) =>
    (browser ?? (await asAdmin())).request(`/api/admin/inventory/variants/${variantId}`, {
      method: 'PATCH',
      json: body,
    })

  it('answers guests 401 and customers 403, for the list and for a change', async () => {
    const product = await shoe()
    const [variantId] = product.variantIds
    const guest = createTestBrowser(app())
    const customer = createTestBrowser(app())
    expect((await customer.signUp({ email: uniqueEmail(), password: testPassword, name: 'C' })).status).toBe(201)
    expect((await guest.request('/api/admin/inventory')).status).toBe(401)
    expect((await customer.request('/api/admin/inventory')).status).toBe(403)
    expect((await patch(variantId!, { stockDelta: 1, expectedRevision: 0 }, customer)).status).toBe(403)
    expect((await variantOf(database().db, variantId!)).stock).toBe(5)
  })

  it('refuses invalid changes with 400 naming each field', async () => {
    const { variantIds } = await shoe()
    const variantId = variantIds[0]!
    const response = await patch(variantId, { stockDelta: 1.5, price: -1, expectedRevision: 'x' })
    expect(response.status).toBe(400)
    const paths = ((await response.json()) as ProblemDetails).errors?.map((issue) => issue.path)
    expect(paths).toEqual(expect.arrayContaining(['json.stockDelta', 'json.price', 'json.expectedRevision']))
    const empty = await patch(variantId, { expectedRevision: 1 })
    expect(((await empty.json()) as ProblemDetails).errors?.map((issue) => issue.path)).toEqual(['json.stockDelta'])
    const badId = await patch('not-a-uuid', { stockDelta: 1, expectedRevision: 1 })
    expect(((await badId.json()) as ProblemDetails).errors?.map((issue) => issue.path)).toEqual(['param.variantId'])
    const notAbove = await patch(variantId, { price: 1000, compareAtPrice: 900, expectedRevision: 0 })
    expect(notAbove.status).toBe(400)
    expect(((await notAbove.json()) as ProblemDetails).errors?.map((issue) => issue.path)).toEqual([
      'json.compareAtPrice',
    ])
  })

  it('lists products with options and each live variant’s SKU, stock, price, compare-at and revision', async () => {
    const product = await shoe([3, 8], [1000, 1200])
    const db = database().db
    await db.update(productVariants).set({ compareAtPrice: 1500 }).where(eq(productVariants.id, product.variantIds[1]!))
    const item = await itemOf(product)
    expect(item).toMatchObject({
      currency: 'EUR',
      stock: 11,
      categoryName: 'Test',
      options: [sizeOption, colourOption],
    })
    expect(item.variants).toEqual([
      {
        id: product.variantIds[0],
        sku: product.skus[0],
        optionValues: { size: '42', colour: 'black' },
        price: 1000,
        compareAtPrice: null,
        stock: 3,
        revision: 0,
      },
      {
        id: product.variantIds[1],
        sku: product.skus[1],
        optionValues: { size: '43', colour: 'black' },
        price: 1200,
        compareAtPrice: 1500,
        stock: 8,
        revision: 1,
      },
    ])
    // A SKU prefix finds its product too; a withdrawn variant is not listed.
    await db
      .update(productVariants)
      .set({ deletedAt: new Date() })
      .where(eq(productVariants.id, product.variantIds[0]!))
    const bySku = await itemOf(product, product.skus[1]!.toLowerCase())
    expect(bySku.variants.map((variant) => variant.sku)).toEqual([product.skus[1]])
    expect(bySku.stock).toBe(8)
  })

  it('lists products whose scarcest variant has the least stock first, page by page', async () => {
    await shoe([0, 50])
    await shoe([2, 1])
    const admin = await asAdmin()
    const lowest: number[] = []
    let cursor: string | null = null
    for (let page = 0; page < 3; page++) {
      const query: string = `/api/admin/inventory?lowStock=true&limit=2${cursor ? `&cursor=${cursor}` : ''}`
      const body = (await (await admin.request(query)).json()) as InventoryPage
      lowest.push(...body.items.map((item) => Math.min(...item.variants.map((variant) => variant.stock))))
      cursor = body.nextCursor
      if (!cursor) break
    }
    expect(lowest.length).toBeGreaterThan(2)
    expect(lowest).toEqual([...lowest].sort((a, b) => a - b))
    expect(lowest[0]).toBe(0)
  })

  it('adjusts one variant’s stock by a delta that composes with a checkout made after the page loaded', async () => {
    const product = await shoe([10, 4])
    const [variantId = '', otherId = ''] = product.variantIds
    const seen = await itemOf(product)
    expect(await takeVariantStock(database().db, variantId, 4)).toBe(true)
    const response = await patch(variantId, {
      stockDelta: 5,
      expectedRevision: revisionOf(seen, variantId),
      reason: 'delivery',
    })
    expect(response.status).toBe(200)
    const { item } = (await response.json()) as InventoryUpdateResult
    expect(item.variants.map((variant) => [variant.id, variant.stock])).toEqual([
      [variantId, 11],
      [otherId, 4],
    ])
    expect(item.stock).toBe(15)
    expect((await productTotalsOf(database().db, product.productId)).stock).toBe(15)
  })

  it('never takes a variant’s stock below zero, even when concurrent checkouts took units first', async () => {
    const product = await shoe([6, 6])
    const variantId = product.variantIds[0]!
    const seen = await itemOf(product)
    const db = database().db
    const [first, second, removal] = await Promise.all([
      takeVariantStock(db, variantId, 2),
      takeVariantStock(db, variantId, 2),
      patch(variantId, { stockDelta: -4, expectedRevision: revisionOf(seen, variantId) }),
    ])
    const sold = [first, second].filter(Boolean).length * 2
    const removed = removal.status === 200 ? 4 : 0
    if (removal.status !== 200) {
      expect(removal.status).toBe(409)
      expect(((await removal.json()) as ProblemDetails).code).toBe('OUT_OF_STOCK')
    }
    expect(sold + removed).toBeLessThanOrEqual(6)
    expect((await variantOf(db, variantId)).stock).toBe(6 - sold - removed)
    expect((await productTotalsOf(db, product.productId)).stock).toBe(12 - sold - removed)
  })

  it('refuses a stale price with a 409 problem carrying the product as it is now, and saves nothing', async () => {
    const product = await shoe([10, 10], [1000, 1000])
    const [variantId = '', otherId = ''] = product.variantIds
    const seen = await itemOf(product)
    expect(await takeVariantStock(database().db, variantId, 1)).toBe(true)
    const stale = await patch(variantId, { price: 1200, stockDelta: 3, expectedRevision: revisionOf(seen, variantId) })
    expect(stale.status).toBe(409)
    expect(stale.headers.get('content-type')).toBe('application/problem+json')
    const problem = (await stale.json()) as ProblemDetails & InventoryConflict
    expect(problem.code).toBe('EDIT_CONFLICT')
    const now = problem.item.variants.find((variant) => variant.id === variantId)
    expect(now).toMatchObject({ stock: 9, price: 1000 })
    expect((await variantOf(database().db, variantId)).stock).toBe(9)
    // Another variant's change does not make a price edit of this one stale.
    const other = await patch(otherId, { price: 900, expectedRevision: revisionOf(seen, otherId) })
    expect(other.status).toBe(200)
    const fresh = await patch(variantId, { price: 1200, compareAtPrice: 1500, expectedRevision: now?.revision })
    expect(fresh.status).toBe(200)
    const saved = ((await fresh.json()) as InventoryUpdateResult).item
    expect(saved.variants.find((variant) => variant.id === variantId)).toMatchObject({
      price: 1200,
      compareAtPrice: 1500,
      stock: 9,
    })
    // The product's price is its lowest variant price, kept by the roll-up trigger.
    expect((await productTotalsOf(database().db, product.productId)).price).toBe(900)
  })

  it('moves the product past the sync cursor when a variant changes', async () => {
    const product = await shoe()
    const before = await productTotalsOf(database().db, product.productId)
    const variantId = product.variantIds[1]!
    expect((await patch(variantId, { stockDelta: 1, expectedRevision: 0 })).status).toBe(200)
    expect((await productTotalsOf(database().db, product.productId)).version).toBeGreaterThan(before.version)
  })

  it('answers 404 for a withdrawn variant', async () => {
    const product = await shoe()
    const variantId = product.variantIds[0]!
    await database().db.update(productVariants).set({ deletedAt: new Date() }).where(eq(productVariants.id, variantId))
    const response = await patch(variantId, { stockDelta: 1, expectedRevision: 0 })
    expect(response.status).toBe(404)
    expect(((await response.json()) as ProblemDetails).code).toBe('NOT_FOUND')
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

    it('pokes every open stream with an id-less inventory.changed after an admin changes a variant', async () => {
      const stream = await openStream()
      const product = await shoe()
      expect((await patch(product.variantIds[0]!, { stockDelta: -1, expectedRevision: 0 })).status).toBe(200)
      const [event] = await stream.waitForEvents(1, 2000)
      expect(event).toEqual({ id: undefined, event: inventoryChangedEvent, data: '{}' })
    })

    it('coalesces a burst of changes into at most two pokes per half second', async () => {
      const stream = await openStream()
      const product = await shoe([0, 0])
      const before = stream.events.length
      for (let i = 0; i < 10; i++)
        expect((await patch(product.variantIds[i % 2]!, { stockDelta: 1, expectedRevision: 0 })).status).toBe(200)
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
