/**
 * What the review form does on submit. A new review always becomes a draft in Dexie first (its
 * mutationId and photo ids made now), then is sent at once when online; whatever cannot be sent now
 * stays for the sync engine (review-outbox.ts). An edit of a review the server holds is sent
 * directly: it needs the network, and the form says so.
 */
import type { Product } from '../../shared/catalog/product.ts'
import { asReviewPhotoId, type OwnReview, type ReviewPhotoId, type ReviewRating } from '../../shared/reviews/review.ts'
import type { LocalDb } from '../local-data/local-db.ts'
import { ApiError } from '../platform/api-client.ts'
import { patchReview, uploadReviewPhoto } from './review-api.ts'
import { type ReviewDraft, saveDraft } from './review-draft.ts'
import { sendStoredReviewDrafts, withCsrfOf } from './review-drafts-sync.ts'
import type { DraftOutcome } from './review-outbox.ts'

/** A photo in the form: `blob` null when the server already holds it (an edited review's photo). */
export type FormPhoto = { readonly id: ReviewPhotoId; readonly blob: Blob | null; readonly url: string }

export type ReviewFormFields = {
  readonly variantId: string | null
  readonly rating: ReviewRating
  readonly title: string
  readonly body: string
}

/** `saved`: kept on this device until it can be sent. */
export type SubmitResult = { readonly kind: 'saved' } | { readonly kind: 'answered'; readonly outcome: DraftOutcome }

export function newPhotoId(): ReviewPhotoId {
  return asReviewPhotoId(crypto.randomUUID())
}

export async function submitNewReview(
  db: LocalDb,
  input: {
    readonly product: Pick<Product, 'id' | 'slug' | 'name'>
    readonly userId: string
    readonly fields: ReviewFormFields
    readonly photos: readonly FormPhoto[]
    /** A queued draft being changed before it was sent keeps its mutationId: one review either way. */
    readonly mutationId: string | null
  },
  now: Date = new Date(),
): Promise<SubmitResult> {
  const draft: ReviewDraft = {
    mutationId: input.mutationId ?? crypto.randomUUID(),
    productId: input.product.id,
    slug: input.product.slug,
    productName: input.product.name,
    userId: input.userId,
    ...input.fields,
    title: input.fields.title.trim(),
    body: input.fields.body.trim(),
    photos: input.photos.flatMap((photo) => (photo.blob ? [{ id: photo.id, blob: photo.blob, uploaded: false }] : [])),
    state: 'queued',
    refusal: null,
    createdAt: now.toISOString(),
  }
  await saveDraft(db, draft)
  if (!navigator.onLine) return { kind: 'saved' }
  try {
    const outcome = (await sendStoredReviewDrafts(db)).find((o) => o.mutationId === draft.mutationId)
    return outcome ? { kind: 'answered', outcome } : { kind: 'saved' }
  } catch (error) {
    // Network or server trouble: the draft waits for the sync engine's next flush.
    if (error instanceof ApiError) return { kind: 'saved' }
    throw error
  }
}

/** Uploads the photos added in the form, then sends the edit. Rejects with the ApiError as answered. */
export async function submitEdit(
  db: LocalDb,
  own: OwnReview,
  fields: ReviewFormFields,
  photos: readonly FormPhoto[],
): Promise<OwnReview> {
  const withCsrf = withCsrfOf(db)
  for (const photo of photos) if (photo.blob) await uploadReviewPhoto(withCsrf, photo.id, photo.blob)
  return patchReview(withCsrf, own.id, {
    rating: fields.rating,
    title: fields.title.trim(),
    body: fields.body.trim(),
    photoIds: photos.map((photo) => photo.id),
  })
}
