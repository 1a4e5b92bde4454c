/** The only SQL of the search feature: catalog size for build progress, and search analytics. */
import { and, count, desc, eq, gte, isNull, lt, sql } from 'drizzle-orm'
import { products } from '../db/schema.ts'
import { searchClicks, searchQueries } from '../db/search-schema.ts'
import type { Db } from '../platform/db.ts'

export async function countLiveProducts(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(products).where(isNull(products.deletedAt))
  return row?.n ?? 0
}

export type SearchRecord = { readonly query: string; readonly resultCount: number; readonly sessionId: string | null }

/**
 * Facts reported by a client under an id of its own (a pushed mutation's): recording one twice
 * keeps the first, so a replay counts once.
 */
type Reported = { readonly id: string; readonly createdAt: Date }

/**
 * One statement with one parameter however many rows: the batch travels as a JSON array that
 * PostgreSQL unpacks. The search log writes thousands of rows a second under load, and building a
 * VALUES list of five placeholders per row cost more than the insert itself.
 */
export async function insertReportedSearches(db: Db, records: readonly (SearchRecord & Reported)[]): Promise<void> {
  if (records.length === 0) return
  const rows = JSON.stringify(
    records.map((r) => ({
      id: r.id,
      query: r.query,
      result_count: r.resultCount,
      session_id: r.sessionId,
      created_at: r.createdAt.toISOString(),
    })),
  )
  await db.execute(sql`
    insert into ${searchQueries} (id, query, result_count, session_id, created_at)
    select id, query, result_count, session_id, created_at
    from jsonb_to_recordset(${rows}::jsonb)
      as batch(id uuid, query text, result_count integer, session_id text, created_at timestamptz)
    on conflict (id) do nothing`)
}

export type ClickRecord = {
  readonly searchId: string | null
  readonly query: string
  readonly productId: string
  readonly position: number
  readonly sessionId: string | null
}

export async function insertClick(db: Db, record: ClickRecord): Promise<void> {
  await db.insert(searchClicks).values(record)
}

export async function insertReportedClicks(db: Db, records: readonly (ClickRecord & Reported)[]): Promise<void> {
  if (records.length === 0) return
  await db
    .insert(searchClicks)
    .values([...records])
    .onConflictDoNothing({ target: searchClicks.id })
}

export type Period = { readonly from: Date; readonly to: Date }

const inPeriod = (period: Period) =>
  and(gte(searchQueries.createdAt, period.from), lt(searchQueries.createdAt, period.to))

/** Whether anyone clicked a result of this search (clicks may come after the period ends). */
const wasClicked = sql<boolean>`exists (select 1 from ${searchClicks} where ${searchClicks.searchId} = ${searchQueries.id})`

export type SearchTotals = {
  readonly searches: number
  readonly zeroResultSearches: number
  readonly clickedSearches: number
  readonly clicks: number
}

export async function searchTotals(db: Db, period: Period): Promise<SearchTotals> {
  const [searches] = await db
    .select({
      searches: count(),
      zeroResultSearches: sql<number>`count(*) filter (where ${searchQueries.resultCount} = 0)`.mapWith(Number),
      clickedSearches: sql<number>`count(*) filter (where ${wasClicked})`.mapWith(Number),
    })
    .from(searchQueries)
    .where(inPeriod(period))
  const [clicks] = await db
    .select({ clicks: count() })
    .from(searchClicks)
    .where(and(gte(searchClicks.createdAt, period.from), lt(searchClicks.createdAt, period.to)))
  return {
    searches: searches?.searches ?? 0,
    zeroResultSearches: searches?.zeroResultSearches ?? 0,
    clickedSearches: searches?.clickedSearches ?? 0,
    clicks: clicks?.clicks ?? 0,
  }
}

export type QueryStats = {
  readonly query: string
  readonly searches: number
  readonly clickedSearches: number
  readonly clicks: number
  readonly averageResults: number
}

/** Clicks on this search's results, found through the search id index. */
const clicksOfSearch = sql`(select count(*) from ${searchClicks} where ${searchClicks.searchId} = ${searchQueries.id})`

/** The most frequent queries of the period, with how many of their searches led to a click, and how many clicks. */
export async function topQueries(db: Db, period: Period, limit: number): Promise<QueryStats[]> {
  const searches = count()
  return db
    .select({
      query: searchQueries.query,
      searches,
      clickedSearches: sql<number>`count(*) filter (where ${wasClicked})`.mapWith(Number),
      clicks: sql<number>`coalesce(sum(${clicksOfSearch}), 0)`.mapWith(Number),
      averageResults: sql<number>`avg(${searchQueries.resultCount})`.mapWith(Number),
    })
    .from(searchQueries)
    .where(inPeriod(period))
    .groupBy(searchQueries.query)
    .orderBy(desc(searches), searchQueries.query)
    .limit(limit)
}

export type ZeroResultQuery = { readonly query: string; readonly searches: number; readonly lastSearchedAt: Date }

export async function zeroResultQueries(db: Db, period: Period, limit: number): Promise<ZeroResultQuery[]> {
  const searches = count()
  const last = sql<Date>`max(${searchQueries.createdAt})`.mapWith(searchQueries.createdAt)
  return db
    .select({ query: searchQueries.query, searches, lastSearchedAt: last })
    .from(searchQueries)
    .where(and(inPeriod(period), eq(searchQueries.resultCount, 0)))
    .groupBy(searchQueries.query)
    .orderBy(desc(searches), desc(last), searchQueries.query)
    .limit(limit)
}
