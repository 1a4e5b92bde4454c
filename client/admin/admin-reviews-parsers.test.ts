import { describe, expect, it } from 'vitest'
import {
  parseAdminReviewList,
  parseReviewAudit,
  parseReviewQueueCounts,
  parseReviewSettings,
  reviewListPath,
} from './admin-reviews-parsers.ts'

const counts = {
  byStatus: { pending: 2, published: 5, rejected: 1 },
  pendingByReason: { shop_setting: 1, links: 1, profanity: 0, repeated_text: 0, new_account: 0, reports: 0 },
}
const review = {
  id: '3f2a9c1b-0000-4000-8000-000000000002',
  product: { id: 'p1', slug: 'trail-runner', name: 'Trail Runner' },
  variantLabel: '',
  rating: 4,
  title: '<script>alert(1)</script>',
  body: 'Fits.',
  authorName: 'Anna K.',
  authorEmail: 'anna@example.com',
  verifiedPurchase: true,
  status: 'pending',
  holdReasons: ['links'],
  rejectionReason: null,
  reportCount: 0,
  reports: [],
  helpfulCount: 0,
  unhelpfulCount: 0,
  photos: [{ id: 'ph', url: '/media/reviews/ph.webp', width: 4, height: 3 }],
  reply: null,
  locale: 'en',
  createdAt: '2026-12-07T12:00:00.000Z',
  updatedAt: '2026-12-07T12:00:00.000Z',
}

describe('admin review parsers', () => {
  it('accepts the list the server sends, text as it is', () => {
    const list = parseAdminReviewList({ reviews: [review], page: 1, pageSize: 20, total: 1, counts })
    expect(list.reviews[0]?.title).toBe('<script>alert(1)</script>')
    expect(list.counts.byStatus.published).toBe(5)
  })

  it.each([
    ['a missing list', { page: 1, total: 0, counts }],
    ['a bad rating', { reviews: [{ ...review, rating: 6 }], page: 1, total: 1, counts }],
    ['an unknown status', { reviews: [{ ...review, status: 'gone' }], page: 1, total: 1, counts }],
    ['a photo without url', { reviews: [{ ...review, photos: [{ id: 'x' }] }], page: 1, total: 1, counts }],
    ['counts without a reason', { reviews: [], page: 1, total: 0, counts: { ...counts, pendingByReason: {} } }],
  ])('refuses %s', (_name, body) => {
    expect(() => parseAdminReviewList(body)).toThrow(TypeError)
  })

  it('reads counts, the audit trail and the settings', () => {
    expect(parseReviewQueueCounts(counts).pendingByReason.links).toBe(1)
    expect(
      parseReviewAudit({ entries: [{ id: 1, action: 'held', actorName: null, detail: {}, createdAt: 'x' }] }),
    ).toHaveLength(1)
    expect(() => parseReviewAudit({ entries: [{ action: 1 }] })).toThrow(TypeError)
    expect(parseReviewSettings({ moderation: 'hold', requestDelayDays: 7, reportThreshold: 3, extra: 1 })).toEqual({
      moderation: 'hold',
      requestDelayDays: 7,
      reportThreshold: 3,
    })
    expect(() => parseReviewSettings({ moderation: 'maybe', requestDelayDays: 7, reportThreshold: 3 })).toThrow()
  })
})

describe('reviewListPath', () => {
  it('sends only the filters that are set, encoded', () => {
    expect(reviewListPath({ status: 'pending', page: 1 })).toBe('/api/admin/reviews?status=pending&page=1')
    expect(reviewListPath({ status: 'rejected', page: 2, holdReason: 'links', rating: 3, q: 'mug & co' })).toBe(
      '/api/admin/reviews?status=rejected&page=2&holdReason=links&rating=3&q=mug+%26+co',
    )
  })
})
