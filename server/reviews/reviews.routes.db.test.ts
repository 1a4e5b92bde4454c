/**
 * The shopper's review API end to end: reading a product's reviews (summary, filters, the asker's
 * own review and votes), writing (accounts only, once per product, replays by mutation id, verified
 * purchases, moderation holds), editing and deleting with the star counts kept, votes and reports.
 */
import { randomUUID } from 'node:crypto'
import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { ProductId } from '../../shared/ids.ts'
import { compareByHelpfulness } from '../../shared/reviews/helpfulness.ts'
import type { OwnReview, ReviewPage } from '../../shared/reviews/review.ts'
import { writeReviewInput } from '../../shared/reviews/review-schema.ts'
import { products, reviewAudit, reviewSettings, reviews } from '../db/schema.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser } from '../test-support/test-browser.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { createOrderOf, createReviewers, reviewDeps, signedInAs } from '../test-support/test-reviews.ts'
import { createTestVariantProduct, sizeOption } from '../test-support/test-variants.ts'
import { recountProductRatings } from './review-ratings.repository.ts'
import { writeReview } from './reviews.service.ts'

describe.each(await databaseTargets())('the review API on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const config = testConfig()
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, config)
    return testApp
  }
  const db = () => database().db
  const shopper = async (options: { ageDays?: number; name?: string } = {}) => {
    const [author] = await createReviewers(db(), 1, options)
    if (!author) throw new Error('no reviewer')
    return signedInAs(app(), db(), config, author)
  }
  const product = async () => {
    const made = await createTestVariantProduct(db(), {
      options: [sizeOption],
      variants: [
        { optionValues: { size: '41' }, stock: 5 },
        { optionValues: { size: '42' }, stock: 5 },
      ],
    })
    return { ...made, slug: `p-${made.productId}` }
  }
  const review = (extra: Record<string, unknown> = {}) => ({
    mutationId: randomUUID(),
    rating: 4,
    title: 'Comfortable',
    body: 'They fit well after a week of walking.',
    ...extra,
  })
  const countsOf = async (productId: ProductId) => {
    const [row] = await db().select({ counts: products.ratingCounts }).from(products).where(eq(products.id, productId))
    return row?.counts
  }
  const page = async (
    client: { request: (path: string) => Response | Promise<Response> },
    slug: string,
    query = '',
  ) => {
    const response = await client.request(`/api/products/${slug}/reviews${query}`)
    expect(response.status).toBe(200)
    return (await response.json()) as ReviewPage
  }

  it('serves a guest the summary and published reviews, and refuses a guest write with 401', async () => {
    const { slug } = await product()
    const guest = createTestBrowser(app())
    const empty = await page(guest, slug)
    expect(empty).toEqual({
      summary: { average: null, count: 0, distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 } },
      reviews: [],
      page: 1,
      pageSize: 10,
      total: 0,
      own: null,
    })
    const response = await guest.request(`/api/products/${slug}/reviews`)
    expect(response.headers.get('cache-control')).toBe('private, no-cache')
    expect(response.headers.get('set-cookie')).toBeNull()
    await guest.session()
    const write = await guest.request(`/api/products/${slug}/reviews`, { method: 'POST', json: review() })
    expect(write.status).toBe(401)
    expect(((await write.json()) as ProblemDetails).code).toBe('UNAUTHENTICATED')
    const unknown = await guest.request('/api/products/no-such-product/reviews')
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('content-type')).toContain('application/problem+json')
  })

  it('publishes a review, moves the counts once, and answers a replay of its mutation id with the same review', async () => {
    const { slug, productId, variantIds } = await product()
    const anna = await shopper()
    const body = review({ variantId: variantIds[1], rating: 5 })
    const first = await anna.request(`/api/products/${slug}/reviews`, { method: 'POST', json: body })
    expect(first.status).toBe(201)
    const written = (await first.json()) as OwnReview
    expect(written).toMatchObject({
      status: 'published',
      rating: 5,
      authorName: 'Anna K.',
      variantLabel: '42',
      verifiedPurchase: false,
      rejectionReason: null,
      photos: [],
    })
    const replay = await anna.request(`/api/products/${slug}/reviews`, { method: 'POST', json: body })
    expect(replay.status).toBe(200)
    expect(((await replay.json()) as OwnReview).id).toBe(written.id)
    expect(await countsOf(productId)).toEqual([0, 0, 0, 0, 1])

    const again = await anna.request(`/api/products/${slug}/reviews`, { method: 'POST', json: review() })
    expect(again.status).toBe(409)
    expect(((await again.json()) as ProblemDetails).code).toBe('REVIEW_ALREADY_WRITTEN')
    const other = await shopper()
    const stolen = await other.request(`/api/products/${slug}/reviews`, { method: 'POST', json: body })
    expect(stolen.status).toBe(409)
    expect(((await stolen.json()) as ProblemDetails).code).toBe('IDEMPOTENCY_KEY_REUSED')

    const read = await page(anna, slug)
    expect(read.summary).toMatchObject({ average: 5, count: 1 })
    expect(read.reviews.map((r) => r.id)).toEqual([written.id])
    expect(read.own).toMatchObject({ id: written.id, status: 'published' })
    const audit = await db().select().from(reviewAudit).where(eq(reviewAudit.reviewId, written.id))
    expect(audit.map((row) => row.action)).toEqual(['written', 'published'])
  })

  it('marks a purchase verified only for a paid order that was not refunded', async () => {
    const { slug, productId } = await product()
    const buyer = await shopper()
    await createOrderOf(db(), buyer.author.id, productId, 'delivered')
    const refunded = await shopper()
    await createOrderOf(db(), refunded.author.id, productId, 'refunded', 1000)
    const partlyToAll = await shopper()
    await createOrderOf(db(), partlyToAll.author.id, productId, 'partially_refunded', 1000)
    const unpaid = await shopper()
    await createOrderOf(db(), unpaid.author.id, productId, 'pending_payment')
    const nonBuyer = await shopper()
    const verified = async (client: typeof buyer) => {
      const response = await client.request(`/api/products/${slug}/reviews`, { method: 'POST', json: review() })
      expect(response.status).toBe(201)
      return ((await response.json()) as OwnReview).verifiedPurchase
    }
    expect(await verified(buyer)).toBe(true)
    expect(await verified(refunded)).toBe(false)
    expect(await verified(partlyToAll)).toBe(false)
    expect(await verified(unpaid)).toBe(false)
    expect(await verified(nonBuyer)).toBe(false)
    expect((await page(buyer, slug, '?verified=true')).total).toBe(1)
  })

  it('refuses bad input naming the field, and a variant of another product with 422', async () => {
    const { slug } = await product()
    const elsewhere = await product()
    const anna = await shopper()
    const post = (json: unknown) => anna.request(`/api/products/${slug}/reviews`, { method: 'POST', json })
    const bad = await post(review({ rating: 6, title: '' }))
    expect(bad.status).toBe(400)
    const paths = ((await bad.json()) as ProblemDetails).errors?.map((e) => e.path)
    expect(paths).toEqual(expect.arrayContaining(['json.rating', 'json.title']))
    const foreign = await post(review({ variantId: elsewhere.variantIds[0] }))
    expect(foreign.status).toBe(422)
    const problem = (await foreign.json()) as ProblemDetails
    expect(problem.code).toBe('VARIANT_NOT_OF_PRODUCT')
    expect(problem.errors?.[0]?.path).toBe('json.variantId')
    const photo = await post(review({ photoIds: [randomUUID()] }))
    expect(photo.status).toBe(422)
    expect(((await photo.json()) as ProblemDetails).errors?.[0]?.path).toBe('json.photoIds')
    const query = await anna.request(`/api/products/${slug}/reviews?rating=9&sort=best`)
    expect(query.status).toBe(400)
    expect(((await query.json()) as ProblemDetails).errors?.map((e) => e.path)).toEqual(['query.sort', 'query.rating'])
    expect(await db().select().from(reviews).where(eq(reviews.userId, anna.author.id))).toHaveLength(0)
  })

  it('holds links, profanity, new accounts and everything under the hold setting, outside the counts', async () => {
    const { slug, productId } = await product()
    const cases = [
      [await shopper(), review({ body: 'Cheaper at example dot com' }), ['links']],
      [await shopper(), review({ title: 'Shit' }), ['profanity']],
      [await shopper({ ageDays: 0 }), review(), ['new_account']],
    ] as const
    for (const [client, body, reasons] of cases) {
      const response = await client.request(`/api/products/${slug}/reviews`, { method: 'POST', json: body })
      expect(response.status).toBe(201)
      expect(await response.json()).toMatchObject({ status: 'pending' })
      const [row] = await db().select().from(reviews).where(eq(reviews.userId, client.author.id))
      expect(row?.holdReasons).toEqual(reasons)
      expect((await page(client, slug)).own).toMatchObject({ status: 'pending' })
    }
    await db().update(reviewSettings).set({ moderation: 'hold' })
    try {
      const held = await shopper()
      const response = await held.request(`/api/products/${slug}/reviews`, { method: 'POST', json: review() })
      expect(await response.json()).toMatchObject({ status: 'pending' })
    } finally {
      await db().update(reviewSettings).set({ moderation: 'publish' })
    }
    expect(await countsOf(productId)).toEqual([0, 0, 0, 0, 0])
    expect((await page(createTestBrowser(app()), slug)).total).toBe(0)
  })

  it('lets only the author edit and delete, moderating the edit again and moving the counts', async () => {
    const { slug, productId } = await product()
    const anna = await shopper()
    const written = (await (
      await anna.request(`/api/products/${slug}/reviews`, { method: 'POST', json: review({ rating: 3 }) })
    ).json()) as OwnReview
    const patch = (client: typeof anna, json: unknown) =>
      client.request(`/api/reviews/${written.id}`, { method: 'PATCH', json })
    const stranger = await shopper()
    expect((await patch(stranger, { rating: 1 })).status).toBe(404)
    expect((await stranger.request(`/api/reviews/${written.id}`, { method: 'DELETE' })).status).toBe(404)

    const restarred = await patch(anna, { rating: 5 })
    expect(restarred.status).toBe(200)
    expect(await restarred.json()).toMatchObject({ rating: 5, status: 'published', title: 'Comfortable' })
    expect(await countsOf(productId)).toEqual([0, 0, 0, 0, 1])
    const linked = (await (await patch(anna, { body: 'Buy it at www.example.org' })).json()) as OwnReview
    expect(linked.status).toBe('pending')
    expect(await countsOf(productId)).toEqual([0, 0, 0, 0, 0])
    // Cleaning up the text does not skip the moderator: it stays in the queue.
    expect(await (await patch(anna, { body: 'Fine.' })).json()).toMatchObject({ status: 'pending' })

    expect((await anna.request(`/api/reviews/${written.id}`, { method: 'DELETE' })).status).toBe(204)
    expect(await db().select().from(reviews).where(eq(reviews.id, written.id))).toHaveLength(0)
    const audit = await db().select().from(reviewAudit).where(eq(reviewAudit.reviewId, written.id))
    expect(audit.map((row) => row.action)).toEqual([
      'written',
      'published',
      'edited',
      'edited',
      'held',
      'edited',
      'held',
      'deleted',
    ])
    expect(await countsOf(productId)).toEqual(await recountProductRatings(db(), productId))
  })

  it('counts one vote per account, switched and taken back, never on your own or an unpublished review', async () => {
    const { slug } = await product()
    const author = await shopper()
    const written = (await (
      await author.request(`/api/products/${slug}/reviews`, { method: 'POST', json: review() })
    ).json()) as OwnReview
    const vote = (client: typeof author, value: string | null, id: string = written.id) =>
      client.request(`/api/reviews/${id}/helpful`, { method: 'POST', json: { vote: value } })
    const own = await vote(author, 'helpful')
    expect(own.status).toBe(403)
    expect(((await own.json()) as ProblemDetails).code).toBe('OWN_REVIEW')
    const [a, b] = [await shopper(), await shopper()]
    expect(await (await vote(a, 'helpful')).json()).toEqual({ helpfulCount: 1, unhelpfulCount: 0, myVote: 'helpful' })
    expect(await (await vote(a, 'helpful')).json()).toEqual({ helpfulCount: 1, unhelpfulCount: 0, myVote: 'helpful' })
    expect(await (await vote(b, 'unhelpful')).json()).toEqual({
      helpfulCount: 1,
      unhelpfulCount: 1,
      myVote: 'unhelpful',
    })
    expect(await (await vote(a, 'unhelpful')).json()).toEqual({
      helpfulCount: 0,
      unhelpfulCount: 2,
      myVote: 'unhelpful',
    })
    expect(await (await vote(b, null)).json()).toEqual({ helpfulCount: 0, unhelpfulCount: 1, myVote: null })
    expect((await page(a, slug)).reviews[0]?.myVote).toBe('unhelpful')
    expect((await page(b, slug)).reviews[0]?.myVote).toBeNull()
    expect((await vote(a, 'helpful', randomUUID())).status).toBe(404)
    const bad = await a.request(`/api/reviews/${written.id}/helpful`, { method: 'POST', json: { vote: 'great' } })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as ProblemDetails).errors?.[0]?.path).toBe('json.vote')
    const guest = createTestBrowser(app())
    await guest.session()
    expect(
      (await guest.request(`/api/reviews/${written.id}/helpful`, { method: 'POST', json: { vote: null } })).status,
    ).toBe(401)
  })

  it('answers guests from the response cache until a review changes: a vote shows at once', async () => {
    const { slug } = await product()
    const author = await shopper()
    const written = (await (
      await author.request(`/api/products/${slug}/reviews`, { method: 'POST', json: review() })
    ).json()) as OwnReview
    const guest = createTestBrowser(app())
    expect((await page(guest, slug)).reviews[0]?.helpfulCount).toBe(0)
    // Written behind the API's back, with no poke: the cached page does not see it.
    await db().update(reviews).set({ helpfulCount: 40 }).where(eq(reviews.id, written.id))
    expect((await page(guest, slug)).reviews[0]?.helpfulCount).toBe(0)
    // A signed-in shopper's page is never the cached one.
    const voter = await shopper()
    expect((await page(voter, slug)).reviews[0]?.helpfulCount).toBe(40)
    const voted = await voter.request(`/api/reviews/${written.id}/helpful`, {
      method: 'POST',
      json: { vote: 'helpful' },
    })
    expect(await voted.json()).toMatchObject({ helpfulCount: 41 })
    expect((await page(guest, slug)).reviews[0]?.helpfulCount).toBe(41)
  })

  it('sends a review back to moderation at the report threshold, counting each account once', async () => {
    const { slug, productId } = await product()
    const author = await shopper()
    const written = (await (
      await author.request(`/api/products/${slug}/reviews`, { method: 'POST', json: review({ rating: 2 }) })
    ).json()) as OwnReview
    await db().update(reviewSettings).set({ reportThreshold: 2 })
    try {
      const report = (client: typeof author) =>
        client.request(`/api/reviews/${written.id}/report`, { method: 'POST', json: { reason: 'spam', note: '' } })
      expect((await report(author)).status).toBe(403)
      const first = await shopper()
      expect((await report(first)).status).toBe(204)
      expect((await report(first)).status).toBe(204)
      expect(await countsOf(productId)).toEqual([0, 1, 0, 0, 0])
      expect((await report(await shopper())).status).toBe(204)
      const [row] = await db().select().from(reviews).where(eq(reviews.id, written.id))
      expect(row).toMatchObject({ status: 'pending', holdReasons: ['reports'], reportCount: 2 })
      expect(await countsOf(productId)).toEqual([0, 0, 0, 0, 0])
      const audit = await db().select().from(reviewAudit).where(eq(reviewAudit.reviewId, written.id))
      expect(audit.at(-1)).toMatchObject({ action: 'returned_to_moderation', actorId: null })
      expect((await report(first)).status).toBe(204)
      expect((await report(await shopper())).status).toBe(404)
    } finally {
      await db().update(reviewSettings).set({ reportThreshold: 3 })
    }
  })

  it('limits review writes and edits per account with a 429 problem', async () => {
    const { slug } = await product()
    const anna = await shopper()
    const written = (await (
      await anna.request(`/api/products/${slug}/reviews`, { method: 'POST', json: review() })
    ).json()) as OwnReview
    for (let edit = 0; edit < 9; edit++) {
      const response = await anna.request(`/api/reviews/${written.id}`, { method: 'PATCH', json: { rating: 3 } })
      expect(response.status).toBe(200)
    }
    const limited = await anna.request(`/api/reviews/${written.id}`, { method: 'PATCH', json: { rating: 1 } })
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(((await limited.json()) as ProblemDetails).code).toBe('RATE_LIMITED')
    expect((await page(anna, slug)).own?.rating).toBe(3)
  })

  it('orders "most helpful" in SQL exactly as the shared score does, and filters by stars', async () => {
    const { slug, productId } = await product()
    const authors = await createReviewers(db(), 25)
    const sameTime = new Date(Date.now() - 60 * 60_000)
    for (const [index, author] of authors.entries()) {
      const at = index % 3 === 0 ? sameTime : new Date(sameTime.getTime() + index * 60_000)
      const { review: written } = await writeReview(
        reviewDeps(db(), () => at),
        author,
        slug,
        writeReviewInput.parse(review({ rating: (index % 5) + 1, body: `Review number ${index} of this product.` })),
        'en',
      )
      // Votes set directly: the order, not the voting, is under test; (3, 1) and (6, 2) repeat on purpose.
      const pairs = [
        [0, 0],
        [0, 4],
        [1, 0],
        [3, 1],
        [6, 2],
        [3, 1],
        [40, 10],
        [2, 2],
        [0, 1],
      ] as const
      const [helpful, unhelpful] = pairs[index % pairs.length] ?? [0, 0]
      await db()
        .update(reviews)
        .set({ helpfulCount: helpful, unhelpfulCount: unhelpful })
        .where(eq(reviews.id, written.id))
    }
    const guest = createTestBrowser(app())
    const listed = [
      ...(await page(guest, slug, '?sort=helpful&page=1')).reviews,
      ...(await page(guest, slug, '?sort=helpful&page=2')).reviews,
      ...(await page(guest, slug, '?sort=helpful&page=3')).reviews,
    ]
    expect(listed).toHaveLength(25)
    expect(listed.map((r) => r.id)).toEqual([...listed].sort(compareByHelpfulness).map((r) => r.id))
    const fives = await page(guest, slug, '?rating=5&sort=newest')
    expect(fives.total).toBe(5)
    expect(fives.reviews.every((r) => r.rating === 5)).toBe(true)
    expect(fives.summary.count).toBe(25)
    expect(await countsOf(productId)).toEqual([5, 5, 5, 5, 5])
  })
})
