/** `/api/admin/storefront`: collections and the home layout (the role is checked by admin.routes.ts). */
import { Hono } from 'hono'
import { collectionIdParam, collectionInput, homeLayoutInput } from '../../shared/storefront/storefront-schema.ts'
import type { SessionEnv } from '../account/session.middleware.ts'
import { validate } from '../platform/validation.ts'
import {
  createCollection,
  listCollectionsForAdmin,
  readHomeLayoutForAdmin,
  replaceCollection,
  saveHomeLayout,
  withdrawCollection,
} from './admin-storefront.service.ts'

export const adminStorefrontRoutes = new Hono<SessionEnv>()
  .get('/collections', async (c) => c.json({ items: await listCollectionsForAdmin(c.var.deps) }))
  .post('/collections', validate('json', collectionInput), async (c) =>
    c.json(await createCollection(c.var.deps, c.req.valid('json')), 201),
  )
  .put('/collections/:id', validate('param', collectionIdParam), validate('json', collectionInput), async (c) =>
    c.json(await replaceCollection(c.var.deps, c.req.valid('param').id, c.req.valid('json'))),
  )
  .delete('/collections/:id', validate('param', collectionIdParam), async (c) => {
    await withdrawCollection(c.var.deps, c.req.valid('param').id)
    return c.body(null, 204)
  })
  .get('/home', async (c) => c.json(await readHomeLayoutForAdmin(c.var.deps)))
  .put('/home', validate('json', homeLayoutInput), async (c) =>
    c.json(await saveHomeLayout(c.var.deps, c.req.valid('json'))),
  )
