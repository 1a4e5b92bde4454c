/**
 * Shape check of `GET /api/admin/search-analytics`. Like the other parse-* modules: the client ships
 * no zod, so this checks what the page renders and throws on anything else.
 */
import type { QueryAnalytics, SearchAnalytics, ZeroResultQuery } from '../../shared/search/search-analytics.ts'

export function parseSearchAnalytics(body: unknown): SearchAnalytics {
  if (!isRecord(body)) throw new TypeError('search analytics: not an object')
  const { from, to, totals, topQueries, zeroResultQueries } = body
  if (typeof from !== 'string' || typeof to !== 'string') throw new TypeError('search analytics: bad period')
  if (
    !isRecord(totals) ||
    !['searches', 'zeroResultSearches', 'clickedSearches', 'clicks', 'clickThroughRate'].every((key) =>
      isNumber(totals[key]),
    )
  )
    throw new TypeError('search analytics: bad totals')
  if (!Array.isArray(topQueries) || !topQueries.every(isQueryAnalytics))
    throw new TypeError('search analytics: bad top queries')
  if (!Array.isArray(zeroResultQueries) || !zeroResultQueries.every(isZeroResultQuery))
    throw new TypeError('search analytics: bad zero-result queries')
  return body as SearchAnalytics
}

function isQueryAnalytics(value: unknown): value is QueryAnalytics {
  return (
    isRecord(value) &&
    typeof value.query === 'string' &&
    ['searches', 'clickedSearches', 'clicks', 'clickThroughRate', 'averageResults'].every((key) => isNumber(value[key]))
  )
}

function isZeroResultQuery(value: unknown): value is ZeroResultQuery {
  return (
    isRecord(value) &&
    typeof value.query === 'string' &&
    isNumber(value.searches) &&
    typeof value.lastSearchedAt === 'string'
  )
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
