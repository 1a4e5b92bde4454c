/**
 * Redis for tests, mirroring databaseTargets(): suites that need Redis run against the server at
 * TEST_REDIS_URL with a key prefix of their own (deleted afterwards). An unreachable Redis skips
 * them with the reason, unless STOREFRONT_REQUIRE_SERVICES=1 (CI), where it fails them instead.
 */
import { randomBytes } from 'node:crypto'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, it } from 'vitest'
import { createLogger } from '../platform/logger.ts'
import { openRedis, type RedisConnections } from '../platform/redis.ts'

// Read here rather than through server/env.ts: these configure the test run, not the server.
export const testRedisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const requireServices = process.env.STOREFRONT_REQUIRE_SERVICES === '1'

let reachability: Promise<string | undefined> | undefined

/** Why Redis cannot be used by this run, or undefined when it can (throws when CI requires it). */
export async function redisSkipReason(): Promise<string | undefined> {
  reachability ??= probeRedis(testRedisUrl)
  const unreachable = await reachability
  if (!unreachable) return undefined
  if (requireServices) throw new Error(`STOREFRONT_REQUIRE_SERVICES=1 but Redis is unreachable: ${unreachable}`)
  return `Redis unreachable at ${testRedisUrl}: ${unreachable}`
}

/** A unique key prefix for one suite, so parallel runs sharing one Redis never see each other. */
export function uniqueRedisPrefix(): string {
  return `storefront-test:${randomBytes(6).toString('hex')}:`
}

/**
 * Opens Redis connections with a fresh prefix before the suite and, afterwards, closes them and
 * deletes every key under the prefix. Returns a getter, or null (with one skipped test naming the
 * reason) when Redis is unreachable.
 */
export function useTestRedis(skipReason: string | undefined): (() => RedisConnections) | null {
  if (skipReason) {
    it.skip(`skipped: ${skipReason}`, () => {})
    return null
  }
  const keyPrefix = uniqueRedisPrefix()
  const opened: RedisConnections[] = []
  beforeAll(async () => {
    opened.push(await openRedis({ url: testRedisUrl, keyPrefix }, createLogger('silent')))
  })
  afterAll(async () => {
    for (const redis of opened) {
      await deleteKeys(redis.command, keyPrefix)
      await redis.close()
    }
  })
  return () => {
    const redis = opened[0]
    if (!redis) throw new Error('Redis is opened in beforeAll')
    return redis
  }
}

async function deleteKeys(client: Redis, prefix: string): Promise<void> {
  let cursor = '0'
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500)
    if (keys.length > 0) await client.del(...keys)
    cursor = next
  } while (cursor !== '0')
}

async function probeRedis(url: string): Promise<string | undefined> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: 2000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  })
  client.on('error', () => {})
  try {
    await client.connect()
    await client.ping()
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  } finally {
    client.disconnect()
  }
}
