/** `/api/admin/inventory`: stock and prices for the admin (the role is checked by admin.routes.ts). */
import { Hono } from 'hono'
import {
  adminInventoryQuery,
  inventoryProductParam,
  inventoryUpdate,
} from '../../shared/catalog/admin-inventory-schema.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { validate } from '../platform/validation.ts'
import { listInventoryForAdmin, updateInventoryItem } from './admin-inventory.service.ts'

export const adminInventoryRoutes = new Hono<SessionEnv>()
  .get('/', validate('query', adminInventoryQuery), async (c) =>
    c.json(await listInventoryForAdmin(c.var.deps, c.req.valid('query'))),
  )
  .patch('/:productId', validate('param', inventoryProductParam), validate('json', inventoryUpdate), async (c) => {
    const result = await updateInventoryItem(c.var.deps, c.req.valid('param').productId, c.req.valid('json'))
    return c.json(result, result.status === 'saved' ? 200 : 409)
  })
