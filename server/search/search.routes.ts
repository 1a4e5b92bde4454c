import { type Context, Hono } from 'hono'
import { createMiddleware } from 'hono/factory'
import { z } from 'zod'
import { localeTag } from '../../shared/i18n/locale-schema.ts'
import { type Locale, negotiateLocale } from '../../shared/i18n/locales.ts'
import { anonymousIdHeader, searchClickInput, searchQuery, suggestQuery } from '../../shared/search/search-query.ts'
import { queryKey, sendCachedJson } from '../catalog/catalog-cache.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { clientIp } from '../platform/client-ip.ts'
import { enforceRateLimits, type RateLimitRule } from '../platform/rate-limit.ts'
import { makeJsonRepresentation, sendRepresentation } from '../platform/representation.ts'
import { validate } from '../platform/validation.ts'
import { recordAnsweredSearch, reportClick, searchCatalog, suggestCompletions } from './search.service.ts'

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

/** The id a click on a result reports; per request, so not in the (cached, shared) body. */
export const searchIdHeader = 'X-Search-Id'

/**
 * Results come from the response cache (the same for everyone); each answer is still recorded for
 * analytics and gets its own search id in a header. That header makes the answer per request, so
 * shared caches must not keep it (private); browsers may, and revalidate with the ETag.
 */
const searchCacheControl = 'private, no-cache'

/**
 * The language to search in, as the catalog API reads it: the `locale` parameter (already checked
 * by the route's schema), else the request's Accept-Language. Results name it and vary by the header.
 */
function searchLocale(c: Context<AppEnv>): Locale {
  const asked = localeTag.optional().parse(c.req.query('locale'))
  return asked ?? negotiateLocale(c.req.header('Accept-Language'))
}

const languageHeaders = (locale: Locale) => ({ 'Content-Language': locale, Vary: 'Accept-Encoding, Accept-Language' })

export const searchRoutes = new Hono<AppEnv>()
  .get('/', rateLimited(searchPerIp), validate('query', searchQuery), anonymousId, async (c) => {
    const { deps } = c.var
    const request = c.req.valid('query')
    const locale = searchLocale(c)
    const representation = await deps.responseCache.get(queryKey('search', { ...request, locale }), async () => {
      const results = await searchCatalog(deps, request, locale)
      return makeJsonRepresentation(results, searchCacheControl, { total: results.total })
    })
    const sessionId = c.req.valid('header')['x-anonymous-id'] ?? null
    const searchId = recordAnsweredSearch(deps, request, representation.facts?.total ?? 0, sessionId)
    return sendRepresentation(c, representation, {
      ...languageHeaders(locale),
      ...(searchId ? { [searchIdHeader]: searchId } : {}),
    })
  })
  .get('/suggest', rateLimited(suggestPerIp), validate('query', suggestQuery), (c) => {
    const query = { ...c.req.valid('query'), locale: searchLocale(c) }
    return sendCachedJson(c, queryKey('suggest', query), () => suggestCompletions(c.var.deps, query), query.locale)
  })
  .post('/clicks', validate('json', searchClickInput), anonymousId, async (c) => {
    await reportClick(c.var.deps, c.req.valid('json'), c.req.valid('header')['x-anonymous-id'] ?? null)
    return c.body(null, 204)
  })
