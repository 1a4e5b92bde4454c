/**
 * The app's binding of the review sender (review-outbox.ts): Dexie drafts, the cached session's
 * shopper and CSRF token, one sending tab at a time (a Web Lock), and the outcomes announced on a
 * BroadcastChannel (review-outcome-channel.ts).
 */
import type { LocalDb } from '../local-data/local-db.ts'
import { withCsrfToken } from '../local-data/session.ts'
import { readSession } from '../local-data/session-cache.ts'
import { lockNames } from '../local-data/storage-keys.ts'
import { postReview, uploadReviewPhoto, type WithCsrf } from './review-api.ts'
import { dexieDraftStore } from './review-draft.ts'
import { type DraftOutcome, type ReviewRequests, sendReviewDrafts } from './review-outbox.ts'
import { announceReviewOutcome } from './review-outcome-channel.ts'

/** The review API's writes with this device's cached session token. */
export function withCsrfOf(db: LocalDb): WithCsrf {
  return (write) => withCsrfToken(db, write)
}

export function reviewRequests(db: LocalDb): ReviewRequests {
  const withCsrf = withCsrfOf(db)
  return {
    uploadPhoto: (id, blob) => uploadReviewPhoto(withCsrf, id, blob),
    postReview: (slug, mutationId, fields, photoIds) => postReview(withCsrf, slug, mutationId, fields, photoIds),
  }
}

/** Sends the signed-in shopper's queued drafts; rejects with a failure worth retrying (network, 5xx). */
export async function sendStoredReviewDrafts(db: LocalDb): Promise<readonly DraftOutcome[]> {
  if ((await db.reviewDrafts.count()) === 0) return []
  return withSendLock(async () => {
    const userId = (await readSession(db))?.user?.id ?? null
    const outcomes = await sendReviewDrafts(dexieDraftStore(db), reviewRequests(db), userId)
    for (const outcome of outcomes) announceReviewOutcome(outcome)
    return outcomes
  })
}

function withSendLock<T>(send: () => Promise<T>): Promise<T> {
  if (!('locks' in navigator)) return send()
  return navigator.locks.request(lockNames.reviewSend, send)
}
