import { describe, expect, it } from 'vitest'
import { redisSkipReason, useTestRedis } from '../test-support/test-redis.ts'
import { AppError } from './http-errors.ts'
import {
  createInProcessRateLimiter,
  createRedisRateLimiter,
  enforceRateLimits,
  type RateLimiter,
  type RateLimitRule,
} from './rate-limit.ts'

let ruleNumber = 0
const rule = (limit: number, windowMs: number): RateLimitRule => ({ name: `rule-${ruleNumber++}`, limit, windowMs })

function limiterContract(makeLimiter: () => RateLimiter) {
  it('allows up to the limit in a window, then refuses with the time left', async () => {
    const limiter = makeLimiter()
    const perMinute = rule(3, 60_000)
    for (let i = 0; i < 3; i++) expect((await limiter.hit(perMinute, 'ip-1')).allowed).toBe(true)
    const refused = await limiter.hit(perMinute, 'ip-1')
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfterMs).toBeGreaterThan(50_000)
    expect(refused.retryAfterMs).toBeLessThanOrEqual(60_000)
  })

  it('counts each key and each rule separately', async () => {
    const limiter = makeLimiter()
    const once = rule(1, 60_000)
    const otherRule = { ...once, name: `${once.name}-other` }
    expect((await limiter.hit(once, 'a')).allowed).toBe(true)
    expect((await limiter.hit(once, 'b')).allowed).toBe(true)
    expect((await limiter.hit(otherRule, 'a')).allowed).toBe(true)
    expect((await limiter.hit(once, 'a')).allowed).toBe(false)
  })

  it('opens a new window after the old one ends', async () => {
    const limiter = makeLimiter()
    const short = rule(1, 150)
    expect((await limiter.hit(short, 'k')).allowed).toBe(true)
    expect((await limiter.hit(short, 'k')).allowed).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 250))
    expect((await limiter.hit(short, 'k')).allowed).toBe(true)
  })

  it('throws RATE_LIMITED with a Retry-After in whole seconds when any rule is exceeded', async () => {
    const limiter = makeLimiter()
    const loose = rule(10, 60_000)
    const tight = rule(1, 30_000)
    await enforceRateLimits(limiter, [
      [loose, 'x'],
      [tight, 'x'],
    ])
    const error = await enforceRateLimits(limiter, [
      [loose, 'x'],
      [tight, 'x'],
    ]).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).code).toBe('RATE_LIMITED')
    const seconds = Number((error as AppError).headers?.['Retry-After'])
    expect(seconds).toBeGreaterThanOrEqual(29)
    expect(seconds).toBeLessThanOrEqual(30)
  })
}

describe('in-process rate limiter', () => {
  limiterContract(() => createInProcessRateLimiter())
})

const skipReason = await redisSkipReason()
describe('Redis rate limiter', () => {
  const redis = useTestRedis(skipReason)
  if (!redis) return
  limiterContract(() => createRedisRateLimiter(redis()))

  it('shares the count between instances and expires its keys', async () => {
    const first = createRedisRateLimiter(redis())
    const second = createRedisRateLimiter(redis())
    const shared = rule(2, 60_000)
    expect((await first.hit(shared, 'ip')).allowed).toBe(true)
    expect((await second.hit(shared, 'ip')).allowed).toBe(true)
    expect((await first.hit(shared, 'ip')).allowed).toBe(false)
    const ttl = await redis().command.pttl(`${redis().keyPrefix}ratelimit:${shared.name}:ip`)
    expect(ttl).toBeGreaterThan(0)
    expect(ttl).toBeLessThanOrEqual(60_000)
  })
})
