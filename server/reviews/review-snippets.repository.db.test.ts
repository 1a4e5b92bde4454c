import { describe, expect, it } from 'vitest'
import { asProductId } from '../../shared/ids.ts'
import type { ReviewStatus } from '../../shared/reviews/review.ts'
import { deterministicUuid } from '../catalog/demo-catalog.ts'
import { categories, products, reviews, users } from '../db/schema.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { listReviewSnippets, maxReviewSnippets } from './review-snippets.repository.ts'

describe.each(await databaseTargets())('review snippets on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  const productId = asProductId(deterministicUuid('snippets:product'))
  const otherId = asProductId(deterministicUuid('snippets:other'))

  /** [title, status, helpful votes, days after 1 March] */
  const written: [string, ReviewStatus, number, number][] = [
    ['Pending but helpful', 'pending', 50, 1],
    ['Rejected', 'rejected', 40, 2],
    ['Helpful, older', 'published', 9, 3],
    ['Helpful, newer', 'published', 9, 4],
    ['Most helpful', 'published', 12, 5],
    ['Newest unvoted', 'published', 0, 9],
    ['Older unvoted', 'published', 0, 6],
    ['Oldest unvoted', 'published', 0, 5],
    ['One vote', 'published', 1, 1],
  ]

  const seed = async () => {
    const db = database().db
    const categoryId = deterministicUuid('snippets:category')
    await db
      .insert(categories)
      .values({ id: categoryId, slug: 'kettles', name: 'Kettles', description: '', position: 0 })
    await db.insert(products).values(
      [productId, otherId].map((id, i) => ({
        id,
        slug: `kettle-${i}`,
        name: `Kettle ${i}`,
        description: '',
        brand: 'Aurora',
        categoryId,
        price: 0,
        currency: 'EUR' as const,
        stock: 0,
        options: [],
      })),
    )
    const rows = written.map(([title, status, helpfulCount, day], i) => ({ title, status, helpfulCount, day, i }))
    await db.insert(users).values(
      [...rows, { i: rows.length }].map(({ i }) => ({
        id: deterministicUuid(`snippets:user:${i}`),
        email: `snippets-${i}@example.test`,
        name: `Reviewer ${i}`,
        passwordHash: '!',
      })),
    )
    await db.insert(reviews).values([
      ...rows.map(({ title, status, helpfulCount, day, i }) => ({
        productId,
        userId: deterministicUuid(`snippets:user:${i}`),
        rating: 1 + (i % 5),
        title,
        body: `Body of ${title}`,
        status,
        authorName: `Reviewer ${i}.`,
        locale: 'en',
        helpfulCount,
        createdAt: new Date(Date.UTC(2026, 2, day)),
        publishedAt: status === 'published' ? new Date(Date.UTC(2026, 2, day)) : null,
      })),
      // Another product's most helpful review is not this one's.
      {
        productId: otherId,
        userId: deterministicUuid(`snippets:user:${rows.length}`),
        rating: 5,
        title: 'Elsewhere',
        body: '',
        status: 'published' as const,
        authorName: 'Other O.',
        locale: 'en',
        helpfulCount: 99,
      },
    ])
  }

  it('lists published reviews only, most helpful first then newest, at most five', async () => {
    await seed()
    const snippets = await listReviewSnippets(database().db, productId)
    expect(snippets).toHaveLength(maxReviewSnippets)
    expect(snippets.map((s) => s.title)).toEqual([
      'Most helpful',
      'Helpful, newer',
      'Helpful, older',
      'One vote',
      'Newest unvoted',
    ])
    expect(snippets[0]).toEqual({
      authorName: 'Reviewer 4.',
      rating: 5,
      title: 'Most helpful',
      body: 'Body of Most helpful',
      publishedAt: '2026-03-05T00:00:00.000Z',
    })
  })

  it('lists nothing for a product without published reviews', async () => {
    expect(await listReviewSnippets(database().db, asProductId(deterministicUuid('snippets:none')))).toEqual([])
  })
})
