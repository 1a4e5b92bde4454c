/**
 * Fixed-window rate limits (sign-in, sign-up; later checkout and search — DESIGN §6). In-process
 * for one instance; in Redis when several instances must share the count.
 */
import { ErrorCode } from '../../shared/errors.ts'
import { AppError } from './http-errors.ts'
import type { RedisConnections } from './redis.ts'

export type RateLimitRule = {
  /** Names the limit; part of the key, so two rules never share a counter. */
  readonly name: string
  readonly limit: number
  readonly windowMs: number
}

export type RateLimitDecision = { readonly allowed: boolean; readonly retryAfterMs: number }

export type RateLimiter = {
  /** Counts one attempt for `key` under `rule` and says whether it is within the limit. */
  hit(rule: RateLimitRule, key: string): Promise<RateLimitDecision>
}

/** Counts an attempt against every rule; throws RATE_LIMITED with Retry-After when one is exceeded. */
export async function enforceRateLimits(
  limiter: RateLimiter,
  checks: readonly (readonly [RateLimitRule, string])[],
): Promise<void> {
  const decisions = await Promise.all(checks.map(([rule, key]) => limiter.hit(rule, key)))
  const retryAfterMs = Math.max(0, ...decisions.filter((d) => !d.allowed).map((d) => d.retryAfterMs))
  if (decisions.every((d) => d.allowed)) return
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000))
  throw new AppError(ErrorCode.RateLimited, `Too many attempts; try again in ${seconds} s.`, undefined, {
    'Retry-After': String(seconds),
  })
}

export function createInProcessRateLimiter(now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>()
  let nextSweep = 0
  return {
    hit: async (rule, key) => {
      const at = now()
      // Drop expired windows now and then so the map cannot grow without bound.
      if (at >= nextSweep) {
        for (const [k, w] of windows) if (w.resetAt <= at) windows.delete(k)
        nextSweep = at + 60_000
      }
      const id = `${rule.name}:${key}`
      const current = windows.get(id)
      const window = current && current.resetAt > at ? current : { count: 0, resetAt: at + rule.windowMs }
      window.count += 1
      windows.set(id, window)
      return decide(window.count, rule.limit, window.resetAt - at)
    },
  }
}

// INCR and PEXPIRE in one script, so a window always gets its expiry even if a client dies between them.
const hitScript = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
return {count, ttl}
`

export function createRedisRateLimiter(redis: RedisConnections): RateLimiter {
  return {
    hit: async (rule, key) => {
      const reply = await redis.command.eval(
        hitScript,
        1,
        `${redis.keyPrefix}ratelimit:${rule.name}:${key}`,
        rule.windowMs,
      )
      const [count, ttl] = parseReply(reply)
      return decide(count, rule.limit, ttl)
    },
  }
}

function decide(count: number, limit: number, msLeft: number): RateLimitDecision {
  return count <= limit ? { allowed: true, retryAfterMs: 0 } : { allowed: false, retryAfterMs: Math.max(msLeft, 1) }
}

function parseReply(reply: unknown): [number, number] {
  if (Array.isArray(reply) && typeof reply[0] === 'number' && typeof reply[1] === 'number') return [reply[0], reply[1]]
  throw new Error(`unexpected rate limit reply from Redis: ${JSON.stringify(reply)}`)
}
