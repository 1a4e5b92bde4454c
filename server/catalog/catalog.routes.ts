import { Hono } from 'hono'
import { listProductsQuery, productSlugParam } from '../../shared/catalog/product-schema.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { validate } from '../platform/validation.ts'
import { getProduct, listCategories, listProducts } from './catalog.service.ts'

export const categoryRoutes = new Hono<AppEnv>().get('/', async (c) => c.json(await listCategories(c.var.deps)))

export const productRoutes = new Hono<AppEnv>()
  .get('/', validate('query', listProductsQuery), async (c) =>
    c.json(await listProducts(c.var.deps, c.req.valid('query'))),
  )
  .get('/:slug', validate('param', productSlugParam), async (c) =>
    c.json(await getProduct(c.var.deps, c.req.valid('param').slug)),
  )
