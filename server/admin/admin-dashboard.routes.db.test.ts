import { eq } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import { type DashboardSnapshot, dashboardEvent } from '../../shared/admin/dashboard.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { productVariants } from '../db/schema.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createLogger } from '../platform/logger.ts'
import { connectSse, type SseConnection } from '../test-support/sse-client.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout, postPay } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'
import { colourOption, createTestVariantProduct, sizeOption } from '../test-support/test-variants.ts'

const logger = createLogger('silent')

describe.each(await databaseTargets())('admin dashboard on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const admin = { email: uniqueEmail(), password: 'the admin password' }
  const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({ config, db: database().db, logger })
    return testApp
  }
  const signInAdmin = async (browser: TestBrowser) => {
    await ensureAdmin({ db: database().db, config, logger })
    expect((await browser.signIn(admin)).status).toBe(200)
    return browser
  }
  const dashboard = async (browser: TestBrowser): Promise<DashboardSnapshot> => {
    const response = await browser.request('/api/admin/dashboard')
    expect(response.status).toBe(200)
    return (await response.json()) as DashboardSnapshot
  }
  const placePaidOrder = async (stock: number) => {
    const productId = await createTestProduct(database().db, { stock, price: 2000 })
    const shopper = createTestBrowser(app())
    await fillCart(shopper, [[productId, 1]])
    const placed = await orderOf(await postCheckout(shopper))
    const paid = await orderOf(await postPay(shopper, placed.id, testCards.succeeds))
    return { productId, order: paid }
  }

  it('answers guests 401 and customers 403, for the snapshot and the stream', async () => {
    const guest = createTestBrowser(app())
    const customer = createTestBrowser(app())
    expect((await customer.signUp({ email: uniqueEmail(), password: testPassword, name: 'C' })).status).toBe(201)
    expect((await guest.request('/api/admin/dashboard')).status).toBe(401)
    expect((await guest.request('/api/admin/dashboard/stream')).status).toBe(401)
    expect((await customer.request('/api/admin/dashboard')).status).toBe(403)
    expect((await customer.request('/api/admin/dashboard/stream')).status).toBe(403)
  })

  it('counts a placed and paid order in today, its minute, revenue, active carts and low stock', async () => {
    const browser = await signInAdmin(createTestBrowser(app()))
    const before = await dashboard(browser)
    const { productId, order } = await placePaidOrder(3)
    const idle = createTestBrowser(app())
    await fillCart(idle, [[await createTestProduct(database().db, { stock: 50 }), 2]])

    const after = await dashboard(browser)
    expect(after.ordersToday).toBe(before.ordersToday + 1)
    const euros = (snapshot: DashboardSnapshot) =>
      snapshot.revenueToday.find((row) => row.currency === 'EUR')?.amount ?? 0
    expect(euros(after)).toBe(euros(before) + order.totals.total)
    expect(after.ordersPerMinute).toHaveLength(60)
    const sum = (snapshot: DashboardSnapshot) => snapshot.ordersPerMinute.reduce((total, row) => total + row.count, 0)
    expect(sum(after)).toBe(sum(before) + 1)
    expect(after.ordersPerMinute.at(-1)?.minute.endsWith(':00.000Z')).toBe(true)
    // The buyer's cart is empty after checkout; the idle shopper's still holds lines.
    expect(after.activeCarts).toBe(before.activeCarts + 1)
    expect(after.lowStock).toContainEqual(expect.objectContaining({ productId, stock: 2 }))
    expect(after.lowStock.every((row) => row.stock <= 5)).toBe(true)
  })

  it('lists low stock per live variant, named by product, options and SKU', async () => {
    const browser = await signInAdmin(createTestBrowser(app()))
    const db = database().db
    const product = await createTestVariantProduct(db, {
      options: [sizeOption, colourOption],
      variants: [
        { optionValues: { size: '42', colour: 'black' }, stock: 0 },
        { optionValues: { size: '43', colour: 'black' }, stock: 50 },
        { optionValues: { size: '42', colour: 'white' }, stock: 0 },
      ],
    })
    const [soldOut, plenty, withdrawn = ''] = product.variantIds
    await db.update(productVariants).set({ deletedAt: new Date() }).where(eq(productVariants.id, withdrawn))
    const { lowStock } = await dashboard(browser)
    expect(lowStock).toContainEqual({
      productId: product.productId,
      variantId: soldOut,
      name: product.name,
      sku: product.skus[0],
      options: [
        { code: 'size', name: 'Size', value: '42' },
        { code: 'colour', name: 'Colour', value: 'Black' },
      ],
      stock: 0,
    })
    const listed = lowStock.map((row) => row.variantId)
    expect(listed).not.toContain(plenty)
    expect(listed).not.toContain(withdrawn)
    expect(lowStock.map((row) => row.stock)).toEqual([...lowStock.map((row) => row.stock)].sort((a, b) => a - b))
  })

  it('sums revenue per currency: a yen order adds whole yen to the JPY row, never to the euros', async () => {
    const browser = await signInAdmin(createTestBrowser(app()))
    const before = await dashboard(browser)
    const productId = await createTestProduct(database().db, { stock: 5, price: 2980, currency: 'JPY' })
    const shopper = createTestBrowser(app())
    await fillCart(shopper, [[productId, 1]])
    // Shipped to Japan: the order is in the Japanese market's yen (decision 0026).
    const shippingAddress = {
      name: 'Yamada Hanako',
      line1: '1-1 Chiyoda',
      postalCode: '100-0001',
      city: 'Tokyo',
      country: 'JP',
    }
    const body = { email: 'guest@example.com', shippingAddress, shippingMethod: 'standard' }
    const placed = await orderOf(await postCheckout(shopper, { body }))
    const paid = await orderOf(await postPay(shopper, placed.id, testCards.succeeds))
    expect(paid.currency).toBe('JPY')
    const after = await dashboard(browser)
    const revenueIn = (snapshot: DashboardSnapshot, currency: string) =>
      snapshot.revenueToday.find((row) => row.currency === currency)?.amount ?? 0
    expect(revenueIn(after, 'JPY')).toBe(revenueIn(before, 'JPY') + paid.totals.total)
    expect(revenueIn(after, 'EUR')).toBe(revenueIn(before, 'EUR'))
    expect(after.revenueToday.map((row) => row.currency)).toEqual(
      [...new Set(after.revenueToday.map((row) => row.currency))].sort(),
    )
  })

  it('leaves unpaid orders out of revenue but counts them as orders', async () => {
    const browser = await signInAdmin(createTestBrowser(app()))
    const before = await dashboard(browser)
    const shopper = createTestBrowser(app())
    await fillCart(shopper, [[await createTestProduct(database().db, { stock: 9 }), 1]])
    await orderOf(await postCheckout(shopper))
    const after = await dashboard(browser)
    expect(after.ordersToday).toBe(before.ordersToday + 1)
    expect(after.revenueToday).toEqual(before.revenueToday)
  })

  describe('stream', () => {
    const servers: TestServer[] = []
    const streams: SseConnection[] = []
    afterAll(async () => {
      for (const stream of streams) stream.close()
      for (const server of servers) await server.close()
    })

    it('sends a snapshot on connect and a new one after a checkout', async () => {
      const server = await startTestServer(app())
      servers.push(server)
      const watcher = await signInAdmin(createTestBrowser((path, init) => fetch(`${server.url}${path}`, init)))
      const stream = await connectSse(`${server.url}/api/admin/dashboard/stream`, {
        cookie: `sf_session=${watcher.cookie}`,
      })
      streams.push(stream)
      expect(stream.response.headers.get('content-type')).toContain('text/event-stream')
      expect(stream.response.headers.get('x-accel-buffering')).toBe('no')
      const [first] = await stream.waitForEvents(1, 3000)
      expect(first?.event).toBe(dashboardEvent)
      const initial = JSON.parse(first?.data ?? '{}') as DashboardSnapshot

      await placePaidOrder(20)
      const [, second] = await stream.waitForEvents(2, 3000)
      expect(second?.event).toBe(dashboardEvent)
      expect((JSON.parse(second?.data ?? '{}') as DashboardSnapshot).ordersToday).toBe(initial.ordersToday + 1)
    })
  })
})
