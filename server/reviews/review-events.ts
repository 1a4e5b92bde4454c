/**
 * The bus channel of review changes (written, edited, voted on, reported, decided, replied to), on
 * every instance: the admin's moderation queue stream re-reads the queue, and the response cache
 * drops the review lists it holds for guests (server/catalog/catalog-cache.ts). Devices learn of new
 * star counts through the catalog poke instead (the product's version moved).
 */
import type { Bus } from '../platform/bus.ts'
import type { Logger } from '../platform/logger.ts'

export const reviewsChannel = 'reviews.changed'

/** After a commit that changed a review. Best effort: a lost poke delays the queue until its periodic refresh. */
export async function publishReviewsChanged(deps: { bus: Bus; logger: Logger }): Promise<void> {
  try {
    await deps.bus.publish(reviewsChannel, '{}')
  } catch (error) {
    deps.logger.warn({ err: error }, 'could not publish a reviews poke')
  }
}
