import type { Category, Product, ProductPage } from '../../shared/catalog/product.ts'
import type { ListProductsQuery } from '../../shared/catalog/product-schema.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { Market } from '../../shared/markets/market.ts'
import { pricedInMarket } from '../markets/markets.service.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import {
  findLiveCategoryBySlug,
  findLiveProductBySlug,
  listLiveCategories,
  listLiveProducts,
} from './catalog.repository.ts'
import { decodeProductCursor, encodeProductCursor, type ProductCursor } from './product-cursor.ts'

type CatalogDeps = Pick<AppDeps, 'db'>

export async function listCategories(deps: CatalogDeps, locale: Locale): Promise<{ items: Category[] }> {
  return { items: await listLiveCategories(deps.db, locale) }
}

/**
 * A page of products, priced in `market` when one is asked for. The order and the cursor stay the
 * catalog's own prices': a market's prices follow them except where the merchant set one.
 */
export async function listProducts(
  deps: CatalogDeps,
  query: ListProductsQuery,
  locale: Locale,
  market: Market | null = null,
): Promise<ProductPage> {
  const after = query.cursor === undefined ? null : decodeProductCursor(query.cursor, query.sort)
  if (query.cursor !== undefined && !after) {
    throw new AppError(ErrorCode.InvalidCursor, 'The cursor is malformed or belongs to another sort order.')
  }
  const category = query.category ? await findLiveCategoryBySlug(deps.db, query.category) : null
  if (query.category && !category) throw new AppError(ErrorCode.UnknownCategory, `No category "${query.category}".`)
  // One extra row tells whether another page exists without a count query.
  const rows = await listLiveProducts(deps.db, {
    categoryId: category?.id,
    featured: query.featured,
    sort: query.sort,
    after,
    limit: query.limit + 1,
    locale,
  })
  const items = rows.slice(0, query.limit)
  const last = items.at(-1)
  const nextCursor = rows.length > query.limit && last ? encodeProductCursor(cursorAfter(last, query.sort)) : null
  return { items: await pricedInMarket(deps, items, market), nextCursor }
}

export async function getProduct(
  deps: CatalogDeps,
  slug: string,
  locale: Locale,
  market: Market | null = null,
): Promise<Product> {
  const product = await findLiveProductBySlug(deps.db, slug, locale)
  if (!product) throw new AppError(ErrorCode.NotFound, `No product "${slug}".`)
  const [priced = product] = await pricedInMarket(deps, [product], market)
  return priced
}

function cursorAfter(product: Product, sort: ListProductsQuery['sort']): ProductCursor {
  return sort === 'newest'
    ? { sort, createdAt: product.createdAt, id: product.id }
    : { sort, price: product.price, id: product.id }
}
