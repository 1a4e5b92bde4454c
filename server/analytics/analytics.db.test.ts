import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { AnalyticsEventPayload } from '../../shared/analytics/analytics-event-schema.ts'
import type { ProblemDetails } from '../../shared/errors.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { analyticsEvents, analyticsIdentities, orders, users } from '../db/schema.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createLogger } from '../platform/logger.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { createTestProduct, fillCart, orderOf, postCheckout, postPay } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { anonymizeAnalyticsOfUser } from './analytics.repository.ts'
import { analyticsBatchesPerIp } from './analytics-batch.routes.ts'
import { pruneOldAnalyticsEvents } from './analytics-retention.job.ts'

const pageViewed = (anonymousId: string, occurredAt = new Date().toISOString()): AnalyticsEventPayload => ({
  eventId: randomUUID(),
  anonymousId,
  occurredAt,
  locale: 'en',
  market: 'eu',
  deviceType: 'mobile',
  event: 'Page Viewed',
  properties: { path: '/products/lamp', utm_source: 'newsletter' },
})

describe.each(await databaseTargets())('analytics on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const db = () => database().db
  const config = testConfig({ TRUST_PROXY: 'true' })
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(db(), config)
    return testApp
  }
  let nextIp = 1
  /** A batch as a beacon sends it: text/plain, no cookie, no CSRF header, from its own address. */
  const sendBatch = (body: unknown, headers: Record<string, string> = {}, ip = `203.0.113.${nextIp++ % 250}`) =>
    app().request('/api/events/batch', {
      method: 'POST',
      headers: { 'content-type': 'text/plain;charset=UTF-8', 'x-forwarded-for': ip, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
  const rowsOf = (anonymousId: string) =>
    db().select().from(analyticsEvents).where(eq(analyticsEvents.anonymousId, anonymousId))

  it('stores a batch once: resending it (a retry, a beacon after a fetch that arrived) adds nothing', async () => {
    const device = randomUUID()
    const events = [pageViewed(device), pageViewed(device)]
    const first = await sendBatch({ events })
    expect(first.status).toBe(202)
    expect(await first.json()).toEqual({ accepted: 2, duplicates: 0 })
    const again = await sendBatch({ events: [...events, events[0]] })
    expect(await again.json()).toEqual({ accepted: 0, duplicates: 3 })
    const rows = await rowsOf(device)
    expect(rows.map((r) => r.eventId).sort()).toEqual(events.map((e) => e.eventId).sort())
    expect(rows[0]).toMatchObject({ event: 'Page Viewed', market: 'eu', deviceType: 'mobile', userId: null })
    expect(rows[0]?.properties).toMatchObject({ utm_source: 'newsletter' })
  })

  it('stores no address: no column holds the sender IP', async () => {
    const device = randomUUID()
    await sendBatch({ events: [pageViewed(device)] }, {}, '192.0.2.77')
    const [row] = await rowsOf(device)
    expect(JSON.stringify(row)).not.toContain('192.0.2.77')
  })

  it('refuses bad input with a problem naming the field, and stores nothing of the batch', async () => {
    const device = randomUUID()
    const good = pageViewed(device)
    const bad = { ...pageViewed(device), properties: { path: '/x', email: 'ada@example.com' } }
    const response = await sendBatch({ events: [good, bad] })
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const problem = (await response.json()) as ProblemDetails
    expect(problem.errors?.map((e) => e.path)).toContain('body.events.1.properties.email')
    expect(await rowsOf(device)).toEqual([])
    const notJson = await sendBatch('{"events": [')
    expect(notJson.status).toBe(400)
    expect(((await notJson.json()) as ProblemDetails).errors?.[0]?.path).toBe('body')
    const form = await sendBatch({ events: [good] }, { 'content-type': 'application/x-www-form-urlencoded' })
    expect(((await form.json()) as ProblemDetails).errors?.[0]?.path).toBe('header.content-type')
  })

  it('refuses a batch another site sends, and drops one sent with Global Privacy Control or Do Not Track', async () => {
    const device = randomUUID()
    const crossSite = await sendBatch({ events: [pageViewed(device)] }, { 'sec-fetch-site': 'cross-site' })
    expect(crossSite.status).toBe(403)
    expect((await sendBatch({ events: [pageViewed(device)] }, { 'sec-gpc': '1' })).status).toBe(202)
    expect((await sendBatch({ events: [pageViewed(device)] }, { dnt: '1' })).status).toBe(202)
    expect(await rowsOf(device)).toEqual([])
  })

  it('limits batches per client address with 429 and Retry-After', async () => {
    const ip = '203.0.113.251'
    const device = randomUUID()
    for (let i = 0; i < analyticsBatchesPerIp.limit; i++)
      expect((await sendBatch({ events: [pageViewed(device)] }, {}, ip)).status).toBe(202)
    const limited = await sendBatch({ events: [pageViewed(device)] }, {}, ip)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    expect((await sendBatch({ events: [pageViewed(device)] }, {}, '203.0.113.252')).status).toBe(202)
  })

  it('prunes events older than the retention, oldest first, keeping newer ones', async () => {
    const device = randomUUID()
    const day = 24 * 60 * 60_000
    const now = Date.now()
    const old = pageViewed(device, new Date(now - 40 * day).toISOString())
    const recent = pageViewed(device, new Date(now - 5 * day).toISOString())
    await sendBatch({ events: [old, recent] })
    const deps = { db: db(), logger: createLogger('silent'), clock: () => new Date(now) }
    expect(await pruneOldAnalyticsEvents(deps, 30, 100_000)).toBeGreaterThanOrEqual(1)
    expect((await rowsOf(device)).map((r) => r.eventId)).toEqual([recent.eventId])
  })

  describe('consent on the account and server-side events', () => {
    const signedInShopper = async () => {
      const shopper = createTestBrowser(app())
      expect((await shopper.signUp({ email: uniqueEmail(), password: testPassword, name: 'Ada' })).status).toBe(201)
      return shopper
    }
    const consent = (analytics: boolean) => ({
      status: analytics ? 'granted' : 'denied',
      categories: { analytics },
      at: new Date().toISOString(),
    })
    const paidOrderOf = async (shopper: Awaited<ReturnType<typeof signedInShopper>>) => {
      await fillCart(shopper, [[await createTestProduct(db(), { stock: 5, price: 1000 }), 2]])
      const order = await orderOf(await postCheckout(shopper))
      return orderOf(await postPay(shopper, order.id, testCards.succeeds))
    }
    const eventsOfOrder = (orderId: string) =>
      db()
        .select()
        .from(analyticsEvents)
        .where(eq(analyticsEvents.event, 'Order Completed'))
        .then((rows) => rows.filter((r) => r.properties.order_id === orderId))

    it('stores the choice on the account, joins the device when granted, and refuses a malformed one', async () => {
      const shopper = await signedInShopper()
      const device = randomUUID()
      const put = await shopper.request('/api/auth/me/consent', {
        method: 'PUT',
        json: { consent: consent(true), anonymousId: device },
      })
      expect(put.status).toBe(200)
      const read = (await (await shopper.request('/api/auth/me/consent')).json()) as { consent: { status: string } }
      expect(read.consent.status).toBe('granted')
      const [link] = await db().select().from(analyticsIdentities).where(eq(analyticsIdentities.anonymousId, device))
      expect(link?.userId).toBeDefined()
      const bad = await shopper.request('/api/auth/me/consent', {
        method: 'PUT',
        json: { consent: { ...consent(true), status: 'denied' } },
      })
      expect(bad.status).toBe(400)
      expect(((await bad.json()) as ProblemDetails).errors?.map((e) => e.path)).toContain('json.consent.status')
      const guest = createTestBrowser(app())
      expect((await guest.request('/api/auth/me/consent')).status).toBe(401)
    })

    it('records Order Completed once when a consenting account pays, however often the outcome arrives', async () => {
      const shopper = await signedInShopper()
      const device = randomUUID()
      await shopper.request('/api/auth/me/consent', {
        method: 'PUT',
        json: { consent: consent(true), anonymousId: device },
      })
      const order = await paidOrderOf(shopper)
      const [completed, ...more] = await eventsOfOrder(order.id)
      expect(more).toEqual([])
      expect(completed).toMatchObject({ anonymousId: device, userId: expect.any(String) })
      expect(completed?.properties).toMatchObject({ currency: order.currency, total: order.totals.total })
      // A second outcome for the same payment (a redelivered webhook, a sync) records nothing more.
      expect((await shopper.request(`/api/orders/${order.id}/payment/sync`, { method: 'POST' })).status).toBeLessThan(
        500,
      )
      expect(await eventsOfOrder(order.id)).toHaveLength(1)
    })

    it('records Order Refunded once per settled refund of a consenting account', async () => {
      const admin = { email: uniqueEmail(), password: 'the admin password' }
      const adminConfig = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
      await ensureAdmin({ db: db(), config: adminConfig, logger: createLogger('silent') })
      const adminApp = createTestApp(db(), adminConfig)
      const adminBrowser = createTestBrowser(adminApp)
      expect((await adminBrowser.signIn(admin)).status).toBe(200)
      const shopper = await signedInShopper()
      const device = randomUUID()
      await shopper.request('/api/auth/me/consent', {
        method: 'PUT',
        json: { consent: consent(true), anonymousId: device },
      })
      const order = await paidOrderOf(shopper)
      const key = randomUUID()
      const refund = () =>
        adminBrowser.request(`/api/admin/orders/${order.id}/refunds`, {
          method: 'POST',
          headers: { 'idempotency-key': key },
          json: { amount: 500 },
        })
      expect((await refund()).status).toBe(201)
      expect((await refund()).status).toBeLessThan(300)
      const refunded = (await rowsOf(device)).filter((r) => r.event === 'Order Refunded')
      expect(refunded.map((r) => r.properties)).toEqual([{ order_id: order.id, currency: order.currency, total: 500 }])
    })

    it('records no order event for an account that refused, and anonymizes events on account deletion', async () => {
      const shopper = await signedInShopper()
      await shopper.request('/api/auth/me/consent', {
        method: 'PUT',
        json: { consent: consent(false), anonymousId: randomUUID() },
      })
      const order = await paidOrderOf(shopper)
      expect(await eventsOfOrder(order.id)).toEqual([])

      const granted = await signedInShopper()
      await granted.request('/api/auth/me/consent', {
        method: 'PUT',
        json: { consent: consent(true), anonymousId: randomUUID() },
      })
      const paid = await paidOrderOf(granted)
      const [row] = await db().select({ userId: orders.userId }).from(orders).where(eq(orders.id, paid.id))
      const userId = row?.userId as string
      await anonymizeAnalyticsOfUser(db(), userId)
      const [event] = await eventsOfOrder(paid.id)
      expect(event?.userId).toBeNull()
      expect(await db().select().from(analyticsIdentities).where(eq(analyticsIdentities.userId, userId))).toEqual([])
      expect(await db().select({ id: users.id }).from(users).where(eq(users.id, userId))).toHaveLength(1)
    })
  })
})
