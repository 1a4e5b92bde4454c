import { createMiddleware } from 'hono/factory'
import { routePath } from 'hono/route'
import { isRecordingSpans } from '../observability/tracing.ts'
import type { AppEnv } from './app-env.ts'
import type { Logger } from './logger.ts'

/**
 * One log line per request, with a per-request child logger in `c.var.logger` so anything a handler
 * logs carries the same request id and trace ids. Runs after requestIds() (request-id.ts) and
 * httpTracing (which sets `c.var.traceIds`). `route` is the matched pattern, as in the metrics.
 */
export function requestLog(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const started = performance.now()
    // With recorded spans the logger adds the active span's ids itself (logger.ts), else bind them here.
    const traceIds = isRecordingSpans() ? undefined : c.var.traceIds
    const log = logger.child({ requestId: c.var.requestId, ...traceIds })
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
