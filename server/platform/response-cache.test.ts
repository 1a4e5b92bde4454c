import { afterAll, describe, expect, it } from 'vitest'
import { redisSkipReason, testRedisUrl, useTestRedis } from '../test-support/test-redis.ts'
import { createLogger } from './logger.ts'
import { openRedis, type RedisConnections } from './redis.ts'
import type { Representation } from './representation.ts'
import { makeJsonRepresentation } from './representation.ts'
import { type CacheObserver, createResponseCache } from './response-cache.ts'

const logger = createLogger('silent')
const megabyte = 1024 * 1024

/** A fill that counts its calls and answers `value` (read when it runs, so a test can change it). */
function countingFill(initial: unknown) {
  const state = { calls: 0, value: initial, release: Promise.resolve() }
  const fill = async (): Promise<Representation> => {
    state.calls += 1
    const value = state.value
    await state.release
    return makeJsonRepresentation(value, 'public')
  }
  return { state, fill }
}

const bodyOf = (representation: Representation) =>
  JSON.parse(new TextDecoder().decode(representation.body.identity)) as unknown

function recordingObserver() {
  const seen = { hits: 0, misses: 0, evicted: 0, bytes: 0 }
  const observer: CacheObserver = {
    lookup: (layer, hit) => {
      if (layer !== 'l1') return
      if (hit) seen.hits += 1
      else seen.misses += 1
    },
    evicted: (count) => {
      seen.evicted += count
    },
    sized: (bytes) => {
      seen.bytes = bytes
    },
    invalidated: () => {},
  }
  return { seen, observer }
}

describe('the response cache in process', () => {
  it('fills a key once however many requests miss it at the same time', async () => {
    const cache = createResponseCache({ maxBytes: megabyte, logger })
    let open: () => void = () => {}
    const { state, fill } = countingFill({ n: 1 })
    state.release = new Promise((resolve) => {
      open = resolve
    })
    const answers = Promise.all(Array.from({ length: 20 }, () => cache.get('k', fill)))
    open()
    expect(new Set((await answers).map((r) => r.etag)).size).toBe(1)
    expect(state.calls).toBe(1)
    await cache.get('k', fill)
    expect(state.calls).toBe(1)
  })

  it('fills again after an invalidation, with what is current then', async () => {
    const cache = createResponseCache({ maxBytes: megabyte, logger })
    const { state, fill } = countingFill({ price: 100 })
    expect(bodyOf(await cache.get('k', fill))).toEqual({ price: 100 })
    state.value = { price: 90 }
    expect(bodyOf(await cache.get('k', fill))).toEqual({ price: 100 })
    cache.invalidate()
    expect(bodyOf(await cache.get('k', fill))).toEqual({ price: 90 })
  })

  it('does not keep what a fill read before an invalidation that came while it ran', async () => {
    const cache = createResponseCache({ maxBytes: megabyte, logger })
    let open: () => void = () => {}
    const { state, fill } = countingFill({ price: 100 })
    state.release = new Promise((resolve) => {
      open = resolve
    })
    const stale = cache.get('k', fill)
    cache.invalidate() // the write committed while the fill was reading
    state.value = { price: 90 }
    state.release = Promise.resolve()
    // A request after the invalidation does not join the stale fill…
    expect(bodyOf(await cache.get('k', fill))).toEqual({ price: 90 })
    open()
    // …and the stale fill, finishing last, answers its own caller but is not stored.
    expect(bodyOf(await stale)).toEqual({ price: 100 })
    expect(bodyOf(await cache.get('k', fill))).toEqual({ price: 90 })
    expect(state.calls).toBe(2)
  })

  it('stays within its byte budget by evicting the least recently used, and says so', async () => {
    const { seen, observer } = recordingObserver()
    const cache = createResponseCache({ maxBytes: 64 * 1024, logger, observer })
    const large = 'x'.repeat(10_000) // ~10 kB of JSON each, every encoding counted
    for (let i = 0; i < 40; i++) await cache.get(`k${i}`, countingFill({ large, i }).fill)
    expect(seen.bytes).toBeLessThanOrEqual(64 * 1024)
    expect(seen.evicted).toBeGreaterThan(0)
    expect(seen.misses).toBe(40)
    await cache.get('k39', countingFill({}).fill)
    expect(seen.hits).toBe(1)
  })

  it('fills every time when turned off (SERVER_CACHE_MB=0)', async () => {
    const cache = createResponseCache({ maxBytes: 0, logger })
    const { state, fill } = countingFill({ n: 1 })
    await cache.get('k', fill)
    await cache.get('k', fill)
    expect(cache.enabled).toBe(false)
    expect(state.calls).toBe(2)
  })

  it('passes a failed fill to its callers and keeps nothing', async () => {
    const cache = createResponseCache({ maxBytes: megabyte, logger })
    await expect(cache.get('k', () => Promise.reject(new Error('no such product')))).rejects.toThrow('no such product')
    const { state, fill } = countingFill({ n: 1 })
    await cache.get('k', fill)
    expect(state.calls).toBe(1)
  })
})

const redisSkip = await redisSkipReason()

describe('the response cache with Redis as the shared layer', () => {
  const redis = useTestRedis(redisSkip)
  if (!redis) return
  const opened: RedisConnections[] = []
  afterAll(async () => {
    for (const connections of opened) await connections.close()
  })
  /** Another instance: its own connections and its own L1, the same Redis prefix. */
  const instance = async () => {
    const connections = await openRedis({ url: testRedisUrl, keyPrefix: redis().keyPrefix }, logger)
    opened.push(connections)
    return createResponseCache({ maxBytes: megabyte, redis: connections, logger })
  }

  it('answers another instance from Redis without a fill', async () => {
    const one = await instance()
    const two = await instance()
    const first = countingFill({ price: 100 })
    await one.get('shared', first.fill)
    const second = countingFill({ price: 999 })
    const answer = await two.get('shared', second.fill)
    expect(bodyOf(answer)).toEqual({ price: 100 })
    expect(second.state.calls).toBe(0)
  })

  it('moves every instance to a new epoch on invalidation, so no instance reads the old entry again', async () => {
    const one = await instance()
    await one.get('moved', countingFill({ price: 100 }).fill)
    one.invalidate()
    // The epoch bump is sent without waiting; give it a round trip.
    await redis().command.ping()
    const three = await instance()
    const fresh = countingFill({ price: 90 })
    expect(bodyOf(await three.get('moved', fresh.fill))).toEqual({ price: 90 })
    expect(fresh.state.calls).toBe(1)
  })
})
