import { Hono } from 'hono'
import { syncCatalogQuery } from '../../shared/catalog/product-schema.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { validate } from '../platform/validation.ts'
import { pullCatalogChanges } from './catalog-sync.service.ts'

export const catalogSyncRoutes = new Hono<AppEnv>().get('/catalog', validate('query', syncCatalogQuery), async (c) =>
  c.json(await pullCatalogChanges(c.var.deps, c.req.valid('query'))),
)
