/**
 * The server span of each request (issue 7): continues an incoming W3C `traceparent` or starts a
 * trace, makes the span active for everything the request does (logs, DB spans, outbound calls),
 * and answers with the `traceparent` of this hop so a client can quote it. Named by the matched
 * route pattern once routing is known, so spans group like the latency histogram.
 */
import { context, propagation, SpanKind, SpanStatusCode, type TextMapGetter } from '@opentelemetry/api'
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions'
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import { routePath } from 'hono/route'
import type { AppEnv } from '../platform/app-env.ts'
import { storefrontTracer } from './tracing.ts'

const headerGetter: TextMapGetter<Context> = {
  keys: (c) => [...c.req.raw.headers.keys()],
  get: (c, key) => c.req.header(key),
}

export function httpTracing() {
  return createMiddleware<AppEnv>(async (c, next) => {
    const parent = propagation.extract(context.active(), c, headerGetter)
    const method = c.req.method
    const attributes = { [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_URL_PATH]: c.req.path }
    await storefrontTracer().startActiveSpan(method, { kind: SpanKind.SERVER, attributes }, parent, async (span) => {
      const { traceId, spanId, traceFlags } = span.spanContext()
      c.header('traceparent', `00-${traceId}-${spanId}-0${traceFlags & 1}`)
      try {
        await next()
      } finally {
        // Hono turns a thrown error into the error handler's response before it reaches here.
        const route = routePath(c)
        const status = c.res.status
        span.updateName(`${method} ${route}`)
        span.setAttributes({ [ATTR_HTTP_ROUTE]: route, [ATTR_HTTP_RESPONSE_STATUS_CODE]: status })
        if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR })
        span.end()
      }
    })
  })
}
