import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { asProductId, type ProductId } from '../../shared/ids.ts'
import type { ReviewPage } from '../../shared/reviews/review.ts'
import type { SavedReviews } from '../local-data/local-db.ts'
import { defaultReviewQuery } from './review-api.ts'
import { loadReviews, type SavedReviewsStore } from './saved-reviews.ts'

const product = { id: asProductId('p1'), slug: 'trail-shoe' }
const now = new Date('2026-12-07T12:00:00.000Z')
const page = {
  summary: { average: 5, count: 1, distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 1 } },
  reviews: [],
  page: 1,
  pageSize: 10,
  total: 1,
  own: null,
}

function memoryStore() {
  const rows = new Map<ProductId, SavedReviews>()
  const store: SavedReviewsStore = {
    save: async (productId, saved: ReviewPage, at) => {
      rows.set(productId, { productId, page: saved, savedAt: at.toISOString() })
    },
    read: async (productId) => rows.get(productId),
  }
  return { store, rows }
}

let requested: string[]
let answer: () => Response

beforeEach(() => {
  requested = []
  vi.stubGlobal('fetch', async (url: string) => {
    requested.push(url)
    return answer()
  })
})

afterEach(() => {
  vi.unstubAllGlobals()
})

const ok = () => new Response(JSON.stringify(page), { headers: { 'content-type': 'application/json' } })
const offline = () => {
  throw new TypeError('Failed to fetch')
}

describe('loadReviews', () => {
  it('keeps the default first page, and serves it marked with its date when no answer arrives', async () => {
    const { store } = memoryStore()
    answer = ok
    expect(await loadReviews(store, product, defaultReviewQuery, () => now)).toMatchObject({ savedAt: null })
    expect(requested).toEqual(['/api/products/trail-shoe/reviews'])

    answer = offline
    const loaded = await loadReviews(store, product, defaultReviewQuery)
    expect(loaded).toEqual({ page, savedAt: now.toISOString() })
  })

  it('keeps no filtered or later page, and has none to show for them offline', async () => {
    const { store, rows } = memoryStore()
    answer = ok
    await loadReviews(store, product, { ...defaultReviewQuery, sort: 'newest', rating: 5, page: 2 })
    expect(requested).toEqual(['/api/products/trail-shoe/reviews?sort=newest&rating=5&page=2'])
    expect(rows.size).toBe(0)

    await loadReviews(store, product, defaultReviewQuery, () => now)
    answer = offline
    await expect(loadReviews(store, product, { ...defaultReviewQuery, withPhotos: true })).rejects.toMatchObject({
      code: 'NETWORK',
    })
  })

  it('passes a server error on instead of showing the stored copy', async () => {
    const { store } = memoryStore()
    answer = ok
    await loadReviews(store, product, defaultReviewQuery, () => now)
    answer = () => new Response('{"code":"INTERNAL"}', { status: 500, headers: { 'content-type': 'application/json' } })
    await expect(loadReviews(store, product, defaultReviewQuery)).rejects.toMatchObject({ status: 500 })
  })
})

describe('the list’s filters in the URL', () => {
  it('round-trip, leaving the defaults out', async () => {
    const { reviewQueryFromSearch, reviewSearchOf } = await import('./review-api.ts')
    const query = { sort: 'lowest', rating: 2, withPhotos: true, verified: false, page: 1 } as const
    const search = reviewSearchOf(query)
    expect(search).toEqual({ reviewSort: 'lowest', reviewStars: '2', reviewPhotos: 'true', reviewVerified: undefined })
    expect(reviewQueryFromSearch({ ...search, reviewVerified: undefined })).toEqual(query)
    expect(reviewSearchOf(reviewQueryFromSearch({}))).toEqual({
      reviewSort: undefined,
      reviewStars: undefined,
      reviewPhotos: undefined,
      reviewVerified: undefined,
    })
  })

  it('ignore values they do not know', async () => {
    const { defaultReviewQuery, reviewQueryFromSearch } = await import('./review-api.ts')
    expect(reviewQueryFromSearch({ reviewSort: 'cheapest', reviewStars: '9', reviewPhotos: 'yes' })).toEqual(
      defaultReviewQuery,
    )
  })
})
