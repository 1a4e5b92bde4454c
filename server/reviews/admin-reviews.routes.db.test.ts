/**
 * The admin's review moderation through HTTP: the queue and its counts, decisions that move the
 * product's stars exactly once, concurrent decisions (one wins, the other is a 409), replies, the
 * audit trail, the author's emails in the outbox, the settings, and the live queue stream.
 */
import { randomUUID } from 'node:crypto'
import { eq, like } from 'drizzle-orm'
import { afterAll, describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { ProductId } from '../../shared/ids.ts'
import type {
  AdminReview,
  AdminReviewList,
  ReviewAuditEntry,
  ReviewQueueCounts,
  ReviewSettings,
} from '../../shared/reviews/admin-review-schema.ts'
import { type HoldReason, type ReviewStatus, reviewQueueEvent } from '../../shared/reviews/review.ts'
import { ensureAdmin } from '../account/account.service.ts'
import { createApp } from '../app.ts'
import { emailOutbox, products, reviewPhotos, reviewReports, reviews, users } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'
import { createLogger } from '../platform/logger.ts'
import { connectSse, type SseConnection } from '../test-support/sse-client.ts'
import { testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, type TestBrowser, testPassword, uniqueEmail } from '../test-support/test-browser.ts'
import { createTestProduct } from '../test-support/test-checkout.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { startTestServer, type TestServer } from '../test-support/test-server.ts'
import { recountProductRatings } from './review-ratings.repository.ts'

const logger = createLogger('silent')

async function createAuthor(db: Db, name = 'Anna Kunde'): Promise<{ id: string; email: string }> {
  const email = uniqueEmail()
  const [row] = await db.insert(users).values({ email, name, passwordHash: 'not used' }).returning({ id: users.id })
  if (!row) throw new Error('no user')
  return { id: row.id, email }
}

async function insertReview(
  db: Db,
  input: {
    productId: ProductId
    userId: string
    status?: ReviewStatus
    rating?: number
    title?: string
    holdReasons?: HoldReason[]
    locale?: string
  },
): Promise<string> {
  const [row] = await db
    .insert(reviews)
    .values({
      productId: input.productId,
      userId: input.userId,
      rating: input.rating ?? 4,
      title: input.title ?? 'Good shoe',
      body: 'Fits well.',
      status: input.status ?? 'pending',
      holdReasons: input.holdReasons ?? ['shop_setting'],
      authorName: 'Anna K.',
      locale: input.locale ?? 'en',
    })
    .returning({ id: reviews.id })
  if (!row) throw new Error('no review')
  return row.id
}

async function ratingCountsOf(db: Db, productId: ProductId): Promise<number[]> {
  const [row] = await db.select({ counts: products.ratingCounts }).from(products).where(eq(products.id, productId))
  return row?.counts ?? []
}

describe.each(await databaseTargets())('admin review moderation on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const admin = { email: uniqueEmail(), password: 'the admin password' }
  const config = testConfig({ TRUST_PROXY: 'true', ADMIN_EMAIL: admin.email, ADMIN_PASSWORD: admin.password })
  let testApp: ReturnType<typeof createApp> | undefined
  const app = () => {
    testApp ??= createApp({ config, db: database().db, logger })
    return testApp
  }
  const db = () => database().db
  const signedInAdmin = async (browser = createTestBrowser(app())) => {
    await ensureAdmin({ db: db(), config, logger })
    expect((await browser.signIn(admin)).status).toBe(200)
    return browser
  }
  const post = (browser: TestBrowser, path: string, json: unknown = {}) =>
    browser.request(path, { method: 'POST', json })
  const reviewOf = async (response: Response) => {
    expect(response.status).toBe(200)
    return (await response.json()) as AdminReview
  }
  const newReview = async (input: Partial<Parameters<typeof insertReview>[1]> = {}) => {
    const productId = await createTestProduct(db(), { stock: 5 })
    const author = await createAuthor(db())
    const id = await insertReview(db(), { productId, userId: author.id, ...input })
    return { productId, author, id }
  }
  const emailsOf = (reviewId: string) =>
    db()
      .select()
      .from(emailOutbox)
      .where(like(emailOutbox.dedupeKey, `review:${reviewId}:%`))

  it('keeps guests and customers out', async () => {
    const guest = createTestBrowser(app())
    const customer = createTestBrowser(app())
    expect((await customer.signUp({ email: uniqueEmail(), password: testPassword, name: 'C' })).status).toBe(201)
    const { id } = await newReview()
    expect((await guest.request('/api/admin/reviews')).status).toBe(401)
    expect((await customer.request('/api/admin/reviews')).status).toBe(403)
    expect((await post(customer, `/api/admin/reviews/${id}/approve`)).status).toBe(403)
    expect((await customer.request('/api/admin/reviews/stream')).status).toBe(403)
  })

  it('lists the pending queue with the author email, reports, photos and counts per status', async () => {
    const browser = await signedInAdmin()
    const { id, productId } = await newReview({ holdReasons: ['links', 'reports'], rating: 2 })
    const reporter = await createAuthor(db(), 'Rita Report')
    await db().insert(reviewReports).values({ reviewId: id, userId: reporter.id, reason: 'spam' })
    const photoId = randomUUID()
    await db()
      .insert(reviewPhotos)
      .values({
        id: photoId,
        reviewId: id,
        userId: reporter.id,
        contentType: 'image/webp',
        bytes: Buffer.from([1]),
        width: 4,
        height: 3,
      })
    const [product] = await db().select().from(products).where(eq(products.id, productId))
    const response = await browser.request(`/api/admin/reviews?holdReason=links&rating=2&q=${product?.slug}`)
    expect(response.status).toBe(200)
    const list = (await response.json()) as AdminReviewList
    expect(list.total).toBe(1)
    const [item] = list.reviews
    expect(item).toMatchObject({
      id,
      product: { id: productId, slug: product?.slug, name: product?.name },
      status: 'pending',
      holdReasons: ['links', 'reports'],
      reports: [{ reason: 'spam', count: 1 }],
      photos: [{ id: photoId, url: `/media/reviews/${photoId}.webp`, width: 4, height: 3 }],
      reply: null,
    })
    expect(item?.authorEmail).toContain('@example.com')
    expect(list.counts.byStatus.pending).toBeGreaterThanOrEqual(1)
    expect(list.counts.pendingByReason.links).toBeGreaterThanOrEqual(1)
  })

  it('refuses bad input naming the field', async () => {
    const browser = await signedInAdmin()
    const { id } = await newReview()
    const bad = async (response: Response, path: string) => {
      expect(response.status).toBe(400)
      expect(response.headers.get('content-type')).toContain('application/problem+json')
      expect(((await response.json()) as ProblemDetails).errors?.map((e) => e.path)).toContain(path)
    }
    await bad(await post(browser, `/api/admin/reviews/${id}/reject`, { reason: '  ' }), 'json.reason')
    await bad(await post(browser, `/api/admin/reviews/${id}/reject`, { reason: 'x'.repeat(501) }), 'json.reason')
    await bad(await browser.request('/api/admin/reviews?status=gone'), 'query.status')
    await bad(await post(browser, '/api/admin/reviews/not-a-uuid/approve'), 'param.id')
    await bad(
      await browser.request('/api/admin/reviews/settings', {
        method: 'PUT',
        json: { moderation: 'hold', requestDelayDays: 91, reportThreshold: 3 },
      }),
      'json.requestDelayDays',
    )
    expect((await post(browser, `/api/admin/reviews/${randomUUID()}/approve`)).status).toBe(404)
  })

  it('approves and rejects moving the stars exactly once, with audit rows and the author emails', async () => {
    const browser = await signedInAdmin()
    const { id, productId, author } = await newReview({ rating: 5, locale: 'de' })
    const approved = await reviewOf(await post(browser, `/api/admin/reviews/${id}/approve`))
    expect(approved.status).toBe('published')
    expect(await ratingCountsOf(db(), productId)).toEqual([0, 0, 0, 0, 1])
    // Approving again: the review is no longer pending, so nothing moves twice.
    expect((await post(browser, `/api/admin/reviews/${id}/approve`)).status).toBe(409)
    expect(await ratingCountsOf(db(), productId)).toEqual([0, 0, 0, 0, 1])

    const rejected = await reviewOf(
      await post(browser, `/api/admin/reviews/${id}/reject`, { reason: 'Off topic', expectedStatus: 'published' }),
    )
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReason: 'Off topic' })
    expect(await ratingCountsOf(db(), productId)).toEqual([0, 0, 0, 0, 0])
    expect(await ratingCountsOf(db(), productId)).toEqual(await recountProductRatings(db(), productId))

    const emails = await emailsOf(id)
    expect(emails.map((e) => [e.template, e.toAddress, e.locale])).toEqual([
      ['review_published', author.email, 'de'],
      ['review_rejected', author.email, 'de'],
    ])
    expect(emails[1]?.data).toMatchObject({ reason: 'Off topic', title: 'Good shoe' })

    const audit = await browser.request(`/api/admin/reviews/${id}/audit`)
    const { entries } = (await audit.json()) as { entries: ReviewAuditEntry[] }
    expect(entries.map((e) => [e.action, e.actorName])).toEqual([
      ['published', 'Administrator'],
      ['rejected', 'Administrator'],
    ])
    expect(entries[1]?.detail).toEqual({ from: 'published', reason: 'Off topic' })
  })

  it('lets one of a concurrent approve and reject win and answers the other 409', async () => {
    const browser = await signedInAdmin()
    const { id, productId } = await newReview({ rating: 3 })
    const [approve, reject] = await Promise.all([
      post(browser, `/api/admin/reviews/${id}/approve`),
      post(browser, `/api/admin/reviews/${id}/reject`, { reason: 'Spam' }),
    ])
    expect([approve.status, reject.status].sort()).toEqual([200, 409])
    const loser = approve.status === 409 ? approve : reject
    const problem = (await loser.json()) as ProblemDetails & { status: number }
    expect(problem.code).toBe('EDIT_CONFLICT')
    const [row] = await db().select().from(reviews).where(eq(reviews.id, id))
    expect(await ratingCountsOf(db(), productId)).toEqual(
      row?.status === 'published' ? [0, 0, 1, 0, 0] : [0, 0, 0, 0, 0],
    )
    expect(await emailsOf(id)).toHaveLength(1)
  })

  it('sets, edits and removes the reply, emailing the author once', async () => {
    const browser = await signedInAdmin()
    const { id } = await newReview({ status: 'published', holdReasons: [] })
    const reply = (body: string) => browser.request(`/api/admin/reviews/${id}/reply`, { method: 'PUT', json: { body } })
    expect((await reviewOf(await reply('Thank you!'))).reply?.body).toBe('Thank you!')
    expect((await reviewOf(await reply('Thank you, Anna!'))).reply?.body).toBe('Thank you, Anna!')
    expect((await reply('')).status).toBe(400)
    const removed = await reviewOf(await browser.request(`/api/admin/reviews/${id}/reply`, { method: 'DELETE' }))
    expect(removed.reply).toBeNull()
    const emails = await emailsOf(id)
    expect(emails.map((e) => e.template)).toEqual(['review_replied'])
    expect(emails[0]?.data).toMatchObject({ reply: 'Thank you!' })
    const audit = (await (await browser.request(`/api/admin/reviews/${id}/audit`)).json()) as {
      entries: ReviewAuditEntry[]
    }
    expect(audit.entries.map((e) => e.action)).toEqual(['replied', 'replied', 'reply_removed'])
  })

  it('reads and changes the settings', async () => {
    const browser = await signedInAdmin()
    const next: ReviewSettings = { moderation: 'hold', requestDelayDays: 0, reportThreshold: 100 }
    const put = await browser.request('/api/admin/reviews/settings', { method: 'PUT', json: next })
    expect(put.status).toBe(200)
    expect(await put.json()).toEqual(next)
    expect(await (await browser.request('/api/admin/reviews/settings')).json()).toEqual(next)
    const back: ReviewSettings = { moderation: 'publish', requestDelayDays: 7, reportThreshold: 3 }
    await browser.request('/api/admin/reviews/settings', { method: 'PUT', json: back })
  })

  it('counts the pending reviews on the admin dashboard', async () => {
    const browser = await signedInAdmin()
    const pending = async () =>
      ((await (await browser.request('/api/admin/dashboard')).json()) as { pendingReviews: number }).pendingReviews
    const before = await pending()
    await newReview()
    expect(await pending()).toBe(before + 1)
  })

  describe('stream', () => {
    const servers: TestServer[] = []
    const streams: SseConnection[] = []
    afterAll(async () => {
      for (const stream of streams) stream.close()
      for (const server of servers) await server.close()
    })

    it('sends the queue counts on connect and again after a decision', async () => {
      const server = await startTestServer(app())
      servers.push(server)
      const watcher = await signedInAdmin(createTestBrowser((path, init) => fetch(`${server.url}${path}`, init)))
      const stream = await connectSse(`${server.url}/api/admin/reviews/stream`, {
        cookie: `sf_session=${watcher.cookie}`,
      })
      streams.push(stream)
      expect(stream.response.headers.get('x-accel-buffering')).toBe('no')
      const [first] = await stream.waitForEvents(1, 3000)
      expect(first?.event).toBe(reviewQueueEvent)
      const initial = JSON.parse(first?.data ?? '{}') as ReviewQueueCounts

      const { id } = await newReview()
      expect((await post(watcher, `/api/admin/reviews/${id}/approve`)).status).toBe(200)
      const [, second] = await stream.waitForEvents(2, 3000)
      const after = JSON.parse(second?.data ?? '{}') as ReviewQueueCounts
      expect(after.byStatus.published).toBe(initial.byStatus.published + 1)
      // The review was inserted straight into the table (no poke), then approved: pending is as before.
      expect(after.byStatus.pending).toBe(initial.byStatus.pending)
    })
  })
})
