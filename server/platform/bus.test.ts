import { afterAll, describe, expect, it } from 'vitest'
import { redisSkipReason, useTestRedis } from '../test-support/test-redis.ts'
import { type Bus, createInProcessBus, createRedisBus } from './bus.ts'
import { createLogger } from './logger.ts'
import { openRedis, type RedisConnections } from './redis.ts'

const logger = createLogger('silent')

function receiver() {
  const messages: string[] = []
  let notify = () => {}
  return {
    messages,
    handler: (message: string) => {
      messages.push(message)
      notify()
    },
    async waitFor(count: number, timeoutMs = 2000) {
      const deadline = Date.now() + timeoutMs
      while (messages.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${messages.length}`)
        await new Promise<void>((resolve) => {
          notify = resolve
          setTimeout(resolve, 20)
        })
      }
      return messages
    },
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 100))

function busContract(name: string, makeBuses: () => Promise<[Bus, Bus]>) {
  describe(name, () => {
    it('delivers a message to every subscriber of the channel, in publish order', async () => {
      const [publisher, subscriber] = await makeBuses()
      const first = receiver()
      const second = receiver()
      await subscriber.subscribe('orders', first.handler)
      await subscriber.subscribe('orders', second.handler)
      await publisher.publish('orders', 'one')
      await publisher.publish('orders', 'two')
      expect(await first.waitFor(2)).toEqual(['one', 'two'])
      expect(await second.waitFor(2)).toEqual(['one', 'two'])
    })

    it('keeps channels apart and stops delivering after unsubscribe', async () => {
      const [publisher, subscriber] = await makeBuses()
      const a = receiver()
      const b = receiver()
      const stopA = await subscriber.subscribe('channel-a', a.handler)
      await subscriber.subscribe('channel-b', b.handler)
      await publisher.publish('channel-a', 'for a')
      expect(await a.waitFor(1)).toEqual(['for a'])
      stopA()
      stopA() // idempotent
      await settle()
      await publisher.publish('channel-a', 'too late')
      await publisher.publish('channel-b', 'for b')
      expect(await b.waitFor(1)).toEqual(['for b'])
      await settle()
      expect(a.messages).toEqual(['for a'])
    })

    it('keeps delivering to the other subscriber of a channel when one leaves', async () => {
      const [publisher, subscriber] = await makeBuses()
      const leaving = receiver()
      const staying = receiver()
      const leave = await subscriber.subscribe('shared', leaving.handler)
      await subscriber.subscribe('shared', staying.handler)
      leave()
      await settle()
      await publisher.publish('shared', 'still here')
      expect(await staying.waitFor(1)).toEqual(['still here'])
      expect(leaving.messages).toEqual([])
    })
  })
}

busContract('in-process bus', async () => {
  const bus = createInProcessBus()
  return [bus, bus]
})

const skipReason = await redisSkipReason()
describe('Redis bus between two instances', () => {
  const redis = useTestRedis(skipReason)
  if (!redis) return
  const extra: RedisConnections[] = []
  afterAll(async () => {
    for (const connections of extra) await connections.close()
  })
  busContract('two instances sharing one Redis', async () => {
    // A second set of connections with the same prefix plays the other server instance.
    const other = await openRedis({ url: redisUrlOf(redis()), keyPrefix: redis().keyPrefix }, logger)
    extra.push(other)
    return [createRedisBus(redis(), logger), createRedisBus(other, logger)]
  })

  it('does not deliver across key prefixes', async () => {
    const other = await openRedis({ url: redisUrlOf(redis()), keyPrefix: `${redis().keyPrefix}other:` }, logger)
    extra.push(other)
    const mine = receiver()
    await createRedisBus(redis(), logger).subscribe('prefixed', mine.handler)
    await createRedisBus(other, logger).publish('prefixed', 'foreign')
    await settle()
    expect(mine.messages).toEqual([])
  })
})

function redisUrlOf(connections: RedisConnections): string {
  const { host, port, db } = connections.command.options
  return `redis://${host ?? '127.0.0.1'}:${port ?? 6379}/${db ?? 0}`
}
