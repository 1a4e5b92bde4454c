/**
 * The outbox (DESIGN §3): every cart and wishlist change — and every search analytics event, which
 * must survive being offline too — is a mutation with a uuid idempotency key, written to Dexie in
 * one transaction and pushed later, in `seq` order, by the sync engine or the service worker. The UI
 * never waits for the network: it renders server state + pending mutations.
 */
import type { Mutation, MutationBody } from '../../shared/sync/mutation.ts'
import type { LocalDb, OutboxRow } from './local-db.ts'

/**
 * Queue `bodies` as one atomic change (e.g. "move to wishlist" = add to wishlist + remove from cart:
 * both or neither). Returns the mutations as queued.
 */
export async function enqueueMutations(
  db: LocalDb,
  bodies: readonly MutationBody[],
  now: Date = new Date(),
): Promise<Mutation[]> {
  const createdAt = now.toISOString()
  const mutations = bodies.map((body): Mutation => ({ ...body, id: crypto.randomUUID(), createdAt }))
  await db.transaction('rw', db.outbox, async () => {
    // `seq` is assigned by IndexedDB (auto-increment): the push order.
    await db.outbox.bulkAdd(mutations)
  })
  return mutations
}

/** Pending mutations, oldest first. A Dexie querier: usable inside live queries. */
export function listPendingMutations(db: LocalDb, limit = Number.POSITIVE_INFINITY): Promise<OutboxRow[]> {
  const ordered = db.outbox.orderBy('seq')
  return (Number.isFinite(limit) ? ordered.limit(limit) : ordered).toArray()
}

/** The mutation as the server expects it: without the local `seq`. */
export function toMutation(row: OutboxRow): Mutation {
  switch (row.kind) {
    case 'cart.set_quantity': {
      const { kind, productId, variantId, quantity, id, createdAt } = row
      return { kind, productId, variantId, quantity, id, createdAt }
    }
    case 'wishlist.add':
    case 'wishlist.remove':
      return { kind: row.kind, productId: row.productId, id: row.id, createdAt: row.createdAt }
    case 'search.query':
      return { kind: row.kind, query: row.query, resultCount: row.resultCount, id: row.id, createdAt: row.createdAt }
    case 'search.click': {
      const { kind, query, productId, position, searchId, id, createdAt } = row
      return { kind, query, productId, position, ...(searchId ? { searchId } : {}), id, createdAt }
    }
  }
}
