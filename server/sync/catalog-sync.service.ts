import type { Category, Product } from '../../shared/catalog/product.ts'
import type { SyncCatalogQuery } from '../../shared/catalog/product-schema.ts'
import type { CatalogChanges } from '../../shared/sync/catalog-changes.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { categoriesChangedSince, productsChangedSince } from './catalog-sync.repository.ts'

type Change = { kind: 'category'; row: Category } | { kind: 'product'; row: Product }

/**
 * Both tables draw versions from one sequence, so merging them by version gives a single ordered
 * feed and "the last version returned" is a cursor that neither skips nor repeats a row. Each table
 * is read up to limit+1 rows (the merge can take at most `limit` from either), in one repeatable-read
 * snapshot so the two reads agree.
 */
export async function pullCatalogChanges(deps: Pick<AppDeps, 'db'>, query: SyncCatalogQuery): Promise<CatalogChanges> {
  const { since, limit } = query
  const [changedCategories, changedProducts] = await deps.db.transaction(
    async (tx) =>
      [await categoriesChangedSince(tx, since, limit + 1), await productsChangedSince(tx, since, limit + 1)] as const,
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  )
  const merged: Change[] = [
    ...changedCategories.map((row) => ({ kind: 'category' as const, row })),
    ...changedProducts.map((row) => ({ kind: 'product' as const, row })),
  ].sort((a, b) => a.row.version - b.row.version)
  const page = merged.slice(0, limit)
  return {
    categories: page.flatMap((c) => (c.kind === 'category' ? [c.row] : [])),
    products: page.flatMap((c) => (c.kind === 'product' ? [c.row] : [])),
    cursor: page.at(-1)?.row.version ?? since,
    hasMore: merged.length > limit,
  }
}
