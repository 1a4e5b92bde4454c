/**
 * `/api/admin/discounts` (mounted in admin.routes.ts, behind its admin guard): the list with uses,
 * remaining and revenue per code; create (201); change or deactivate (`PATCH {active: false}`).
 */
import { Hono } from 'hono'
import { createDiscountInput, discountIdParam, updateDiscountInput } from '../../shared/discounts/discount-schema.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { validate } from '../platform/validation.ts'
import { changeDiscount, createDiscount, listAdminDiscounts } from './admin-discounts.service.ts'

export const adminDiscountRoutes = new Hono<SessionEnv>()
  .get('/', async (c) => c.json(await listAdminDiscounts(c.var.deps)))
  .post('/', validate('json', createDiscountInput), async (c) =>
    c.json(await createDiscount(c.var.deps, c.req.valid('json')), 201),
  )
  .patch('/:id', validate('param', discountIdParam), validate('json', updateDiscountInput), async (c) =>
    c.json(await changeDiscount(c.var.deps, c.req.valid('param').id, c.req.valid('json'))),
  )
