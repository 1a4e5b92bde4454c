/**
 * Pub/sub between the parts of the server, and between server instances when Redis is configured.
 * Messages are wake-up calls only: Redis pub/sub is at-most-once and keeps no history (DESIGN §8),
 * so whatever must not be lost lives in Postgres and a handler re-reads it when woken.
 */
import type { Logger } from './logger.ts'
import type { RedisConnections } from './redis.ts'

export type BusHandler = (message: string) => void

export type Bus = {
  publish(channel: string, message: string): Promise<void>
  /** Resolves once the subscription is live (for Redis: acknowledged by the server). */
  subscribe(channel: string, handler: BusHandler): Promise<() => void>
  close(): Promise<void>
}

/** One process: each handler runs in a microtask of its own, in publish order. */
export function createInProcessBus(): Bus {
  const handlers = new Map<string, Set<BusHandler>>()
  return {
    publish: async (channel, message) => {
      for (const handler of handlers.get(channel) ?? []) queueMicrotask(() => handler(message))
    },
    subscribe: async (channel, handler) => {
      const set = handlers.get(channel) ?? new Set()
      handlers.set(channel, set)
      set.add(handler)
      return () => {
        set.delete(handler)
        if (set.size === 0 && handlers.get(channel) === set) handlers.delete(channel)
      }
    },
    close: async () => handlers.clear(),
  }
}

/**
 * Redis pub/sub: every instance subscribes to the channels its local handlers need (reference
 * counted) on the shared subscriber connection; channels carry the deployment's key prefix.
 * One bus per set of connections: the reference counts live in the bus, not in Redis.
 */
export function createRedisBus(redis: RedisConnections, logger: Logger): Bus {
  const local = createInProcessBus()
  const refs = new Map<string, number>()
  const prefixed = (channel: string) => `${redis.keyPrefix}bus:${channel}`
  const prefixLength = prefixed('').length

  redis.subscriber.on('message', (channel: string, message: string) => {
    if (channel.startsWith(prefixed(''))) void local.publish(channel.slice(prefixLength), message)
  })

  return {
    publish: async (channel, message) => {
      await redis.command.publish(prefixed(channel), message)
    },
    subscribe: async (channel, handler) => {
      const unsubscribeLocal = await local.subscribe(channel, handler)
      const count = (refs.get(channel) ?? 0) + 1
      refs.set(channel, count)
      if (count === 1) await redis.subscriber.subscribe(prefixed(channel))
      let done = false
      return () => {
        if (done) return
        done = true
        unsubscribeLocal()
        const left = (refs.get(channel) ?? 1) - 1
        if (left > 0) return void refs.set(channel, left)
        refs.delete(channel)
        redis.subscriber.unsubscribe(prefixed(channel)).catch((error: unknown) => {
          logger.warn({ err: error, channel }, 'redis unsubscribe failed')
        })
      }
    },
    close: () => local.close(),
  }
}
