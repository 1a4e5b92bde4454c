/** `/api/admin/orders`: every shopper's orders for the admin (the role is checked by server/admin/admin.routes.ts). */
import { Hono } from 'hono'
import { orderIdParam } from '../../shared/checkout/checkout-schema.ts'
import { adminOrdersQuery } from '../../shared/orders/admin-order-schema.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { validate } from '../platform/validation.ts'
import { listOrdersForAdmin, readOrderForAdmin } from './admin-orders.service.ts'

export const adminOrdersRoutes = new Hono<SessionEnv>()
  .get('/', validate('query', adminOrdersQuery), async (c) =>
    c.json(await listOrdersForAdmin(c.var.deps, c.req.valid('query'))),
  )
  .get('/:id', validate('param', orderIdParam), async (c) =>
    c.json(await readOrderForAdmin(c.var.deps, c.req.valid('param').id)),
  )
