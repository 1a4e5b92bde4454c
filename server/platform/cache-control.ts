import { createMiddleware } from 'hono/factory'
import { isFinishedAnswer } from './representation.ts'

/**
 * API answers are per shopper unless a route says otherwise (the catalog's say `public`, see
 * server/catalog/catalog-cache.ts): a cart, an order or a session must never be kept by a shared
 * cache or written to the browser's disk cache.
 */
export const perShopper = 'private, no-store'

export function privateByDefault() {
  return createMiddleware(async (c, next) => {
    await next()
    if (!isFinishedAnswer(c.res) && !c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', perShopper)
  })
}
