/**
 * The gate of every `/api/v1` route: `requireApiKey(scope)` accepts only `Authorization: Bearer
 * <token>` — never a session cookie — and answers a missing, malformed, unknown, wrong, revoked or
 * expired key with 401 (WWW-Authenticate: Bearer), a key without the route's scope with 403, and a
 * key over its per-minute budget with 429 and Retry-After (counted in Redis across instances when
 * configured). An accepted request is counted in the key's audit log before the handler runs.
 * Requests without a valid key have a per-address budget too; past it they get 429 and write nothing.
 */
import { createMiddleware } from 'hono/factory'
import type { ApiKeyScope } from '../../shared/api-keys/api-key.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { clientIp } from '../platform/client-ip.ts'
import { AppError } from '../platform/http-errors.ts'
import { enforceRateLimits, type RateLimitRule } from '../platform/rate-limit.ts'
import {
  type AuthenticatedApiKey,
  type Authentication,
  authenticateApiKey,
  type KeyRequest,
  recordDenial,
  recordUse,
} from './api-key-auth.service.ts'

export type ApiKeyEnv = AppEnv & { Variables: { apiKey: AuthenticatedApiKey } }

export type ApiKeyGuardOptions = {
  /** Count accepted requests in the audit log (default). Off only to measure its cost (bench/). */
  readonly recordUses?: boolean
}

const bearer = /^Bearer ([^\s]+)$/i

export function integrationRateLimit(requestsPerMinute: number): RateLimitRule {
  return { name: 'api-key', limit: requestsPerMinute, windowMs: 60_000 }
}

/** Requests with no valid key, per client address: enough for a misconfigured client to notice. */
export const invalidApiKeyPerIp: RateLimitRule = { name: 'api-key-invalid-ip', limit: 30, windowMs: 60_000 }
/** Audited denials per key, whatever the addresses (a botnet guessing one key's secret). */
export const auditedDenialsPerKey: RateLimitRule = { name: 'api-key-denials', limit: 60, windowMs: 60_000 }

export function requireApiKey(scope: ApiKeyScope, options: ApiKeyGuardOptions = {}) {
  return createMiddleware<ApiKeyEnv>(async (c, next) => {
    const { deps } = c.var
    const request: KeyRequest = {
      route: `${c.req.method} ${c.req.routePath}`,
      ip: clientIp(c, deps.config.trustProxy),
    }
    const header = c.req.header('authorization')
    const token = header === undefined ? undefined : (bearer.exec(header)?.[1] ?? '')
    const authentication = await authenticateApiKey(deps, token)
    if (!authentication.ok) {
      // Over the address's budget: a 429 that writes nothing, so a flood costs one key read each.
      await enforceRateLimits(deps.rateLimiter, [[invalidApiKeyPerIp, request.ip]])
      const { keyId, reason } = authentication
      if (keyId && (await deps.rateLimiter.hit(auditedDenialsPerKey, keyId)).allowed)
        await recordDenial(deps, keyId, request, reason)
      throw new AppError(ErrorCode.Unauthenticated, unauthenticatedDetail[reason], undefined, {
        'WWW-Authenticate': 'Bearer realm="api"',
      })
    }
    const { key } = authentication
    await enforceRateLimits(deps.rateLimiter, [[integrationRateLimit(deps.config.apiKeys.requestsPerMinute), key.id]])
    if (!key.scopes.includes(scope)) {
      await recordDenial(deps, key.id, request, `missing scope ${scope}`)
      throw new AppError(ErrorCode.Forbidden, `This key lacks the ${scope} scope.`)
    }
    if (options.recordUses !== false) await recordUse(deps, key, request)
    c.set('apiKey', key)
    c.header('Cache-Control', 'no-store')
    await next()
  })
}

// The secret is checked before the key's status, so only a caller holding it learns that the key was
// revoked or has expired; everyone else hears "not valid".
const unauthenticatedDetail: Record<Extract<Authentication, { ok: false }>['reason'], string> = {
  missing: 'Send an API key: Authorization: Bearer <key>.',
  malformed: 'The Authorization header does not hold an API key.',
  unknown: 'The API key is not valid.',
  wrong_secret: 'The API key is not valid.',
  revoked: 'The API key was revoked.',
  expired: 'The API key has expired.',
}
