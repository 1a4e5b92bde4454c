/**
 * The `flags.changed` poke: after a committed flag write, every open event stream tells its client
 * to fetch `GET /api/flags` again, and every instance drops its cached definitions. At-most-once is
 * enough: a client that misses one refetches on its next start, focus or reconnect.
 */
import type { Bus } from '../platform/bus.ts'
import type { Logger } from '../platform/logger.ts'

export const flagsChannel = 'flags.changed'
export const flagsChangedEvent = 'flags.changed'

export async function publishFlagsChanged(deps: { bus: Bus; logger: Logger }): Promise<void> {
  try {
    await deps.bus.publish(flagsChannel, '')
  } catch (error) {
    deps.logger.warn({ err: error }, 'could not publish a flags poke')
  }
}
