/**
 * Sends the review drafts written on this device (issue 15). The sync engine calls it after the
 * outbox and the queued checkouts — so on start, on `online`, on focus and on every flush — and
 * retries with backoff when it rejects. Per draft: every photo is PUT under its own stored id, then
 * the review is POSTed with the draft's mutationId (a resend answers the same review), then the
 * draft is deleted. A refusal (4xx) keeps the draft as `refused` for the form to reopen; a 401 (signed
 * out) keeps it queued; a network error or 5xx rejects, so nothing is lost and it is sent again.
 */
import type { OwnReview, ReviewPhotoId } from '../../shared/reviews/review.ts'
import { ApiError } from '../platform/api-client.ts'
import type { ReviewDraftFields } from './review-api.ts'
import type { DraftStore, ReviewDraft } from './review-draft.ts'

export type ReviewRequests = {
  readonly uploadPhoto: (id: ReviewPhotoId, blob: Blob) => Promise<unknown>
  readonly postReview: (
    slug: string,
    mutationId: string,
    fields: ReviewDraftFields,
    photoIds: readonly ReviewPhotoId[],
  ) => Promise<OwnReview>
}

/** What became of one draft, for the toast on every tab. */
export type DraftOutcome = {
  readonly mutationId: string
  readonly slug: string
  readonly productName: string
} & (
  | { readonly kind: 'published' | 'pending' }
  | { readonly kind: 'refused'; readonly code: string; readonly field: string | null }
)

/**
 * Sends the queued drafts of `userId` (null: a guest, who cannot send any). Resolves with the
 * outcomes of the drafts the server answered; rejects with the first failure worth retrying.
 */
export async function sendReviewDrafts(
  store: DraftStore,
  requests: ReviewRequests,
  userId: string | null,
): Promise<DraftOutcome[]> {
  if (userId === null) return []
  const outcomes: DraftOutcome[] = []
  for (const draft of await store.listQueued()) {
    if (draft.userId !== userId) continue
    const outcome = await sendOne(store, requests, draft)
    if (outcome === 'signed-out') break
    outcomes.push(outcome)
  }
  return outcomes
}

async function sendOne(
  store: DraftStore,
  requests: ReviewRequests,
  draft: ReviewDraft,
): Promise<DraftOutcome | 'signed-out'> {
  const about = { mutationId: draft.mutationId, slug: draft.slug, productName: draft.productName }
  let review: OwnReview
  try {
    for (const photo of draft.photos) {
      if (photo.uploaded) continue
      await requests.uploadPhoto(photo.id, photo.blob)
      await store.markPhotoUploaded(draft.mutationId, photo.id)
    }
    const fields = { variantId: draft.variantId, rating: draft.rating, title: draft.title, body: draft.body }
    review = await requests.postReview(
      draft.slug,
      draft.mutationId,
      fields,
      draft.photos.map((photo) => photo.id),
    )
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return 'signed-out'
    if (!isRefusal(error)) throw error
    const refusal = { code: error.code, field: refusedField(error) }
    await store.markRefused(draft.mutationId, refusal)
    return { ...about, kind: 'refused', ...refusal }
  }
  await store.remove(draft.mutationId)
  return { ...about, kind: review.status === 'published' ? 'published' : 'pending' }
}

/** A 4xx other than 401 and 429 will not change by sending it again. */
export function isRefusal(error: unknown): error is ApiError {
  return error instanceof ApiError && error.status !== null && error.status < 500 && error.status !== 429
}

/** The form field a 400 named (`json.title` → `title`); null when none. */
export function refusedField(error: ApiError): string | null {
  const path = error.issues[0]?.path
  return path ? (path.replace(/^json\./, '').split('.')[0] ?? null) : null
}
