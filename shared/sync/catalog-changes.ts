import type { Category, Product } from '../catalog/product.ts'

/**
 * Answer of `GET /api/sync/catalog?since=`: rows changed after the cursor `since`, including
 * tombstones (`deletedAt` set), each at its latest version. A row may come again in a later pull
 * (replace by id is idempotent). `cursor` is opaque (shared/sync/catalog-cursor.ts): the client
 * stores it with the page and sends it back; when `hasMore` is true it asks again at once.
 */
export type CatalogChanges = {
  readonly categories: readonly Category[]
  readonly products: readonly Product[]
  readonly cursor: string
  readonly hasMore: boolean
}
