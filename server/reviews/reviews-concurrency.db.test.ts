/**
 * The review aggregates under concurrency: the product's star counts after 200 accounts write, edit
 * and delete at once equal a recount of the published reviews; a review's vote counters after 50
 * accounts vote, switch and take back at once (some twice in parallel) equal a recount of the votes.
 */
import { randomUUID } from 'node:crypto'
import { and, count, eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ProductId } from '../../shared/ids.ts'
import type { HelpfulVote } from '../../shared/reviews/review.ts'
import { writeReviewInput } from '../../shared/reviews/review-schema.ts'
import { products, reviews, reviewVotes } from '../db/schema.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { createReviewers, reviewDeps } from '../test-support/test-reviews.ts'
import { createTestVariantProduct } from '../test-support/test-variants.ts'
import { voteOnReview } from './review-feedback.service.ts'
import { recountProductRatings } from './review-ratings.repository.ts'
import { deleteReview, editReview, writeReview } from './reviews.service.ts'

describe.each(await databaseTargets())('review aggregates under concurrency on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const db = () => database().db
  const countsOf = async (productId: ProductId) => {
    const [row] = await db().select({ counts: products.ratingCounts }).from(products).where(eq(products.id, productId))
    return row?.counts
  }
  const newProduct = async () => {
    const { productId } = await createTestVariantProduct(db(), { variants: [{ stock: 1 }] })
    return { productId, slug: `p-${productId}` }
  }
  const input = (index: number, extra: Record<string, unknown> = {}) =>
    writeReviewInput.parse({
      mutationId: randomUUID(),
      rating: (index % 5) + 1,
      title: `Review ${index}`,
      body: `What account ${index} thinks of it.`,
      ...extra,
    })

  it('keeps the star counts equal to a recount through 200 concurrent writes, edits and deletes', async () => {
    const { productId, slug } = await newProduct()
    const deps = reviewDeps(db())
    const authors = await createReviewers(db(), 200)
    const written = await Promise.all(
      authors.map((author, index) =>
        // Every tenth holds (a link): pending reviews must stay out of the counts.
        writeReview(deps, author, slug, input(index, index % 10 === 0 ? { body: 'See example.com' } : {}), 'en'),
      ),
    )
    expect(written.every((w) => w.created)).toBe(true)
    expect(await countsOf(productId)).toEqual(await recountProductRatings(db(), productId))

    const changes = authors.map((author, index) => {
      const id = written[index]?.review.id
      if (!id) throw new Error('no review')
      if (index % 7 === 0) return deleteReview(deps, author, id)
      if (index % 11 === 0) return editReview(deps, author, id, { body: 'Now at www.example.org' })
      // Two edits of one review at once: its row lock orders them, each moves the counts from what the other left.
      return Promise.all([
        editReview(deps, author, id, { rating: ((index + 2) % 5) + 1 }),
        editReview(deps, author, id, { rating: ((index + 3) % 5) + 1 }),
      ])
    })
    await Promise.all(changes)
    const recount = await recountProductRatings(db(), productId)
    expect(await countsOf(productId)).toEqual(recount)
    expect(recount.reduce((a, b) => a + b, 0)).toBeGreaterThan(100)
  }, 120_000)

  it('keeps the vote counters equal to a recount through 50 accounts voting, switching and retracting at once', async () => {
    const { slug } = await newProduct()
    const deps = reviewDeps(db())
    const [author] = await createReviewers(db(), 1)
    if (!author) throw new Error('no author')
    const { review } = await writeReview(deps, author, slug, input(1), 'en')
    const voters = await createReviewers(db(), 50)
    const plans: (HelpfulVote | null)[][] = [
      ['helpful'],
      ['unhelpful'],
      ['helpful', 'unhelpful'],
      ['unhelpful', null],
      ['helpful', 'helpful', null, 'helpful'],
    ]
    await Promise.all(
      voters.map(async (voter, index) => {
        const plan = plans[index % plans.length] ?? []
        for (const vote of plan) await voteOnReview(deps, voter.id, review.id, vote)
        // The same account twice at once (two devices): still one vote.
        if (index % 4 === 0)
          await Promise.all([
            voteOnReview(deps, voter.id, review.id, 'helpful'),
            voteOnReview(deps, voter.id, review.id, 'helpful'),
          ])
      }),
    )
    const recount = async (helpful: boolean) => {
      const [row] = await db()
        .select({ n: count() })
        .from(reviewVotes)
        .where(and(eq(reviewVotes.reviewId, review.id), eq(reviewVotes.helpful, helpful)))
      return row?.n ?? 0
    }
    const [row] = await db().select().from(reviews).where(eq(reviews.id, review.id))
    expect({ helpful: row?.helpfulCount, unhelpful: row?.unhelpfulCount }).toEqual({
      helpful: await recount(true),
      unhelpful: await recount(false),
    })
    expect(row?.helpfulCount).toBeGreaterThan(0)
    expect(row?.unhelpfulCount).toBeGreaterThan(0)
  }, 60_000)
})
