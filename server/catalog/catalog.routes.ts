import { Hono } from 'hono'
import { listProductsQuery, productSlugParam } from '../../shared/catalog/product-schema.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { validate } from '../platform/validation.ts'
import { getProduct, listCategories, listProducts } from './catalog.service.ts'
import { queryKey, sendCachedJson } from './catalog-cache.ts'

export const categoryRoutes = new Hono<AppEnv>().get('/', (c) =>
  sendCachedJson(c, 'categories', () => listCategories(c.var.deps)),
)

export const productRoutes = new Hono<AppEnv>()
  .get('/', validate('query', listProductsQuery), (c) => {
    const query = c.req.valid('query')
    return sendCachedJson(c, queryKey('products', query), () => listProducts(c.var.deps, query))
  })
  .get('/:slug', validate('param', productSlugParam), (c) => {
    const { slug } = c.req.valid('param')
    return sendCachedJson(c, `product:${slug}`, () => getProduct(c.var.deps, slug))
  })
