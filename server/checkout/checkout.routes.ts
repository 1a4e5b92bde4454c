/**
 * `POST /api/checkout`: the cart becomes an order (201), or a repeat of the idempotency key answers
 * the order it made (200). The key comes in the Idempotency-Key header or the body's idempotencyKey.
 * `GET /options` and `POST /quote` serve the checkout page before the order exists.
 */
import { Hono } from 'hono'
import { checkoutInput, quoteInput } from '../../shared/checkout/checkout-schema.ts'
import { withSession } from '../account/session.middleware.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { clientIp } from '../platform/client-ip.ts'
import { idempotencyKeyOf } from '../platform/idempotency-key.ts'
import { enforceRateLimits, type RateLimitRule } from '../platform/rate-limit.ts'
import { validate } from '../platform/validation.ts'
import { checkout } from './checkout.service.ts'
import { isCheckoutReplay } from './checkout-replay.ts'
import { quoteCheckout, readCheckoutOptions, readPromotions } from './checkout-review.service.ts'

const minute = 60_000
// A replay of an answered checkout (same key, same request) is not counted: it creates nothing.
export const checkoutPerShopper: RateLimitRule = { name: 'checkout-shopper', limit: 10, windowMs: minute }
export const checkoutPerIp: RateLimitRule = { name: 'checkout-ip', limit: 30, windowMs: minute }

export const checkoutRoutes = new Hono<AppEnv>()
  .get('/options', withSession, async (c) => c.json(await readCheckoutOptions(c.var.deps, c.var.session)))
  .get('/promotions', async (c) => c.json(await readPromotions(c.var.deps)))
  .post('/quote', validate('json', quoteInput), withSession, async (c) =>
    c.json(await quoteCheckout(c.var.deps, c.var.session, c.req.valid('json'))),
  )
  .post('/', validate('json', checkoutInput), withSession, async (c) => {
    const input = c.req.valid('json')
    const idempotencyKey = idempotencyKeyOf(c.req.header('idempotency-key'), input.idempotencyKey)
    if (!(await isCheckoutReplay(c.var.deps, c.var.session, input, idempotencyKey)))
      await enforceRateLimits(c.var.deps.rateLimiter, [
        [checkoutPerShopper, c.var.session.shopperId],
        [checkoutPerIp, clientIp(c, c.var.deps.config.trustProxy)],
      ])
    const { order, created } = await checkout(c.var.deps, c.var.session, { ...input, idempotencyKey })
    return c.json(order, created ? 201 : 200)
  })
