import { Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { z } from 'zod'
import { anonymousIdHeader, searchClickInput, searchQuery, suggestQuery } from '../../shared/search/search-query.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { clientIp } from '../platform/client-ip.ts'
import { enforceRateLimits, type RateLimitRule } from '../platform/rate-limit.ts'
import { validate } from '../platform/validation.ts'
import { reportClick, searchCatalog, suggestCompletions } from './search.service.ts'

// Per client address (DESIGN §6). Typing asks for suggestions at most every debounce (120 ms), about
// 80 per 10 s flat out; a person does not submit a search every 170 ms. The offline index answers
// when the server refuses, so a limited shopper still gets results.
export const searchPerIp: RateLimitRule = { name: 'search-ip', limit: 60, windowMs: 10_000 }
export const suggestPerIp: RateLimitRule = { name: 'suggest-ip', limit: 120, windowMs: 10_000 }

/** Counts the request against `rule` for the client's address: 429 RATE_LIMITED with Retry-After beyond it. */
const rateLimited = (rule: RateLimitRule) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const { rateLimiter, config } = c.var.deps
    await enforceRateLimits(rateLimiter, [[rule, clientIp(c, config.trustProxy)]])
    await next()
  })

/** Other headers pass; an `X-Anonymous-Id` that is present must be well-formed. */
const anonymousId = validate('header', z.object({ 'x-anonymous-id': anonymousIdHeader.optional() }))

export const searchRoutes = new Hono<AppEnv>()
  .get('/', rateLimited(searchPerIp), validate('query', searchQuery), anonymousId, async (c) =>
    c.json(await searchCatalog(c.var.deps, c.req.valid('query'), c.req.valid('header')['x-anonymous-id'] ?? null)),
  )
  .get('/suggest', rateLimited(suggestPerIp), validate('query', suggestQuery), async (c) =>
    c.json(await suggestCompletions(c.var.deps, c.req.valid('query'))),
  )
  .post('/clicks', validate('json', searchClickInput), anonymousId, async (c) => {
    await reportClick(c.var.deps, c.req.valid('json'), c.req.valid('header')['x-anonymous-id'] ?? null)
    return c.body(null, 204)
  })
