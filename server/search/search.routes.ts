import { Hono } from 'hono'
import { z } from 'zod'
import { anonymousIdHeader, searchClickInput, searchQuery, suggestQuery } from '../../shared/search/search-query.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { validate } from '../platform/validation.ts'
import { reportClick, searchCatalog, suggestCompletions } from './search.service.ts'

/** Other headers pass; an `X-Anonymous-Id` that is present must be well-formed. */
const anonymousId = validate('header', z.object({ 'x-anonymous-id': anonymousIdHeader.optional() }))

export const searchRoutes = new Hono<AppEnv>()
  .get('/', validate('query', searchQuery), anonymousId, async (c) =>
    c.json(await searchCatalog(c.var.deps, c.req.valid('query'), c.req.valid('header')['x-anonymous-id'] ?? null)),
  )
  .get('/suggest', validate('query', suggestQuery), async (c) =>
    c.json(await suggestCompletions(c.var.deps, c.req.valid('query'))),
  )
  .post('/clicks', validate('json', searchClickInput), anonymousId, async (c) => {
    await reportClick(c.var.deps, c.req.valid('json'), c.req.valid('header')['x-anonymous-id'] ?? null)
    return c.body(null, 204)
  })
