/**
 * What shoppers see of the storefront: the document devices store (docs/decisions/0023), the home
 * page's blocks resolved against the catalog, and the products of a collection page.
 */
import type { Product } from '../../shared/catalog/product.ts'
import { defaultLocale, type Locale } from '../../shared/i18n/locales.ts'
import type { ProductId } from '../../shared/ids.ts'
import type { Collection } from '../../shared/storefront/collection.ts'
import { collectionProductLimit } from '../../shared/storefront/collection.ts'
import { collectionIdsOf, selectCollectionProducts } from '../../shared/storefront/collection-rules.ts'
import { defaultHomeLayout } from '../../shared/storefront/default-home.ts'
import { type HomeSources, rowLimit } from '../../shared/storefront/home-blocks.ts'
import { bestSellerDays, type StorefrontContent } from '../../shared/storefront/storefront-content.ts'
import { listLiveProducts } from '../catalog/catalog.repository.ts'
import type { AppDeps } from '../platform/app-env.ts'
import {
  listBestSellerIds,
  listCollectionRows,
  listLiveProductsByIds,
  listNewestProductIds,
  listRuleProducts,
  readHomeLayout,
  toCollection,
} from './storefront.repository.ts'

type Deps = Pick<AppDeps, 'db' | 'clock'>

const dayMs = 86_400_000

export async function readStorefrontContent(deps: Deps): Promise<StorefrontContent> {
  const home = (await readHomeLayout(deps.db)) ?? defaultHomeLayout
  const since = new Date(deps.clock().getTime() - bestSellerDays * dayMs)
  const [rows, newArrivals, bestSellers] = await Promise.all([
    listCollectionRows(deps.db, { published: true }),
    listNewestProductIds(deps.db, rowLimit(home, 'new_arrivals')),
    listBestSellerIds(deps.db, since, rowLimit(home, 'best_sellers')),
  ])
  return { home, collections: rows.map(toCollection), newArrivals, bestSellers }
}

/** The products the home page's blocks show, read for the server's first view. */
/** @param locale the products' texts (the server-rendered home page's language). */
export async function readHomeSources(
  deps: Deps,
  content: StorefrontContent,
  locale: Locale = defaultLocale,
): Promise<HomeSources> {
  const limit = rowLimit(content.home, 'featured_products')
  const [featured, listed] = await Promise.all([
    limit === 0
      ? []
      : listLiveProducts(deps.db, {
          categoryId: undefined,
          featured: true,
          sort: 'newest',
          after: null,
          limit,
          locale,
        }),
    listLiveProductsByIds(deps.db, [...content.newArrivals, ...content.bestSellers], locale),
  ])
  return {
    collections: content.collections,
    featured,
    newArrivals: inOrder(content.newArrivals, listed),
    bestSellers: inOrder(content.bestSellers, listed),
  }
}

/** What a collection page lists, as the device computes it from its catalog (collection-rules.ts). */
export async function readCollectionProducts(
  deps: Pick<AppDeps, 'db'>,
  collection: Collection,
  locale: Locale = defaultLocale,
): Promise<Product[]> {
  const candidates =
    collection.kind === 'manual'
      ? await listLiveProductsByIds(deps.db, collection.productIds, locale)
      : await listRuleProducts(deps.db, collection.rule, collectionProductLimit, locale)
  return selectCollectionProducts(collection, candidates)
}

/**
 * The published collections each of `productIds` is in, among `collectionIds` (a discount's
 * `collection` scope, decision 0018): the same pure rule the device applies to its storefront
 * document and catalog, over the live product rows, so the preview and the order agree. A product no
 * longer sold is in none.
 */
export async function readCollectionMemberships(
  db: AppDeps['db'],
  collectionIds: ReadonlySet<string>,
  productIds: readonly ProductId[],
): Promise<Map<ProductId, string[]>> {
  if (collectionIds.size === 0 || productIds.length === 0) return new Map()
  const [rows, products] = await Promise.all([
    listCollectionRows(db, { published: true }),
    listLiveProductsByIds(db, [...new Set(productIds)]),
  ])
  const collections = rows.filter((row) => collectionIds.has(row.id)).map(toCollection)
  return new Map(products.map((product) => [product.id, collectionIdsOf(product, collections)]))
}

/** `products` in the order of `ids`, skipping ids without a product. */
export function inOrder(ids: readonly ProductId[], products: readonly Product[]): Product[] {
  const byId = new Map(products.map((product) => [product.id, product]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}
