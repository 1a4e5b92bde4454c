/**
 * Review requests end to end: delivering an order schedules one request (not for guest orders), the
 * job sends it once when due (not before), listing the products not reviewed yet with links to
 * their review forms; the unsubscribe page records the address, and the email outbox then skips the
 * request instead of sending it. A sent request carries the one-click List-Unsubscribe headers.
 */
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { emailOutbox, emailUnsubscribes, orders, products, reviewRequests, reviews } from '../db/schema.ts'
import { sendDueEmails } from '../email/email-outbox.job.ts'
import type { EmailSender, OutgoingEmail } from '../email/email-sender.ts'
import { emailDataSchemas } from '../email/templates/email-data.ts'
import { emailLinkKey, unsubscribeToken } from '../email/unsubscribe.ts'
import { testCards } from '../payments/test-payment-provider.ts'
import { createLogger } from '../platform/logger.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import {
  createTestProduct,
  fillCart,
  orderOf,
  postCheckout,
  postPay,
  testAddress,
} from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { sendDueReviewRequests } from './review-requests.ts'

const logger = createLogger('silent')
const dayMs = 24 * 60 * 60_000

describe.each(await databaseTargets())('review requests on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const db = () => database().db
  const adminLogin = { email: uniqueEmail(), password: 'the admin password' }
  const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: adminLogin.email, ADMIN_PASSWORD: adminLogin.password })
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({ config, db: db(), logger })
    return testApp
  }
  const browser = () => createTestBrowser(app())
  const admin = async () => {
    await ensureAdmin({ db: db(), config, logger })
    const b = browser()
    expect((await b.signIn(adminLogin)).status).toBe(200)
    return b
  }

  /** A delivered order of two products; bought by a signed-in customer unless `guest`. */
  const deliveredOrder = async (options: { guest?: boolean } = {}) => {
    const shopper = browser()
    const email = uniqueEmail()
    if (!options.guest)
      expect((await shopper.signUp({ email, password: testPassword, name: 'Kim Kunde' })).status).toBe(201)
    const productIds = [await createTestProduct(db(), { stock: 5 }), await createTestProduct(db(), { stock: 5 })]
    await fillCart(
      shopper,
      productIds.map((id) => [id, 1]),
    )
    const body = { email, shippingAddress: testAddress, shippingMethod: 'standard' }
    const placed = await orderOf(await postCheckout(shopper, { body }))
    await orderOf(await postPay(shopper, placed.id, testCards.succeeds))
    const as = await admin()
    for (const action of [
      { action: 'fulfil' },
      { action: 'ship', carrier: 'DHL', trackingNumber: 'JD1' },
      { action: 'deliver' },
    ])
      expect(
        (await as.request(`/api/admin/orders/${placed.id}/actions`, { method: 'POST', json: action })).status,
      ).toBe(200)
    return { orderId: placed.id, email, productIds, shopper }
  }
  const requestOf = async (orderId: string) => {
    const [row] = await db().select().from(reviewRequests).where(eq(reviewRequests.orderId, orderId))
    return row
  }
  const requestEmailOf = async (orderId: string) => {
    const [row] = await db()
      .select()
      .from(emailOutbox)
      .where(eq(emailOutbox.dedupeKey, `order:${orderId}:review_request`))
    return row
  }

  it('schedules the request at delivery plus the delay, sends it once when due, and never for a guest order', async () => {
    const { orderId, email, productIds } = await deliveredOrder()
    const [order] = await db().select().from(orders).where(eq(orders.id, orderId))
    const request = await requestOf(orderId)
    expect(request?.dueAt.getTime()).toBe((order?.deliveredAt?.getTime() ?? 0) + 7 * dayMs)

    const dueAt = request?.dueAt.getTime() ?? 0
    expect(await sendDueReviewRequests({ db: db(), clock: () => new Date(dueAt - 1000) })).toBe(0)
    expect(await requestEmailOf(orderId)).toBeUndefined()

    const clock = () => new Date(dueAt + 1000)
    expect(await sendDueReviewRequests({ db: db(), clock })).toBe(1)
    expect(await sendDueReviewRequests({ db: db(), clock })).toBe(0)
    const queued = await requestEmailOf(orderId)
    expect(queued).toMatchObject({ template: 'review_request', toAddress: email, locale: 'en', status: 'pending' })
    const data = emailDataSchemas.review_request.parse(queued?.data)
    const slugs = await db().select({ id: products.id, slug: products.slug }).from(products)
    const expected = productIds.map((id) => slugs.find((p) => p.id === id)?.slug).sort()
    expect(data.products.map((p) => p.slug).sort()).toEqual(expected)
    expect((await requestOf(orderId))?.sentAt).toEqual(new Date(dueAt + 1000))

    const guest = await deliveredOrder({ guest: true })
    expect(await requestOf(guest.orderId)).toBeUndefined()
  })

  it('leaves out the products the buyer has reviewed already', async () => {
    const { orderId, productIds } = await deliveredOrder()
    const [order] = await db().select().from(orders).where(eq(orders.id, orderId))
    await db()
      .insert(reviews)
      .values({
        productId: productIds[0] ?? '',
        userId: order?.userId ?? '',
        rating: 5,
        title: 'Great',
        body: '',
        status: 'published',
        authorName: 'Kim K.',
        locale: 'en',
      })
    const dueAt = (await requestOf(orderId))?.dueAt.getTime() ?? 0
    await sendDueReviewRequests({ db: db(), clock: () => new Date(dueAt) })
    const data = emailDataSchemas.review_request.parse((await requestEmailOf(orderId))?.data)
    expect(data.products).toHaveLength(1)
    const [other] = await db()
      .select()
      .from(products)
      .where(eq(products.id, productIds[1] ?? ''))
    expect(data.products[0]?.slug).toBe(other?.slug)
  })

  describe('unsubscribe', () => {
    const sent: OutgoingEmail[] = []
    const sender: EmailSender = {
      name: 'local-mailbox',
      send: async (email) => {
        sent.push(email)
        return `test:${email.outboxId}`
      },
    }
    const sendAll = (now: Date) =>
      sendDueEmails(
        { db: db(), logger, clock: () => now, sender, maxAttempts: 3, shopUrl: 'https://shop.example.com' },
        100,
      )

    it('sends the request with one-click unsubscribe headers, and skips it once the address unsubscribed', async () => {
      const first = await deliveredOrder()
      const second = await deliveredOrder()
      const due = Math.max(
        (await requestOf(first.orderId))?.dueAt.getTime() ?? 0,
        (await requestOf(second.orderId))?.dueAt.getTime() ?? 0,
      )
      const now = new Date(due + 1000)
      expect(await sendDueReviewRequests({ db: db(), clock: () => now })).toBe(2)

      const token = emailDataSchemas.review_request.parse((await requestEmailOf(second.orderId))?.data).unsubscribeToken
      const page = await browser().request(`/email/unsubscribe?t=${encodeURIComponent(token)}`)
      expect(page.status).toBe(200)
      expect(await page.text()).toContain(
        `<form method="post" action="/email/unsubscribe?t=${encodeURIComponent(token)}"`,
      )
      // Showing the page records nothing: a link scanner must not unsubscribe anyone.
      expect(await db().select().from(emailUnsubscribes).where(eq(emailUnsubscribes.email, second.email))).toEqual([])
      const oneClick = await browser().request(`/email/unsubscribe?t=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      })
      expect(oneClick.status).toBe(200)

      await sendAll(now)
      expect((await requestEmailOf(second.orderId))?.status).toBe('skipped')
      expect(sent.some((e) => e.to === second.email && e.subject.startsWith('How do you like'))).toBe(false)
      expect((await requestEmailOf(first.orderId))?.status).toBe('sent')
      const request = sent.find((e) => e.to === first.email && e.subject.startsWith('How do you like'))
      expect(request?.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click')
      expect(request?.headers?.['List-Unsubscribe']).toMatch(
        /^<https:\/\/shop\.example\.com\/email\/unsubscribe\?t=.+>$/,
      )
      // Order emails are not part of the topic: the unsubscribed address still got its delivery email.
      expect(sent.some((e) => e.to === second.email && e.subject.includes('delivered'))).toBe(true)
    })

    it('refuses a forged or damaged token and escapes the address on the page', async () => {
      const key = await emailLinkKey(db())
      const token = unsubscribeToken(key, { email: '<script>x</script>@example.com', topic: 'review_requests' })
      const page = await browser().request(`/email/unsubscribe?t=${encodeURIComponent(token)}`)
      const text = await page.text()
      expect(text).not.toContain('<script>x')
      expect(text).toContain('&lt;script&gt;x&lt;/script&gt;@example.com')
      const forged = unsubscribeToken('another key', { email: 'someone@example.com', topic: 'review_requests' })
      for (const bad of [forged, `${token}x`, 'nonsense', ''])
        expect(
          (await browser().request(`/email/unsubscribe?t=${encodeURIComponent(bad)}`, { method: 'POST' })).status,
        ).toBe(400)
    })
  })
})
