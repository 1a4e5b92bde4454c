/**
 * How the outcome of a sent review draft reaches every open tab: whichever tab (or the sync engine)
 * sent it, each shows the toast. Kept apart from the sender: the app shell listens from the start.
 */
import { channelNames } from '../local-data/storage-keys.ts'
import type { DraftOutcome } from './review-outbox.ts'

export function announceReviewOutcome(outcome: DraftOutcome): void {
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
