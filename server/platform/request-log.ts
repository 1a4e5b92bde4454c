import { createMiddleware } from 'hono/factory'
import { routePath } from 'hono/route'
import type { AppEnv } from './app-env.ts'
import type { Logger } from './logger.ts'

/**
 * One log line per request, with a per-request child logger in `c.var.logger` so anything a handler
 * logs carries the same request id. Runs after hono's requestId middleware (which honours a sane
 * incoming X-Request-Id or generates one, and echoes it), and inside the request's span, so the
 * logger adds its trace id (logger.ts). `route` is the matched pattern, as in the metrics.
 */
export function requestLog(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now()
    const log = logger.child({ requestId: c.var.requestId })
    c.set('logger', log)
    await next()
    const status = c.res.status
    const line = {
      method: c.req.method,
      path: c.req.path,
      route: routePath(c),
      status,
      latencyMs: Math.round((performance.now() - started) * 10) / 10,
    }
    if (status >= 500) log.error(line, 'request failed')
    else log.info(line, 'request')
  })
}
