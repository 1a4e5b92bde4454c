/**
 * A review written on this device, kept in Dexie `reviewDrafts` until the server accepted it
 * (DESIGN §3). Its `mutationId` is made once, when the shopper first submits, and every photo gets
 * its own id then too: a resend after a lost answer creates one review and stores each photo once.
 */
import type { ProductId } from '../../shared/ids.ts'
import type { ReviewPhotoId } from '../../shared/reviews/review.ts'
import type { DraftRefusal, LocalDb, ReviewDraft } from '../local-data/local-db.ts'

// The stored row is the local database's (client/local-data/local-db.ts), like every row it keeps.
export type { DraftPhoto, DraftRefusal, ReviewDraft } from '../local-data/local-db.ts'

/** The drafts' storage as the sender needs it; Dexie in the app, a Map in tests. */
export type DraftStore = {
  readonly listQueued: () => Promise<readonly ReviewDraft[]>
  readonly markPhotoUploaded: (mutationId: string, photoId: ReviewPhotoId) => Promise<void>
  readonly markRefused: (mutationId: string, refusal: DraftRefusal) => Promise<void>
  readonly remove: (mutationId: string) => Promise<void>
}

export function dexieDraftStore(db: LocalDb): DraftStore {
  return {
    listQueued: async () =>
      (await db.reviewDrafts.orderBy('createdAt').toArray()).filter((draft) => draft.state === 'queued'),
    markPhotoUploaded: async (mutationId, photoId) => {
      await db.transaction('rw', db.reviewDrafts, async () => {
        const draft = await db.reviewDrafts.get(mutationId)
        if (!draft) return
        const photos = draft.photos.map((photo) => (photo.id === photoId ? { ...photo, uploaded: true } : photo))
        await db.reviewDrafts.update(mutationId, { photos })
      })
    },
    markRefused: async (mutationId, refusal) => {
      await db.reviewDrafts.update(mutationId, { state: 'refused', refusal })
    },
    remove: (mutationId) => db.reviewDrafts.delete(mutationId),
  }
}

/** The shopper's latest draft of this product (queued or refused): the form opens with it. */
export async function readDraftFor(db: LocalDb, productId: ProductId): Promise<ReviewDraft | undefined> {
  const drafts = await db.reviewDrafts.where('productId').equals(productId).sortBy('createdAt')
  return drafts.at(-1)
}

/** A new submission replaces the product's earlier drafts (a refused one the shopper just fixed). */
export async function saveDraft(db: LocalDb, draft: ReviewDraft): Promise<void> {
  await db.transaction('rw', db.reviewDrafts, async () => {
    await db.reviewDrafts.where('productId').equals(draft.productId).delete()
    await db.reviewDrafts.add(draft)
  })
}

export function discardDraft(db: LocalDb, mutationId: string): Promise<void> {
  return db.reviewDrafts.delete(mutationId)
}
