/**
 * The app's binding of the review sender (review-outbox.ts): Dexie drafts, the cached session's
 * shopper and CSRF token, one sending tab at a time (a Web Lock), and the outcomes announced on a
 * BroadcastChannel, so whichever tab (or the sync engine) sent a draft, every open tab shows the toast.
 */
import type { LocalDb } from '../offline/local-db.ts'
import { withCsrfToken } from '../offline/session.ts'
import { readSession } from '../offline/session-cache.ts'
import { channelNames, lockNames } from '../offline/storage-keys.ts'
import { postReview, uploadReviewPhoto, type WithCsrf } from './review-api.ts'
import { dexieDraftStore } from './review-draft.ts'
import { type DraftOutcome, type ReviewRequests, sendReviewDrafts } from './review-outbox.ts'

export function reviewRequests(db: LocalDb): ReviewRequests {
  const withCsrf: WithCsrf = (write) => withCsrfToken(db, write)
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
    for (const outcome of outcomes) announce(outcome)
    return outcomes
  })
}

function withSendLock<T>(send: () => Promise<T>): Promise<T> {
  if (!('locks' in navigator)) return send()
  return navigator.locks.request(lockNames.reviewSend, send)
}

function announce(outcome: DraftOutcome): void {
  if (typeof BroadcastChannel === 'undefined') return
  const channel = new BroadcastChannel(channelNames.reviewOutcomes)
  channel.postMessage(outcome)
  channel.close()
}

/** Calls `listener` with every outcome sent from this or another tab; returns the function that stops. */
export function listenForReviewOutcomes(listener: (outcome: DraftOutcome) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {}
  const channel = new BroadcastChannel(channelNames.reviewOutcomes)
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isDraftOutcome(event.data)) listener(event.data)
  }
  return () => channel.close()
}

function isDraftOutcome(value: unknown): value is DraftOutcome {
  if (typeof value !== 'object' || value === null) return false
  const o = value as Record<string, unknown>
  return (
    typeof o.mutationId === 'string' &&
    typeof o.slug === 'string' &&
    typeof o.productName === 'string' &&
    (o.kind === 'published' || o.kind === 'pending' || (o.kind === 'refused' && typeof o.code === 'string'))
  )
}
