/**
 * Reviews readable offline (issue 15): the first page of a product's reviews in the default order,
 * without filters, and its summary are kept per product as last fetched — for the last
 * `savedReviewsMax` products viewed. Offline, the section shows them marked "may be out of date".
 */
import type { ProductId } from '../../shared/ids.ts'
import type { ReviewPage } from '../../shared/reviews/review.ts'
import type { LocalDb, SavedReviews } from '../local-data/local-db.ts'
import { ApiError } from '../platform/api-client.ts'
import { fetchReviewPage, isDefaultReviewQuery, type ReviewQuery } from './review-api.ts'

export const savedReviewsMax = 50

/** A page of reviews to show; `savedAt` set when it is the stored copy (offline). */
export type LoadedReviews = { readonly page: ReviewPage; readonly savedAt: string | null }

export async function saveReviews(db: LocalDb, productId: ProductId, page: ReviewPage, now: Date): Promise<void> {
  await db.transaction('rw', db.savedReviews, async () => {
    // The viewer's own review and votes are not kept: they belong to whoever is signed in now.
    const reviews = page.reviews.map((review) => ({ ...review, myVote: null }))
    await db.savedReviews.put({ productId, page: { ...page, reviews, own: null }, savedAt: now.toISOString() })
    const excess = (await db.savedReviews.count()) - savedReviewsMax
    if (excess > 0) await db.savedReviews.orderBy('savedAt').limit(excess).delete()
  })
}

export function readSavedReviews(db: LocalDb, productId: ProductId): Promise<SavedReviews | undefined> {
  return db.savedReviews.get(productId)
}

/**
 * Fetch a page of reviews; the default first page is stored, and served from storage when no answer
 * arrives. Filtered or later pages have no stored copy: their network error reaches the caller.
 */
export async function loadReviews(
  store: SavedReviewsStore,
  product: { readonly id: ProductId; readonly slug: string },
  query: ReviewQuery,
  now: () => Date = () => new Date(),
): Promise<LoadedReviews> {
  let page: ReviewPage
  try {
    page = await fetchReviewPage(product.slug, query)
  } catch (error) {
    if (!(error instanceof ApiError && error.code === 'NETWORK') || !isDefaultReviewQuery(query)) throw error
    const saved = await store.read(product.id)
    if (!saved) throw error
    return { page: saved.page, savedAt: saved.savedAt }
  }
  if (isDefaultReviewQuery(query))
    await store
      .save(product.id, page, now())
      .catch((error: unknown) => console.warn('could not keep the reviews for offline reading', error))
  return { page, savedAt: null }
}

/** Where the offline copies live: Dexie in the app, a Map in tests. */
export type SavedReviewsStore = {
  readonly save: (productId: ProductId, page: ReviewPage, now: Date) => Promise<void>
  readonly read: (productId: ProductId) => Promise<SavedReviews | undefined>
}

export function dexieSavedReviews(db: LocalDb): SavedReviewsStore {
  return {
    save: (productId, page, now) => saveReviews(db, productId, page, now),
    read: (id) => readSavedReviews(db, id),
  }
}
