/**
 * The data island of a server-rendered page (decision 0014): what the server rendered the first view
 * from, sent beside the HTML as JSON so the client renders the same view before IndexedDB has the
 * catalog. `path` says which page it belongs to: a client page uses it only for that same path.
 */
import type { CategoryFilters } from '../catalog/category-filters.ts'
import type { Category, Product, ProductSort } from '../catalog/product.ts'
import type { SearchFacets, SearchRequest, SearchResults } from '../search/search-types.ts'
import type { ShopPolicies } from '../shop/shop-policies.ts'
import type { Collection } from '../storefront/collection.ts'
import type { HomeLayout, HomeSources } from '../storefront/home-blocks.ts'

type PageDataBase = {
  /**
   * The path (and query) the page was rendered for, e.g. `/c/shoes?sort=price_asc`; for an app-only
   * page its client route (`/orders/:id`), whose frame is the same for every URL.
   */
  readonly path: string
  /** The categories of the header's category bar, in order. */
  readonly categories: readonly Category[]
}

/**
 * The home's layout and what its blocks show; both sides resolve them for the shopper's language with
 * `resolveHomeBlocks` (shared/storefront/home-blocks.ts).
 */
export type HomePageData = PageDataBase & {
  readonly page: 'home'
  readonly layout: HomeLayout
  readonly sources: HomeSources
}

/** A collection page: the collection and the products it lists (`selectCollectionProducts`). */
export type CollectionPageData = PageDataBase & {
  readonly page: 'collection'
  readonly collection: Collection
  readonly products: readonly Product[]
}

export type CategoryPageData = PageDataBase & {
  readonly page: 'category'
  readonly category: Category
  readonly sort: ProductSort
  /** The filters of the URL (none: the whole category). */
  readonly filters: CategoryFilters
  /** The first products passing them in `sort` order, as many as the client's first paint shows. */
  readonly products: readonly Product[]
  /** How many pass them. */
  readonly total: number
  /** The filter panel's counts (shared/catalog/category-filters.ts). */
  readonly facets: SearchFacets
}

export type ProductPageData = PageDataBase & {
  readonly page: 'product'
  readonly product: Product
  readonly category: Category | undefined
  /** "You may also like": `relatedProducts` of the live catalog (shared/catalog/related-products.ts). */
  readonly related: readonly Product[]
  /** The shop's shipping and returns promises the page shows (client/catalog/shipping-returns.tsx). */
  readonly policies: ShopPolicies
}

export type SearchPageData = PageDataBase & {
  readonly page: 'search'
  readonly request: SearchRequest
  readonly results: SearchResults
}

/** Pages rendered with the header only (not found, account, cart, …): the client renders the rest. */
export type ShellPageData = PageDataBase & { readonly page: 'not-found' | 'shell' }

export type PageData =
  | HomePageData
  | CollectionPageData
  | CategoryPageData
  | ProductPageData
  | SearchPageData
  | ShellPageData

/** The id of the `<script type="application/json">` element that carries the island. */
export const pageDataElementId = 'page-data'

/** How many products a category page shows at first paint, on the server and in the client alike. */
export const categoryFirstPaintCount = 24
