import { describe, expect, it } from 'vitest'
import { parseHelpfulCounts, parseReviewPage } from './parse-review.ts'

const review = {
  id: 'r1',
  productId: 'p1',
  variantId: null,
  variantLabel: '',
  rating: 5,
  title: '<b>Great</b>',
  body: 'Fits well',
  authorName: 'Anna K.',
  verifiedPurchase: true,
  helpfulCount: 3,
  unhelpfulCount: 1,
  photos: [{ id: 'ph1', url: '/media/reviews/ph1.webp', width: 800, height: 600 }],
  reply: { body: 'Thanks!', repliedAt: '2026-12-01T10:00:00.000Z' },
  locale: 'en',
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  myVote: 'helpful',
}

const page = {
  summary: { average: 4.5, count: 2, distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 } },
  reviews: [review],
  page: 1,
  pageSize: 10,
  total: 1,
  own: { ...review, myVote: undefined, status: 'rejected', rejectionReason: 'Off topic' },
}

describe('parseReviewPage', () => {
  it('reads a page with the summary, the reviews and the shopper’s own review', () => {
    const parsed = parseReviewPage(page)
    expect(parsed.summary.distribution['5']).toBe(1)
    expect(parsed.reviews[0]).toMatchObject({ title: '<b>Great</b>', myVote: 'helpful', reply: { body: 'Thanks!' } })
    expect(parsed.own).toMatchObject({ status: 'rejected', rejectionReason: 'Off topic' })
  })

  it('reads a product without reviews: no average, no own review', () => {
    const empty = { ...page, summary: { ...page.summary, average: null, count: 0 }, reviews: [], total: 0, own: null }
    expect(parseReviewPage(empty)).toMatchObject({ summary: { average: null }, reviews: [], own: null })
  })

  it.each([
    ['a rating out of range', { ...page, reviews: [{ ...review, rating: 6 }] }],
    [
      'a photo URL that is not http(s) or a path',
      { ...page, reviews: [{ ...review, photos: [{ ...review.photos[0], url: 'javascript:alert(1)' }] }] },
    ],
    [
      'a protocol-relative photo URL',
      { ...page, reviews: [{ ...review, photos: [{ ...review.photos[0], url: '//elsewhere.example/x.webp' }] }] },
    ],
    ['an unknown status', { ...page, own: { ...page.own, status: 'hidden' } }],
    ['a missing distribution key', { ...page, summary: { ...page.summary, distribution: { '1': 0 } } }],
  ])('refuses %s', (_, body) => {
    expect(() => parseReviewPage(body)).toThrow(TypeError)
  })
})

describe('parseHelpfulCounts', () => {
  it('reads the counts and the vote taken back', () => {
    expect(parseHelpfulCounts({ helpfulCount: 2, unhelpfulCount: 0, myVote: null })).toEqual({
      helpfulCount: 2,
      unhelpfulCount: 0,
      myVote: null,
    })
  })
})
