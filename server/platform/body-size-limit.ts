/**
 * Request body size limits: a body over the limit is refused with 413 PAYLOAD_TOO_LARGE before a
 * handler reads it (checked on Content-Length, and while streaming when there is none).
 */
import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import { ErrorCode } from '../../shared/errors.ts'
import { AppError } from './http-errors.ts'

/** Default for every /api request body; a route may set a smaller one of its own. */
export const apiBodyMaxBytes = 64 * 1024

export function bodySizeLimit(maxBytes: number) {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError(ErrorCode.PayloadTooLarge, `The request body is over ${maxBytes / 1024} kB.`)
    },
  })
  // No route reads the body of a GET or HEAD, and looking for one (`req.body`) would make
  // @hono/node-server build the full WHATWG Request: a quarter of a cached product answer's time.
  return createMiddleware((c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next)))
}
