import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { AdminOrder, AdminOrderPage } from '../../shared/orders/admin-order.ts'
import { formatOrderNumber } from '../../shared/orders/order-number.ts'
import type { OrderStatus } from '../../shared/orders/order-status.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { orderLines, orders } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import {
  createTestProduct,
  fillCart,
  onlyVariantOf,
  orderOf,
  postCheckout,
  postPay,
  testAddress,
} from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { recordHistory, recordPaymentAttempt } from './orders.repository.ts'

type SeedOrder = {
  readonly email: string
  readonly status?: OrderStatus
  readonly createdAt: string
  readonly id?: string
  readonly quantities?: readonly number[]
}

/** An order written straight to the tables, so a test picks its id, time and status. */
async function seedOrder(db: Db, order: SeedOrder): Promise<string> {
  const id = order.id ?? randomUUID()
  const quantities = order.quantities ?? [1]
  const productIds = await Promise.all(quantities.map(() => createTestProduct(db, { stock: 10, price: 1250 })))
  const items = quantities.reduce((sum, quantity) => sum + quantity * 1250, 0)
  await db.insert(orders).values({
    id,
    shopperId: null,
    email: order.email,
    status: order.status ?? 'paid',
    currency: 'EUR',
    itemsTotal: items,
    shippingTotal: 495,
    taxTotal: 0,
    grandTotal: items + 495,
    refundedTotal: order.status === 'partially_refunded' ? 500 : 0,
    shippingMethod: 'standard',
    shippingAddress: testAddress,
    idempotencyKey: randomUUID(),
    createdAt: new Date(order.createdAt),
  })
  const variantIds = await Promise.all(productIds.map((productId) => onlyVariantOf(db, productId)))
  await db.insert(orderLines).values(
    quantities.map((quantity, index) => ({
      orderId: id,
      productId: productIds[index]!,
      variantId: variantIds[index]!,
      sku: `LAMP-${index + 1}`,
      name: `Lamp ${index + 1}`,
      unitPrice: 1250,
      quantity,
      lineTotal: 1250 * quantity,
    })),
  )
  return id
}

async function numberOf(db: Db, id: string): Promise<number> {
  const [row] = await db.select({ number: orders.orderNumber }).from(orders).where(eq(orders.id, id))
  if (!row) throw new Error(`no order ${id}`)
  return row.number
}

describe.each(await databaseTargets())('admin orders on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const admin = { email: uniqueEmail(), password: 'the admin password' }
  const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({ config, db: database().db, logger: createLogger('silent') })
    return testApp
  }
  let signedInAdmin: TestBrowser | undefined
  const asAdmin = async () => {
    if (!signedInAdmin) {
      await ensureAdmin({ db: database().db, config, logger: createLogger('silent') })
      signedInAdmin = createTestBrowser(app())
      expect((await signedInAdmin.signIn(admin)).status).toBe(200)
    }
    return signedInAdmin
  }
  const list = async (query: Record<string, string>) => {
    const response = await (await asAdmin()).request(`/api/admin/orders?${new URLSearchParams(query)}`)
    expect(response.status, await response.clone().text()).toBe(200)
    return (await response.json()) as AdminOrderPage
  }
  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    return (await response.json()) as ProblemDetails
  }
  // Each test's orders share an email start of their own, so a search scopes the list to them.
  const runOf = () => `run-${randomUUID().slice(0, 8)}`

  it('answers guests 401 and customers 403, for the list and for one order', async () => {
    const id = await seedOrder(database().db, { email: `${runOf()}@example.com`, createdAt: '2024-05-01T10:00:00Z' })
    const guest = createTestBrowser(app())
    const customer = createTestBrowser(app())
    expect((await customer.signUp({ email: uniqueEmail(), password: testPassword, name: 'C' })).status).toBe(201)
    for (const path of ['/api/admin/orders', `/api/admin/orders/${id}`]) {
      const anonymous = await guest.request(path)
      expect(anonymous.status).toBe(401)
      expect((await problemOf(anonymous)).code).toBe('UNAUTHENTICATED')
      const refused = await customer.request(path)
      expect(refused.status).toBe(403)
      expect((await problemOf(refused)).code).toBe('FORBIDDEN')
    }
  })

  it('lists orders newest first with number, totals and the count of pieces', async () => {
    const run = runOf()
    const older = await seedOrder(database().db, {
      email: `${run}-a@example.com`,
      createdAt: '2024-05-01T10:00:00Z',
      quantities: [2, 3],
    })
    const newer = await seedOrder(database().db, {
      email: `${run}-b@example.com`,
      status: 'partially_refunded',
      createdAt: '2024-05-02T10:00:00Z',
    })
    const page = await list({ q: run })
    expect(page).toEqual({
      orders: [
        {
          id: newer,
          number: formatOrderNumber(await numberOf(database().db, newer)),
          email: `${run}-b@example.com`,
          status: 'partially_refunded',
          currency: 'EUR',
          total: 1745,
          refundedTotal: 500,
          createdAt: '2024-05-02T10:00:00.000Z',
          itemCount: 1,
        },
        expect.objectContaining({ id: older, total: 5 * 1250 + 495, refundedTotal: 0, itemCount: 5 }),
      ],
      nextCursor: null,
    })
  })

  it('filters by status', async () => {
    const run = runOf()
    const paid = await seedOrder(database().db, { email: `${run}@example.com`, createdAt: '2024-05-01T10:00:00Z' })
    const refunded = await seedOrder(database().db, {
      email: `${run}@example.com`,
      status: 'refunded',
      createdAt: '2024-05-01T11:00:00Z',
    })
    await seedOrder(database().db, {
      email: `${run}@example.com`,
      status: 'canceled',
      createdAt: '2024-05-01T12:00:00Z',
    })
    expect((await list({ q: run, status: 'paid' })).orders.map((o) => o.id)).toEqual([paid])
    expect((await list({ q: run, status: 'refunded' })).orders.map((o) => o.id)).toEqual([refunded])
    expect((await list({ q: run, status: 'shipped' })).orders).toEqual([])
    expect((await list({ q: run })).orders).toHaveLength(3)
  })

  it('finds orders by the start of the email, in any case, and takes LIKE wildcards literally', async () => {
    const run = runOf()
    const ada = await seedOrder(database().db, { email: `${run}-ada@example.com`, createdAt: '2024-05-01T10:00:00Z' })
    await seedOrder(database().db, { email: `${run}-bob@example.com`, createdAt: '2024-05-01T11:00:00Z' })
    expect((await list({ q: `${run}-ADA` })).orders.map((o) => o.id)).toEqual([ada])
    expect((await list({ q: `${run}-ada@example.com` })).orders.map((o) => o.id)).toEqual([ada])
    expect((await list({ q: `${run}-%` })).orders).toEqual([])
    expect((await list({ q: `${run}_ada` })).orders).toEqual([])
  })

  it('finds an order by its number, as SF-…, #… or bare digits, in any case', async () => {
    const run = runOf()
    const first = await seedOrder(database().db, { email: `${run}@example.com`, createdAt: '2024-05-01T10:00:00Z' })
    await seedOrder(database().db, { email: `${run}@example.com`, createdAt: '2024-05-01T11:00:00Z' })
    const number = await numberOf(database().db, first)
    for (const q of [`SF-${number}`, `sf-${number}`, `#${number}`, `${number}`])
      expect(
        (await list({ q })).orders.map((o) => o.id),
        q,
      ).toEqual([first])
    expect((await list({ q: `SF-${number}` })).orders[0]?.number).toBe(`SF-${number}`)
    // With a prefix, an email that starts like a number is not a match.
    expect((await list({ q: `#${run}` })).orders).toEqual([])
  })

  it('still finds orders by the start of their id (the API id, pasted from a log)', async () => {
    const run = runOf()
    // A letter first: six digits could also read as an order number.
    const prefix = `a${randomUUID().slice(0, 5)}`
    const first = await seedOrder(database().db, {
      email: `${run}@example.com`,
      createdAt: '2024-05-01T10:00:00Z',
      id: `${prefix}aa-0000-4000-8000-000000000000`,
    })
    const second = await seedOrder(database().db, {
      email: `${run}@example.com`,
      createdAt: '2024-05-01T11:00:00Z',
      id: `${prefix}bb-0000-4000-8000-000000000000`,
    })
    expect((await list({ q: first.slice(0, 8).toUpperCase() })).orders.map((o) => o.id)).toEqual([first])
    expect((await list({ q: prefix })).orders.map((o) => o.id)).toEqual([second, first])
  })

  it('pages with a cursor: every order once, in order, even when orders share a time or newer ones arrive', async () => {
    const run = runOf()
    const sameInstant = '2024-06-01T12:00:00.123Z'
    const ids: string[] = []
    for (let n = 0; n < 4; n++)
      ids.push(await seedOrder(database().db, { email: `${run}@x.test`, createdAt: sameInstant }))
    for (let n = 0; n < 3; n++)
      ids.push(await seedOrder(database().db, { email: `${run}@x.test`, createdAt: `2024-06-0${2 + n}T08:00:00Z` }))
    const expected = (await list({ q: run, limit: '100' })).orders.map((o) => o.id)
    expect(expected).toHaveLength(7)
    expect(new Set(expected)).toEqual(new Set(ids))

    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const page: AdminOrderPage = await list({ q: run, limit: '3', ...(cursor ? { cursor } : {}) })
      seen.push(...page.orders.map((o) => o.id))
      cursor = page.nextCursor
      pages++
      // An order placed meanwhile is newer than every page already served: it never shifts later pages.
      if (pages === 1) await seedOrder(database().db, { email: `${run}@x.test`, createdAt: new Date().toISOString() })
    } while (cursor)
    expect(pages).toBe(3)
    expect(seen).toEqual(expected)
  })

  it.each([
    ['an unknown status', { status: 'lost' }, 'query.status'],
    ['a limit of 0', { limit: '0' }, 'query.limit'],
    ['a limit over 100', { limit: '101' }, 'query.limit'],
    ['a limit that is not a number', { limit: 'ten' }, 'query.limit'],
    ['an unknown parameter', { page: '2' }, 'query.page'],
  ])('refuses %s with 400 naming the field', async (_, query, field) => {
    const response = await (await asAdmin()).request(`/api/admin/orders?${new URLSearchParams(query)}`)
    expect(response.status).toBe(400)
    const problem = await problemOf(response)
    expect(problem.code).toBe('INVALID_INPUT')
    expect(problem.errors?.map((e) => e.path)).toContain(field)
  })

  it.each([
    ['not base64url', '!!!'],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    [
      'a product cursor',
      Buffer.from(JSON.stringify({ s: 'newest', k: ['2024-01-01T00:00:00Z', randomUUID()] })).toString('base64url'),
    ],
    [
      'an id that is not a uuid',
      Buffer.from(JSON.stringify({ o: ['2024-01-01T00:00:00Z', "'; drop"] })).toString('base64url'),
    ],
  ])('refuses a cursor that is %s with 400 naming the field', async (_, cursor) => {
    const response = await (await asAdmin()).request(`/api/admin/orders?${new URLSearchParams({ cursor })}`)
    expect(response.status).toBe(400)
    const problem = await problemOf(response)
    expect(problem.code).toBe('INVALID_CURSOR')
    expect(problem.errors?.map((e) => e.path)).toEqual(['query.cursor'])
  })

  it('reads any shopper’s order in full, with lines, history and payment attempts', async () => {
    const db = database().db
    const email = `${runOf()}@example.com`
    const id = await seedOrder(db, { email, createdAt: '2024-05-01T10:00:00Z', quantities: [2] })
    await recordHistory(db, id, null, 'pending_payment', 'checkout')
    await recordPaymentAttempt(db, {
      orderId: id,
      intentId: 'pi_1',
      status: 'failed',
      failureReason: 'card_declined',
      cardLast4: '0002',
    })
    await recordPaymentAttempt(db, {
      orderId: id,
      intentId: 'pi_1',
      status: 'succeeded',
      failureReason: null,
      cardLast4: '4242',
    })
    await recordHistory(db, id, 'pending_payment', 'paid', 'payment succeeded')

    const response = await (await asAdmin()).request(`/api/admin/orders/${id}`)
    expect(response.status).toBe(200)
    const order = (await response.json()) as AdminOrder
    expect(order).toMatchObject({
      id,
      email,
      status: 'paid',
      totals: { items: 2500, discount: 0, shipping: 495, tax: 0, total: 2995 },
      refundedTotal: 0,
      refunds: [],
      lines: [{ name: 'Lamp 1', unitPrice: 1250, quantity: 2, lineTotal: 2500 }],
      history: [
        { from: null, to: 'pending_payment', reason: 'checkout' },
        { from: 'pending_payment', to: 'paid', reason: 'payment succeeded' },
      ],
      paymentAttempts: [
        { intentId: 'pi_1', status: 'failed', failureReason: 'card_declined', cardLast4: '0002' },
        { intentId: 'pi_1', status: 'succeeded', failureReason: null, cardLast4: '4242' },
      ],
    })
  })

  it('shows a real checkout, payment and partial refund in the list and in the order', async () => {
    const shopper = createTestBrowser(app())
    const email = `${runOf()}@example.com`
    await fillCart(shopper, [[await createTestProduct(database().db, { stock: 5, price: 2000 }), 2]])
    const placed = await orderOf(
      await postCheckout(shopper, { body: { email, shippingAddress: testAddress, shippingMethod: 'standard' } }),
    )
    expect((await orderOf(await postPay(shopper, placed.id, '4242424242424242'))).status).toBe('paid')
    const refund = await (await asAdmin()).request(`/api/admin/orders/${placed.id}/refunds`, {
      method: 'POST',
      headers: { 'idempotency-key': randomUUID() },
      json: { amount: 1000, reason: 'One lamp arrived broken' },
    })
    expect(refund.status, await refund.clone().text()).toBe(201)

    expect((await list({ q: email })).orders).toEqual([
      expect.objectContaining({
        id: placed.id,
        status: 'partially_refunded',
        total: placed.totals.total,
        refundedTotal: 1000,
        itemCount: 2,
      }),
    ])
    const response = await (await asAdmin()).request(`/api/admin/orders/${placed.id}`)
    const order = (await response.json()) as AdminOrder
    expect(order.refunds).toEqual([
      expect.objectContaining({ amount: 1000, status: 'succeeded', reason: 'One lamp arrived broken' }),
    ])
    expect(order.history.map((h) => h.to)).toEqual(['pending_payment', 'paid', 'partially_refunded'])
    expect(order.paymentAttempts).toEqual([expect.objectContaining({ status: 'succeeded', cardLast4: '4242' })])
  })

  it('answers 404 for an unknown order and 400 naming the id for a malformed one', async () => {
    const unknown = await (await asAdmin()).request(`/api/admin/orders/${randomUUID()}`)
    expect(unknown.status).toBe(404)
    expect((await problemOf(unknown)).code).toBe('NOT_FOUND')
    const malformed = await (await asAdmin()).request('/api/admin/orders/not-an-id')
    expect(malformed.status).toBe(400)
    expect((await problemOf(malformed)).errors?.map((e) => e.path)).toEqual(['param.id'])
  })
})
