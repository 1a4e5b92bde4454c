/**
 * The two-layer cache of catalog answers (DESIGN §9, issue 11): L1 in this process (an LRU bounded by
 * bytes), L2 in Redis when REDIS_URL is set, both holding finished representations (encoded bodies +
 * ETag), so a hit costs no query, no serialization and no compression.
 *
 * Everything in it is derived from the catalog, and any catalog change makes all of it stale: one
 * generation for the lot. Every path that learns of a change calls `invalidate()` — the writer right
 * after its commit, other instances through the bus, and the catalog change feed as the safety net
 * for a lost message (server/catalog/catalog-cache.ts). Coarse on purpose: a change is rare next to
 * reads, and precise keys would have to know which lists a product appears in.
 *
 * Races: a fill that began before an invalidation must not store stale data after it. L1 entries are
 * stored only while the generation they were filled under is still current; L2 entries are keyed by
 * the shared epoch read before the fill, and every invalidation moves the epoch, so a late write
 * lands under an epoch nobody reads any more.
 */
import { LRUCache } from 'lru-cache'
import { encodedByteLength } from './content-encoding.ts'
import type { Logger } from './logger.ts'
import type { RedisConnections } from './redis.ts'
import type { Representation } from './representation.ts'
import { decodeRepresentation, encodeRepresentation } from './representation-codec.ts'

export type CacheLayer = 'l1' | 'l2'

export type CacheObserver = {
  lookup(layer: CacheLayer, hit: boolean): void
  evicted(count: number): void
  sized(bytes: number, entries: number): void
  invalidated(): void
}

export type ResponseCache = {
  /** The representation under `key`, made by `fill` on a miss; concurrent misses share one fill. */
  get(key: string, fill: () => Promise<Representation>): Promise<Representation>
  /** Everything cached so far is stale, here and (through the shared epoch) in L2. */
  invalidate(): void
  /** Whether entries are kept at all (SERVER_CACHE_MB=0 turns the cache off). */
  readonly enabled: boolean
}

export type ResponseCacheOptions = {
  readonly maxBytes: number
  /** Safety net only: invalidation, not expiry, is what keeps entries fresh. */
  readonly ttlMs?: number
  readonly redis?: RedisConnections | undefined
  readonly logger: Logger
  readonly observer?: CacheObserver
}

const defaultTtlMs = 5 * 60_000
const noObserver: CacheObserver = { lookup: () => {}, evicted: () => {}, sized: () => {}, invalidated: () => {} }

export function createResponseCache(options: ResponseCacheOptions): ResponseCache {
  const observer = options.observer ?? noObserver
  if (options.maxBytes <= 0) {
    return { get: (_key, fill) => fill(), invalidate: () => {}, enabled: false }
  }
  const ttl = options.ttlMs ?? defaultTtlMs
  const l1 = new LRUCache<string, Representation>({
    maxSize: options.maxBytes,
    sizeCalculation: (value, key) => encodedByteLength(value.body) + key.length + 200,
    ttl,
    // Only entries pushed out for room: an invalidation's clear() is counted on its own.
    disposeAfter: (_value, _key, reason) => {
      if (reason === 'evict') observer.evicted(1)
    },
  })
  const l2 = options.redis ? redisLayer(options.redis, ttl, options.logger) : undefined
  const filling = new Map<string, Promise<Representation>>()
  let generation = 0

  const report = () => observer.sized(l1.calculatedSize, l1.size)

  async function load(key: string, fill: () => Promise<Representation>): Promise<Representation> {
    const startedIn = generation
    const keep = (representation: Representation) => {
      if (startedIn === generation) {
        l1.set(key, representation)
        report()
      }
      return representation
    }
    const epoch = l2 ? await l2.epoch() : undefined
    if (l2 && epoch !== undefined) {
      const shared = await l2.get(epoch, key)
      observer.lookup('l2', shared !== undefined)
      if (shared) return keep(shared)
    }
    const made = await fill()
    if (l2 && epoch !== undefined) await l2.set(epoch, key, made)
    return keep(made)
  }

  return {
    enabled: true,
    get(key, fill) {
      const hit = l1.get(key)
      observer.lookup('l1', hit !== undefined)
      if (hit) return Promise.resolve(hit)
      const pending = filling.get(key)
      if (pending) return pending
      const loading = load(key, fill).finally(() => {
        if (filling.get(key) === loading) filling.delete(key)
      })
      filling.set(key, loading)
      return loading
    },
    invalidate() {
      generation += 1
      observer.invalidated()
      // Fills already running finish for their own callers; later callers start afresh.
      filling.clear()
      l1.clear()
      report()
      l2?.bump()
    },
  }
}

type SharedLayer = {
  /** The current epoch; a Redis failure reads as "no shared layer" for this request. */
  epoch(): Promise<string | undefined>
  get(epoch: string, key: string): Promise<Representation | undefined>
  /** Resolves once stored (or failed, logged): after a fill, other instances can read it. */
  set(epoch: string, key: string, representation: Representation): Promise<void>
  bump(): void
}

/** L2: a failing Redis costs a fill, never a failed request (logged at most once a minute). */
function redisLayer(redis: RedisConnections, ttlMs: number, logger: Logger): SharedLayer {
  const epochKey = `${redis.keyPrefix}cache:epoch`
  const entryKey = (epoch: string, key: string) => `${redis.keyPrefix}cache:${epoch}:${key}`
  let lastWarning = 0
  const warn = (error: unknown, action: string) => {
    const now = Date.now()
    if (now - lastWarning < 60_000) return
    lastWarning = now
    logger.warn({ err: error, action }, 'shared response cache unavailable, answering from the database')
  }
  return {
    async epoch() {
      try {
        return (await redis.command.get(epochKey)) ?? '0'
      } catch (error) {
        warn(error, 'epoch')
        return undefined
      }
    },
    async get(epoch, key) {
      try {
        const stored = await redis.command.getBuffer(entryKey(epoch, key))
        return stored ? decodeRepresentation(stored) : undefined
      } catch (error) {
        warn(error, 'get')
        return undefined
      }
    },
    async set(epoch, key, representation) {
      try {
        await redis.command.set(entryKey(epoch, key), encodeRepresentation(representation), 'PX', ttlMs)
      } catch (error) {
        warn(error, 'set')
      }
    },
    bump() {
      redis.command.incr(epochKey).catch((error: unknown) => warn(error, 'invalidate'))
    },
  }
}
