/**
 * The features' part of the cart sync, wired here at the composition root so the sync engine
 * (client/offline/sync-engine.ts) imports no feature: checkouts queued offline and review drafts go
 * out after the outbox, order events refetch the stored orders, and a change of shopper forgets the
 * previous one's orders and queued checkouts. Loaded lazily with the engine (client/main.tsx).
 */
import { forgetPendingCheckouts, sendPendingCheckouts } from './checkout/pending-checkouts.ts'
import { refreshFlags, sendPendingExposures } from './flags/flags-store.ts'
import type { SyncHooks } from './offline/sync-engine.ts'
import { forgetOrders, refreshOrders } from './orders/orders-store.ts'
import { sendStoredReviewDrafts } from './reviews/review-drafts-sync.ts'

export const syncHooks: SyncHooks = {
  sendQueued: [
    // A refused checkout is announced with its code; the others became orders.
    async (db) =>
      (await sendPendingCheckouts(db)).flatMap((answer) => (answer.outcome === 'refused' ? [answer.code] : [])),
    // Review drafts announce their own outcomes (client/reviews/review-notices.tsx).
    async (db) => {
      await sendStoredReviewDrafts(db)
      return []
    },
    // Exposures rendered offline (client/flags/flags-store.ts); they announce nothing.
    async (db) => {
      await sendPendingExposures(db)
      return []
    },
  ],
  // Review drafts are not forgotten: each names its writer and is sent only with their session.
  forgetQueued: forgetPendingCheckouts,
  refreshOrders,
  forgetOrders,
  refreshFlags: (db) => refreshFlags(db),
}
