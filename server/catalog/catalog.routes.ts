import { type Context, Hono } from 'hono'
import { listProductsQuery, productQuery, productSlugParam } from '../../shared/catalog/product-schema.ts'
import { localeQuery } from '../../shared/i18n/locale-schema.ts'
import { type Locale, negotiateLocale } from '../../shared/i18n/locales.ts'
import { requestedMarket } from '../markets/markets.service.ts'
import type { AppEnv } from '../platform/app-env.ts'
import { validate } from '../platform/validation.ts'
import { getProduct, listCategories, listProducts } from './catalog.service.ts'
import { queryKey, sendCachedJson } from './catalog-cache.ts'

export const categoryRoutes = new Hono<AppEnv>().get('/', validate('query', localeQuery), (c) => {
  const locale = catalogLocale(c, c.req.valid('query').locale)
  return sendCachedJson(c, `categories:${locale}`, () => listCategories(c.var.deps, locale), locale)
})

export const productRoutes = new Hono<AppEnv>()
  .get('/', validate('query', listProductsQuery), (c) => {
    const query = c.req.valid('query')
    const locale = catalogLocale(c, query.locale)
    // Keyed by the market, not the country: every country of a market shares its entry.
    const market = requestedMarket(query)
    return sendCachedJson(
      c,
      queryKey('products', { ...query, country: undefined, market: market?.id, locale }),
      () => listProducts(c.var.deps, query, locale, market),
      locale,
    )
  })
  .get('/:slug', validate('param', productSlugParam), validate('query', productQuery), (c) => {
    const { slug } = c.req.valid('param')
    const query = c.req.valid('query')
    const locale = catalogLocale(c, query.locale)
    const market = requestedMarket(query)
    return sendCachedJson(
      c,
      `product:${slug}:${locale}:${market?.id ?? ''}`,
      () => getProduct(c.var.deps, slug, locale, market),
      locale,
    )
  })

/** The texts' language: the `locale` parameter, else the request's Accept-Language (issue 16). */
function catalogLocale(c: Context<AppEnv>, asked: Locale | undefined): Locale {
  return asked ?? negotiateLocale(c.req.header('Accept-Language'))
}
