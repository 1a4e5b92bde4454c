/**
 * The shopper's own orders: list, read, pay and answer a 3-D Secure challenge (test provider), and
 * sync the payment after Stripe.js confirmed it in the browser. Others' orders are 404.
 */
import { Hono } from 'hono'
import { authenticateInput, orderIdParam, payInput } from '../../shared/checkout/checkout-schema.ts'
import { withSession } from '../account/session.middleware.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { validate } from '../platform/validation.ts'
import { authenticateOrder, listOrdersFor, payOrder, readOrderFor, syncPayment } from './orders.service.ts'

export const orderRoutes = new Hono<AppEnv>()
  .get('/', withSession, async (c) => c.json({ orders: await listOrdersFor(c.var.deps, c.var.session) }))
  .get('/:id', validate('param', orderIdParam), withSession, async (c) =>
    c.json(await readOrderFor(c.var.deps, c.var.session, c.req.valid('param').id)),
  )
  .post('/:id/pay', validate('param', orderIdParam), validate('json', payInput), withSession, async (c) =>
    c.json(await payOrder(c.var.deps, c.var.session, c.req.valid('param').id, c.req.valid('json'))),
  )
  .post(
    '/:id/authenticate',
    validate('param', orderIdParam),
    validate('json', authenticateInput),
    withSession,
    async (c) =>
      c.json(await authenticateOrder(c.var.deps, c.var.session, c.req.valid('param').id, c.req.valid('json').approve)),
  )
  .post('/:id/payment/sync', validate('param', orderIdParam), withSession, async (c) =>
    c.json(await syncPayment(c.var.deps, c.var.session, c.req.valid('param').id)),
  )
