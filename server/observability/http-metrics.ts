/**
 * Request latency by method, route pattern and status (a pattern, never the raw path, so the series
 * stay few), and the media cache's hits and misses, which its responses already announce.
 */
import { createMiddleware } from 'hono/factory'
import { routePath } from 'hono/route'
import type { AppEnv } from '../platform/app-env.ts'
import type { Metrics } from './metrics.ts'

// Any other method a client invents becomes OTHER: a label value per invented method would be unbounded.
const knownMethods = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])

export function httpMetrics(metrics: Metrics) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now()
    await next()
    const seconds = (performance.now() - started) / 1000
    const method = knownMethods.has(c.req.method) ? c.req.method : 'OTHER'
    metrics.observeRequest({ method, route: routePath(c), status: c.res.status }, seconds)
    // Only media answers say it; asking every answer would make each build WHATWG Headers.
    const mediaCache = c.req.path.startsWith('/media/') ? c.res.headers.get('X-Media-Cache') : null
    if (mediaCache) metrics.countCacheLookup('media', mediaCache === 'hit')
  })
}
