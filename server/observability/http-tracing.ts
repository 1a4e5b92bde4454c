/**
 * The server span of each request (issue 7): continues an incoming W3C `traceparent` or starts a
 * trace, makes the span active for everything the request does (logs, DB spans, outbound calls),
 * and answers with the `traceparent` of this hop so a client can quote it. Named by the matched
 * route pattern once routing is known, so spans group like the latency histogram.
 *
 * When spans are not recorded (no OTLP endpoint, the default) there is no span to make active: the
 * request gets its ids all the same, in `c.var.traceIds`, which the request's logger and problem
 * bodies carry, without the cost of an async context (see isRecordingSpans).
 */
import { randomFillSync } from 'node:crypto'
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
import { withEveryResponseHeaders } from '../platform/response-headers.ts'
import { isRecordingSpans, storefrontTracer, type TraceIds } from './tracing.ts'

const headerGetter: TextMapGetter<Context> = {
  keys: (c) => [...c.req.raw.headers.keys()],
  get: (c, key) => c.req.header(key),
}

export function httpTracing() {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!isRecordingSpans()) {
      const ids = traceIdsOf(c.req.header('traceparent'))
      c.set('traceIds', ids)
      return withEveryResponseHeaders(c, [['traceparent', `00-${ids.traceId}-${ids.spanId}-00`]], next)
    }
    const parent = propagation.extract(context.active(), c, headerGetter)
    const method = c.req.method
    const attributes = { [ATTR_HTTP_REQUEST_METHOD]: method, [ATTR_URL_PATH]: c.req.path }
    await storefrontTracer().startActiveSpan(method, { kind: SpanKind.SERVER, attributes }, parent, async (span) => {
      const { traceId, spanId, traceFlags } = span.spanContext()
      c.set('traceIds', { traceId, spanId })
      try {
        await withEveryResponseHeaders(c, [['traceparent', `00-${traceId}-${spanId}-0${traceFlags & 1}`]], next)
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

const traceparentPattern = /^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$/

/** The incoming trace (when its traceparent is valid) with a new span id for this hop, or a new trace. */
export function traceIdsOf(traceparent: string | undefined): TraceIds {
  const incoming = traceparent ? traceparentPattern.exec(traceparent.trim())?.[1] : undefined
  const traceId = incoming && !/^0+$/.test(incoming) ? incoming : randomHex(16)
  return { traceId, spanId: randomHex(8) }
}

// Random bytes drawn from the system a page at a time: one call per id was 3% of a cached answer.
const randomPool = Buffer.alloc(4096)
let randomOffset = randomPool.length

function randomHex(bytes: number): string {
  if (randomOffset + bytes > randomPool.length) {
    randomFillSync(randomPool)
    randomOffset = 0
  }
  const hex = randomPool.toString('hex', randomOffset, randomOffset + bytes)
  randomOffset += bytes
  return hex
}
