import type { SyncCatalogQuery } from '../../shared/catalog/product-schema.ts'
import type { CatalogChanges, SyncedCategory, SyncedProduct } from '../../shared/sync/catalog-changes.ts'
import { type CatalogCursor, formatCatalogCursor } from '../../shared/sync/catalog-cursor.ts'
import type { AppDeps } from '../platform/app-env.ts'
import {
  categoriesChangedSince,
  type Fed,
  productsChangedSince,
  transactionHorizon,
} from './catalog-sync.repository.ts'

type Change = ({ kind: 'category' } & Fed<SyncedCategory>) | ({ kind: 'product' } & Fed<SyncedProduct>)

/**
 * One page of the catalog feed (docs/decisions/0006). Both tables are read in one repeatable-read
 * snapshot, up to limit+1 rows each (the merge can take at most `limit` from either), and merged
 * in (transaction, id) order. The cursor after the last page settles on the oldest transaction that
 * was running during any page of this pull, so a writer that commits after we read is never skipped.
 * Rows carry the translations of `locales` (none by default).
 */
export async function pullCatalogChanges(
  deps: Pick<AppDeps, 'db'>,
  query: Omit<SyncCatalogQuery, 'locales'> & { readonly locales?: SyncCatalogQuery['locales'] },
): Promise<CatalogChanges> {
  const { limit, locales = [] } = query
  const [changedCategories, changedProducts, oldestRunning, since] = await deps.db.transaction(
    async (tx) => {
      const horizon = await transactionHorizon(tx)
      // A floor above the next transaction id comes from another cluster (a restored dump): start over.
      const since = query.since.floor > horizon.next ? { floor: 0n } : query.since
      return [
        await categoriesChangedSince(tx, since, limit + 1, locales),
        await productsChangedSince(tx, since, limit + 1, locales),
        horizon.oldestRunning,
        since,
      ] as const
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  )
  const merged: Change[] = [
    ...changedCategories.map((fed) => ({ kind: 'category' as const, ...fed })),
    ...changedProducts.map((fed) => ({ kind: 'product' as const, ...fed })),
  ].sort(byFeedOrder)
  const page = merged.slice(0, limit)
  const hasMore = merged.length > limit
  return {
    categories: page.flatMap((c) => (c.kind === 'category' ? [c.row] : [])),
    products: page.flatMap((c) => (c.kind === 'product' ? [c.row] : [])),
    cursor: formatCatalogCursor(nextCursor(since, oldestRunning, hasMore ? page.at(-1) : undefined)),
    hasMore,
  }
}

function nextCursor(since: CatalogCursor, oldestRunning: bigint, last: Change | undefined): CatalogCursor {
  const earlierFloor = since.page?.nextFloor ?? oldestRunning
  const nextFloor = earlierFloor < oldestRunning ? earlierFloor : oldestRunning
  if (!last) return { floor: nextFloor }
  return { floor: since.floor, page: { nextFloor, afterXact: last.xact, afterId: last.row.id } }
}

/** Postgres orders uuids bytewise, which is the order of their lowercase hex text. */
function byFeedOrder(a: Change, b: Change): number {
  if (a.xact !== b.xact) return a.xact < b.xact ? -1 : 1
  return a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0
}
