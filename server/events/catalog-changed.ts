/**
 * The `inventory.changed` poke: after a committed catalog write (stock or price), every open event
 * stream tells its client to pull the catalog feed, which stays the only source of stock and prices
 * (decision 0006). The poke carries no id and is not in the per-shopper event log: at-most-once is
 * enough, because a client that misses one catches up on its next pull (start, focus, online, timer).
 */
import type { Bus } from '../platform/bus.ts'
import type { Logger } from '../platform/logger.ts'
import type { ResponseCache } from '../platform/response-cache.ts'

export const catalogChannel = 'catalog.changed'
export const inventoryChangedEvent = 'inventory.changed'

/** A stream forwards at most one poke per window; pokes inside it collapse into one at its end. */
export const catalogPokeWindowMs = 500

/**
 * Best effort after commit: the write is already durable, so a failed publish is only logged. With
 * a `responseCache` (a request's deps) the writer's own instance drops its cached catalog answers
 * before the request answers, so the writer reads its own write; every instance, this one included,
 * also drops them when the poke arrives (server/catalog/catalog-cache.ts).
 */
export async function publishCatalogChanged(deps: {
  bus: Bus
  logger: Logger
  responseCache?: ResponseCache
}): Promise<void> {
  deps.responseCache?.invalidate()
  try {
    await deps.bus.publish(catalogChannel, '')
  } catch (error) {
    deps.logger.warn({ err: error }, 'could not publish a catalog poke')
  }
}

/**
 * Leading and trailing edge: the first poke goes out at once (an admin edit shows within a tick),
 * a burst (300 concurrent checkouts) costs each stream at most one send per window.
 */
export function throttlePokes(send: () => void, windowMs = catalogPokeWindowMs) {
  let timer: ReturnType<typeof setTimeout> | undefined
  let owed = false
  const endWindow = () => {
    timer = undefined
    if (!owed) return
    owed = false
    send()
    timer = setTimeout(endWindow, windowMs)
  }
  return {
    poke(): void {
      if (timer) {
        owed = true
        return
      }
      send()
      timer = setTimeout(endWindow, windowMs)
    },
    stop(): void {
      clearTimeout(timer)
      timer = undefined
      owed = false
    },
  }
}
