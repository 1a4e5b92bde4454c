/**
 * After a commit, wakes the shopper's streams on every instance. Best effort by design: the event is
 * already in the log, so a lost poke delays delivery until the stream's next catch-up read (at the
 * latest its heartbeat) but never loses it.
 */
import type { Bus } from '../platform/bus.ts'
import type { Logger } from '../platform/logger.ts'
import { shopperChannel } from './shopper-event.ts'

export type Poke = { readonly shopperId: string; readonly eventId: number }

export async function publishPokes(deps: { bus: Bus; logger: Logger }, pokes: readonly Poke[]): Promise<void> {
  const latest = new Map<string, number>()
  for (const poke of pokes) latest.set(poke.shopperId, Math.max(latest.get(poke.shopperId) ?? 0, poke.eventId))
  await Promise.all(
    [...latest].map(async ([shopperId, eventId]) => {
      try {
        await deps.bus.publish(shopperChannel(shopperId), JSON.stringify({ eventId }))
      } catch (error) {
        deps.logger.warn({ err: error, shopperId, eventId }, 'could not publish an event poke')
      }
    }),
  )
}
