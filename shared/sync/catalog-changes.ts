import type { Category, Product } from '../catalog/product.ts'

/**
 * Answer of `GET /api/sync/catalog?since=`: rows changed after `since`, in version order, including
 * tombstones (`deletedAt` set). `cursor` is the highest version in this page (or `since` when empty);
 * when `hasMore` is true the client asks again with `since=cursor`.
 */
export type CatalogChanges = {
  readonly categories: readonly Category[]
  readonly products: readonly Product[]
  readonly cursor: number
  readonly hasMore: boolean
}
