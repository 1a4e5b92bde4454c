/**
 * `POST /api/admin/orders/:id/actions` (mounted in server/admin/admin.routes.ts, behind its admin guard): one
 * fulfilment step or a cancel, answered with the Order as it now is (order-actions.service.ts).
 */
import { Hono } from 'hono'
import { orderIdParam } from '../../shared/checkout/checkout-schema.ts'
import { orderActionInput } from '../../shared/orders/order-action-schema.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { validate } from '../platform/validation.ts'
import { applyOrderAction } from './order-actions.service.ts'

export const adminOrderActionRoutes = new Hono<SessionEnv>().post(
  '/:id/actions',
  validate('param', orderIdParam),
  validate('json', orderActionInput),
  async (c) => c.json(await applyOrderAction(c.var.deps, c.req.valid('param').id, c.req.valid('json'))),
)
