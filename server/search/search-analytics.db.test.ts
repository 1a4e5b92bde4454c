import { describe, expect, it } from 'vitest'
import { searchClicks, searchQueries } from '../db/search-schema.ts'
import { createLogger } from '../platform/logger.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { recordClick, searchAnalytics } from './search-analytics.service.ts'
import { createSearchLog } from './search-log.ts'

const day = (n: number) => new Date(Date.UTC(2026, 0, n, 12))

describe.each(await databaseTargets())('search analytics on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return

  const searchAt = async (query: string, resultCount: number, at: Date) => {
    const [row] = await database()
      .db.insert(searchQueries)
      .values({ query, resultCount, createdAt: at })
      .returning({ id: searchQueries.id })
    return row!.id
  }
  const clickAt = async (searchId: string | null, query: string, at: Date) => {
    await database()
      .db.insert(searchClicks)
      .values({ searchId, query, productId: crypto.randomUUID(), position: 1, createdAt: at })
  }

  it('lists top queries, zero-result queries and click-through rate for the period only', async () => {
    // In the period (Jan 2 – Jan 5): "sofa" ×3 (2 clicked, one of them twice), "laptop" ×1, "qqq" ×2 with no results.
    const sofa = [
      await searchAt('sofa', 13, day(2)),
      await searchAt('sofa', 13, day(3)),
      await searchAt('sofa', 12, day(4)),
    ]
    await clickAt(sofa[0]!, 'sofa', day(2))
    await clickAt(sofa[0]!, 'sofa', day(2))
    await clickAt(sofa[1]!, 'sofa', day(6)) // a late click still counts for its search
    await searchAt('laptop', 86, day(3))
    await searchAt('qqq', 0, day(3))
    await searchAt('qqq', 0, day(4))
    await clickAt(null, 'sofa', day(3)) // offline result: a click, but of no recorded search
    // Outside the period: the end is exclusive.
    await searchAt('sofa', 13, day(1))
    await searchAt('tent', 0, day(5))

    const report = await searchAnalytics(database().db, { from: day(2), to: day(5) })
    expect(report.totals).toEqual({
      searches: 6,
      zeroResultSearches: 2,
      clickedSearches: 2,
      clicks: 3,
      clickThroughRate: 0.333,
    })
    expect(report.topQueries).toEqual([
      { query: 'sofa', searches: 3, clickedSearches: 2, clicks: 3, clickThroughRate: 0.667, averageResults: 12.7 },
      { query: 'qqq', searches: 2, clickedSearches: 0, clicks: 0, clickThroughRate: 0, averageResults: 0 },
      { query: 'laptop', searches: 1, clickedSearches: 0, clicks: 0, clickThroughRate: 0, averageResults: 86 },
    ])
    expect(report.zeroResultQueries).toEqual([{ query: 'qqq', searches: 2, lastSearchedAt: day(4).toISOString() }])
    expect(report.from).toBe(day(2).toISOString())
  })

  it('answers an empty period with zeros', async () => {
    const report = await searchAnalytics(database().db, { from: day(20), to: day(21) })
    expect(report.totals.clickThroughRate).toBe(0)
    expect(report.topQueries).toEqual([])
    expect(report.zeroResultQueries).toEqual([])
  })

  it('records searches by normalised query, skipping filter-only browsing', async () => {
    const searchLog = createSearchLog({ db: database().db, logger: createLogger('silent'), clock: () => new Date() })
    const id = searchLog.record({ query: '  Wireless  MOUSE! ', resultCount: 4, sessionId: null })
    expect(id).toEqual(expect.any(String))
    expect(searchLog.record({ query: '   ', resultCount: 600, sessionId: null })).toBeNull()
    await searchLog.flush()
    await recordClick(
      database().db,
      { query: 'Wireless Mouse', productId: crypto.randomUUID(), position: 2, searchId: id! },
      'abc12345',
    )
    const report = await searchAnalytics(database().db, {
      from: new Date(Date.now() - 60_000),
      to: new Date(Date.now() + 60_000),
    })
    expect(report.topQueries).toEqual([
      { query: 'wireless mouse', searches: 1, clickedSearches: 1, clicks: 1, clickThroughRate: 1, averageResults: 4 },
    ])
  })
})
