/**
 * Reads of the storefront document (docs/decisions/0023) joined with the local catalog, written as
 * Dexie queriers for `createLiveQuery`: the home page's blocks and a collection page, offline too.
 */
import type { Category, Product } from '../../shared/catalog/product.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { Collection } from '../../shared/storefront/collection.ts'
import { matchesCollectionRule, selectCollectionProducts } from '../../shared/storefront/collection-rules.ts'
import { defaultHomeLayout } from '../../shared/storefront/default-home.ts'
import { type HomeLayout, type HomeSources, rowLimit } from '../../shared/storefront/home-blocks.ts'
import type { StorefrontContent } from '../../shared/storefront/storefront-content.ts'
import type { LocalDb, LocalProduct } from '../local-data/local-db.ts'
import { metaKeys } from '../local-data/storage-keys.ts'
import { listCategories, listFeaturedProducts } from './catalog-queries.ts'
import { localizedProducts } from './localized-catalog.ts'

export type LocalHome = {
  readonly categories: readonly Category[]
  readonly layout: HomeLayout
  readonly sources: HomeSources
  /** False until the device stored the storefront document: the layout is then the default one. */
  readonly hasContent: boolean
}

async function readStorefront(db: LocalDb): Promise<StorefrontContent | undefined> {
  const row = await db.meta.get(metaKeys.storefront)
  return row?.key === metaKeys.storefront ? row.value : undefined
}

/** The published collections the device knows (none before it stored the storefront document). */
export async function readStorefrontCollections(db: LocalDb): Promise<readonly Collection[]> {
  return (await readStorefront(db))?.collections ?? []
}

/** The home page's data in `locale` (its products' and categories' texts; the blocks resolve their own). */
export async function loadHome(db: LocalDb, locale: Locale): Promise<LocalHome> {
  const [categories, content] = await Promise.all([listCategories(db, locale), readStorefront(db)])
  const layout = content?.home ?? defaultHomeLayout
  const newIds = content?.newArrivals ?? []
  const bestIds = content?.bestSellers ?? []
  const [featured, listed] = await Promise.all([
    listFeaturedProducts(db, rowLimit(layout, 'featured_products'), locale),
    db.products.bulkGet([...newIds, ...bestIds]),
  ])
  const found = localizedProducts(
    listed.filter((product): product is LocalProduct => product !== undefined),
    locale,
  )
  return {
    categories,
    layout,
    sources: {
      collections: content?.collections ?? [],
      featured,
      newArrivals: inOrder(newIds, found),
      bestSellers: inOrder(bestIds, found),
    },
    hasContent: content !== undefined,
  }
}

export type LocalCollection = { readonly collection: Collection | undefined; readonly products: readonly Product[] }

/**
 * A collection and its products from the device's catalog, as the server lists them
 * (`selectCollectionProducts`). A rule collection reads the catalog through (no index serves every
 * rule); null before the device stored the storefront document.
 */
export async function loadCollection(db: LocalDb, slug: string, locale: Locale): Promise<LocalCollection | null> {
  const content = await readStorefront(db)
  if (!content) return null
  const collection = content.collections.find((candidate) => candidate.slug === slug)
  if (!collection) return { collection, products: [] }
  const candidates =
    collection.kind === 'manual'
      ? (await db.products.bulkGet([...collection.productIds])).filter((p): p is LocalProduct => p !== undefined)
      : await db.products.filter((product) => matchesCollectionRule(collection.rule, product)).toArray()
  // Rules match the stored rows, as the server matches its own; only what is shown is localized.
  return { collection, products: localizedProducts(selectCollectionProducts(collection, candidates), locale) }
}

function inOrder(ids: readonly string[], products: readonly Product[]): Product[] {
  const byId = new Map(products.map((product) => [product.id as string, product]))
  return ids.flatMap((id) => byId.get(id) ?? [])
}
