/** `/api/admin/inventory`: products with their variants' stock and prices (the role is checked by server/admin/admin.routes.ts). */
import { Hono } from 'hono'
import {
  adminInventoryQuery,
  inventoryVariantParam,
  inventoryVariantUpdate,
} from '../../shared/catalog/admin-inventory-schema.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { validate } from '../platform/validation.ts'
import { listInventoryForAdmin, updateInventoryVariant } from './admin-inventory.service.ts'

export const adminInventoryRoutes = new Hono<SessionEnv>()
  .get('/', validate('query', adminInventoryQuery), async (c) =>
    c.json(await listInventoryForAdmin(c.var.deps, c.req.valid('query'))),
  )
  .patch(
    '/variants/:variantId',
    validate('param', inventoryVariantParam),
    validate('json', inventoryVariantUpdate),
    async (c) => c.json(await updateInventoryVariant(c.var.deps, c.req.valid('param').variantId, c.req.valid('json'))),
  )
