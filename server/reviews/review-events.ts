/**
 * The bus channel of review changes: the admin's moderation queue stream listens to it, so a review
 * written, reported or decided on any instance shows at once (a poke; the stream re-reads the queue).
 * Product pages learn of new star counts through the catalog poke instead (the product's version moved).
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
