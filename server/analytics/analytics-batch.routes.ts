/**
 * `POST /api/events/batch` (issue 17 §2): the shop's client sends its recorded analytics events
 * here, from the outbox drain and from `navigator.sendBeacon` on `pagehide`. Mounted outside the
 * CSRF-checked /api app, like CSP reports: a beacon cannot set our CSRF header, and the route needs
 * no session — events carry the device's anonymous id, nothing is read from or written to a cookie,
 * and a batch grants no authority. What still guards it: the browser's provenance headers must say
 * same-origin (another site cannot pour events into our counts), a rate limit per client address
 * (the address is only the limiter's key, never stored), the /api body limit, and the strict shared
 * schema. A browser sending Global Privacy Control or Do Not Track has its events dropped unread.
 */
import { Hono } from 'hono'
import { analyticsEventBatchSchema } from '../../shared/analytics/analytics-event-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { clientIp } from '../platform/client-ip.ts'
import { hasSameOriginProvenance } from '../platform/csrf.ts'
import { AppError } from '../platform/http-errors.ts'
import { enforceRateLimits, type RateLimitRule } from '../platform/rate-limit.ts'
import { fieldIssues, pathsWithNul } from '../platform/validation.ts'
import { ingestAnalyticsBatch } from './analytics.service.ts'

/** A device flushes at idle and on page hide: a few batches a minute; 120 leaves room for a shared address. */
export const analyticsBatchesPerIp: RateLimitRule = { name: 'analytics-batch-ip', limit: 120, windowMs: 60_000 }

// sendBeacon with a string body sends text/plain (no preflight); fetch sends application/json.
const batchMediaTypes = new Set(['application/json', 'text/plain'])

/** True when the browser asks not to be tracked: Global Privacy Control or Do Not Track. */
function optedOut(header: (name: string) => string | undefined): boolean {
  return header('sec-gpc') === '1' || header('dnt') === '1'
}

export const analyticsBatchRoutes = new Hono<AppEnv>().post('/', async (c) => {
  const { deps } = c.var
  if (!hasSameOriginProvenance(c)) throw new AppError(ErrorCode.CsrfFailed, 'Cross-site request refused.')
  await enforceRateLimits(deps.rateLimiter, [[analyticsBatchesPerIp, clientIp(c, deps.config.trustProxy)]])
  if (optedOut((name) => c.req.header(name))) return c.json({ accepted: 0, duplicates: 0 }, 202)
  const mediaType = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
  if (!batchMediaTypes.has(mediaType))
    throw new AppError(ErrorCode.InvalidInput, 'The request is invalid.', [
      { path: 'header.content-type', message: 'must be application/json or text/plain' },
    ])
  let body: unknown
  try {
    body = JSON.parse(await c.req.text())
  } catch {
    throw new AppError(ErrorCode.InvalidInput, 'The request is invalid.', [{ path: 'body', message: 'is not JSON' }])
  }
  const batch = analyticsEventBatchSchema.safeParse(body)
  if (!batch.success)
    throw new AppError(ErrorCode.InvalidInput, 'The request is invalid.', fieldIssues('body', batch.error.issues))
  const nul = pathsWithNul(batch.data)
  if (nul.length > 0)
    throw new AppError(
      ErrorCode.InvalidInput,
      'The request is invalid.',
      nul.map((path) => ({
        path: ['body', ...path.map(String)].join('.'),
        message: 'must not contain a NUL character',
      })),
    )
  return c.json(await ingestAnalyticsBatch(deps, batch.data.events), 202)
})
