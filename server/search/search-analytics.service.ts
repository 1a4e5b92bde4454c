/**
 * Search analytics (DESIGN §5). The server records every search it answers (it knows the query and
 * the result count) through its search log (search-log.ts, batched). Clients report the rest: result clicks, and searches a browser answered from
 * its offline index — as `search.*` mutations through the outbox (`recordSearchEvents`, at most once
 * per mutation id), or, for clicks, through `POST /api/search/clicks`. `searchAnalytics` summarises
 * a period for the admin (`GET /api/admin/search-analytics`).
 */

import { ErrorCode } from '../../shared/errors.ts'
import { normalizeQuery } from '../../shared/search/normalize-query.ts'
import {
  maxReportDays,
  reportDaysIssue,
  reportPeriod,
  resolveReportDays,
  type SearchAnalytics,
} from '../../shared/search/search-analytics.ts'
import type { SearchClickInput } from '../../shared/search/search-query.ts'
import type { Mutation, SearchEvent } from '../../shared/sync/mutation.ts'
import type { AppDeps } from '../platform/app-env.ts'
import type { Db } from '../platform/db.ts'
import { AppError } from '../platform/http-errors.ts'
import {
  insertClick,
  insertReportedClicks,
  insertReportedSearches,
  type Period,
  searchTotals,
  topQueries,
  zeroResultQueries,
} from './search.repository.ts'

export async function recordClick(db: Db, click: SearchClickInput, sessionId: string | null): Promise<void> {
  await insertClick(db, {
    searchId: click.searchId ?? null,
    query: normalizeQuery(click.query),
    productId: click.productId,
    position: click.position,
    sessionId,
  })
}

/** Within this long before it arrives, a reported event's own (client) time is believed. */
const maxReportDelayMs = 30 * 24 * 60 * 60 * 1000

/**
 * Records search events pushed through the outbox, in the caller's transaction. The mutation id is
 * the row's id, so a replay of the same mutation records nothing new, whatever else remembers ids.
 * An event counts at the time the browser made it (an offline search belongs to the day it was
 * made), but never in the future nor before `maxReportDelayMs`: client clocks are not trusted further.
 */
export async function recordSearchEvents(
  db: Db,
  events: readonly (SearchEvent & Pick<Mutation, 'id' | 'createdAt'>)[],
  receivedAt: Date,
): Promise<void> {
  const searches = []
  const clicks = []
  for (const event of events) {
    const reported = { id: event.id, createdAt: occurredAt(event.createdAt, receivedAt), sessionId: null }
    const query = normalizeQuery(event.query)
    if (event.kind === 'search.query') {
      if (query) searches.push({ ...reported, query, resultCount: event.resultCount })
    } else {
      const { productId, position } = event
      clicks.push({ ...reported, query, productId, position, searchId: event.searchId ?? null })
    }
  }
  await insertReportedSearches(db, searches)
  await insertReportedClicks(db, clicks)
}

function occurredAt(clientTime: string, receivedAt: Date): Date {
  const latest = receivedAt.getTime()
  const at = Date.parse(clientTime)
  return new Date(Number.isNaN(at) ? latest : Math.min(latest, Math.max(latest - maxReportDelayMs, at)))
}

/**
 * The report for whole UTC days, `to` defaulting to today and `from` to 30 days up to `to`.
 * Days in the wrong order or more than `maxReportDays` of them are INVALID_INPUT, naming the field.
 */
export async function searchAnalyticsForDays(
  deps: Pick<AppDeps, 'db' | 'clock' | 'searchLog'>,
  input: { readonly from?: string | undefined; readonly to?: string | undefined },
): Promise<SearchAnalytics> {
  const days = resolveReportDays(input, deps.clock())
  const issue = reportDaysIssue(days)
  if (issue) {
    const message = issue.problem === 'from_after_to' ? 'must not be after to' : `at most ${maxReportDays} days`
    throw new AppError(ErrorCode.InvalidInput, 'The period is invalid.', [{ path: `query.${issue.field}`, message }])
  }
  // This instance's searches of the last batch window count too.
  await deps.searchLog.flush()
  return searchAnalytics(deps.db, reportPeriod(days))
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
