/**
 * The catalog sync cursor (docs/decisions/0006). Rows are fed in the order of the transaction that
 * last wrote them (`xact_id`, then id), and a finished pull leaves the cursor at the oldest
 * transaction still running when it read: a writer that commits later always has an id at or above
 * that floor, so it is sent next time, however its change numbers interleave with others'.
 *
 * Wire form: `x<floor>` between pulls; `x<floor>-<nextFloor>-<afterXact>-<afterId>` between the
 * pages of one pull. A bare number is a cursor of the old version-based protocol: it restarts from
 * the beginning, which is always safe (rows are replaced by id).
 */
export type CatalogCursor = {
  /** Rows written by transactions with ids at or above this are (re)sent. */
  readonly floor: bigint
  /** Within a paged pull: the position after the last row sent, and the floor to settle on. */
  readonly page?: { readonly nextFloor: bigint; readonly afterXact: bigint; readonly afterId: string }
}

export const catalogCursorPattern =
  /^(?:0|[1-9][0-9]{0,15}|x[0-9]{1,20}(?:-[0-9]{1,20}-[0-9]{1,20}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})?)$/

/** `value` must match `catalogCursorPattern` (the route schema checks it). */
export function parseCatalogCursor(value: string): CatalogCursor {
  if (!value.startsWith('x')) return { floor: 0n }
  const [floor = '0', nextFloor, afterXact, ...afterId] = value.slice(1).split('-')
  if (nextFloor === undefined || afterXact === undefined) return { floor: BigInt(floor) }
  return {
    floor: BigInt(floor),
    page: { nextFloor: BigInt(nextFloor), afterXact: BigInt(afterXact), afterId: afterId.join('-') },
  }
}

export function formatCatalogCursor(cursor: CatalogCursor): string {
  const { floor, page } = cursor
  return page ? `x${floor}-${page.nextFloor}-${page.afterXact}-${page.afterId}` : `x${floor}`
}
