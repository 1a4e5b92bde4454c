import { randomUUID } from 'node:crypto'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from './app-env.ts'
import { withEveryResponseHeaders } from './response-headers.ts'

const requestIdHeader = 'X-Request-Id'
/** What a proxy's id may look like to be kept: short, and nothing that could break a log line. */
const saneRequestId = /^[\w\-=]{1,255}$/

/**
 * `c.var.requestId`: a sane incoming X-Request-Id (a proxy's), else a new UUID, echoed in the answer.
 * Hono's requestId middleware does the same, but sets the header through a WHATWG Headers object.
 */
export function requestIds() {
  return createMiddleware<AppEnv>((c, next) => {
    const incoming = c.req.header(requestIdHeader)
    const id = incoming && saneRequestId.test(incoming) ? incoming : randomUUID()
    c.set('requestId', id)
    return withEveryResponseHeaders(c, [[requestIdHeader, id]], next)
  })
}
