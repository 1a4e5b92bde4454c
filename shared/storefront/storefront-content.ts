/**
 * Answer of `GET /api/sync/storefront` (docs/decisions/0023): everything beside the catalog that the
 * home and collection pages need, as one small document a device stores whole and replaces whole —
 * the home layout, the published collections, and the product ids of the rows the server computes
 * (new arrivals, best sellers from paid orders). Products themselves come with the catalog feed.
 */
import type { ProductId } from '../ids.ts'
import type { Collection } from './collection.ts'
import type { HomeLayout } from './home-blocks.ts'

export type StorefrontContent = {
  readonly home: HomeLayout
  /** Published collections, in the admin's order. */
  readonly collections: readonly Collection[]
  /** Newest products first, as many as the layout's new-arrivals row shows. */
  readonly newArrivals: readonly ProductId[]
  /** Most units sold in paid orders of the last `bestSellerDays` days first; empty before the first sale. */
  readonly bestSellers: readonly ProductId[]
}

/** The window of orders best sellers are counted over. */
export const bestSellerDays = 30
