/**
 * Search analytics (DESIGN §5): the server records every search it answers (it knows the query and
 * the result count) and every result click a client reports; `searchAnalytics` summarises a period.
 * The admin route and page that show it come with admin roles; offline clicks will reach the click
 * endpoint through the outbox.
 */

import type { SearchClickInput } from '../../shared/search/search-query.ts'
import { normalizeQuery } from '../../shared/search/tokenizer.ts'
import type { Db } from '../platform/db.ts'
import {
  insertClick,
  insertSearch,
  type Period,
  searchTotals,
  topQueries,
  zeroResultQueries,
} from './search.repository.ts'

export type QueryAnalytics = {
  readonly query: string
  readonly searches: number
  /** Searches of this query after which the shopper opened a result. */
  readonly clickedSearches: number
  /** clickedSearches / searches, 0..1. */
  readonly clickThroughRate: number
  readonly averageResults: number
}

export type SearchAnalytics = {
  readonly from: string
  readonly to: string
  readonly totals: {
    readonly searches: number
    readonly zeroResultSearches: number
    readonly clickedSearches: number
    readonly clicks: number
    readonly clickThroughRate: number
  }
  readonly topQueries: readonly QueryAnalytics[]
  readonly zeroResultQueries: readonly { query: string; searches: number; lastSearchedAt: string }[]
}

/** Records a search answered by this server; returns the id clicks refer to, or null when not recorded. */
export async function recordSearch(
  db: Db,
  search: { readonly query: string; readonly resultCount: number; readonly sessionId: string | null },
): Promise<string | null> {
  const query = normalizeQuery(search.query)
  // Browsing by filters alone is not a search anyone typed.
  if (!query) return null
  return insertSearch(db, { query, resultCount: search.resultCount, sessionId: search.sessionId })
}

export async function recordClick(db: Db, click: SearchClickInput, sessionId: string | null): Promise<void> {
  await insertClick(db, {
    searchId: click.searchId ?? null,
    query: normalizeQuery(click.query),
    productId: click.productId,
    position: click.position,
    sessionId,
  })
}

/**
 * Top queries, zero-result queries and click-through rate for searches made in [from, to). A
 * search counts as clicked when any click names its id, whenever the click came.
 */
export async function searchAnalytics(db: Db, period: Period, limit = 20): Promise<SearchAnalytics> {
  const [totals, top, zero] = await Promise.all([
    searchTotals(db, period),
    topQueries(db, period, limit),
    zeroResultQueries(db, period, limit),
  ])
  return {
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    totals: { ...totals, clickThroughRate: rate(totals.clickedSearches, totals.searches) },
    topQueries: top.map((row) => ({
      ...row,
      clickThroughRate: rate(row.clickedSearches, row.searches),
      averageResults: Math.round(row.averageResults * 10) / 10,
    })),
    zeroResultQueries: zero.map((row) => ({ ...row, lastSearchedAt: row.lastSearchedAt.toISOString() })),
  }
}

function rate(part: number, whole: number): number {
  return whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000
}
