import { randomUUID } from 'node:crypto'
import { eq, inArray } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import { asProductId } from '../../shared/ids.ts'
import { products } from '../db/schema.ts'
import { searchClicks, searchQueries } from '../db/search-schema.ts'
import { createTestApp, testConfig } from '../test-support/test-app.ts'
import { createTestBrowser, withMeta } from '../test-support/test-browser.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { searchAnalytics } from './search-analytics.service.ts'

const hour = 60 * 60 * 1000
const day = 24 * hour

describe.each(await databaseTargets())('search analytics events pushed through the outbox on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  const config = testConfig({ TRUST_PROXY: 'true' })
  let testApp: ReturnType<typeof createTestApp> | undefined
  const browser = () => {
    testApp ??= createTestApp(database().db, config)
    return createTestBrowser(testApp)
  }
  const db = () => database().db
  const anyProduct = async () => {
    const [row] = await db().select({ id: products.id }).from(products).limit(1)
    return asProductId(row!.id)
  }
  const lastMinutes = () => ({ from: new Date(Date.now() - 10 * 60_000), to: new Date(Date.now() + 60_000) })

  it('records a pushed search and a click on its results once, even when pushed twice', async () => {
    const productId = await anyProduct()
    const query = `hedphones ${randomUUID().slice(0, 8)}`
    const search = withMeta({ kind: 'search.query', query, resultCount: 7 })
    const click = withMeta({ kind: 'search.click', query, productId, position: 2, searchId: search.id })
    const shopper = browser()

    const first = await shopper.pushRaw([search, click])
    expect(first.status).toBe(200)
    const firstResult = (await first.json()) as { outcomes: { status: string }[] }
    expect(firstResult.outcomes.map((o) => o.status)).toEqual(['applied', 'applied'])
    const again = await shopper.pushRaw([search, click])
    expect(((await again.json()) as { outcomes: { status: string }[] }).outcomes.map((o) => o.status)).toEqual([
      'duplicate',
      'duplicate',
    ])
    // Another session replaying the same events (say, after a sign-out) still records nothing new.
    expect((await browser().pushRaw([search, click])).status).toBe(200)

    const searches = await db()
      .select({ id: searchQueries.id, query: searchQueries.query, resultCount: searchQueries.resultCount })
      .from(searchQueries)
      .where(eq(searchQueries.query, query))
    expect(searches).toEqual([{ id: search.id, query, resultCount: 7 }])
    const clicks = await db()
      .select({ id: searchClicks.id, searchId: searchClicks.searchId, position: searchClicks.position })
      .from(searchClicks)
      .where(eq(searchClicks.query, query))
    expect(clicks).toEqual([{ id: click.id, searchId: search.id, position: 2 }])
    const report = await searchAnalytics(db(), lastMinutes(), 1000)
    expect(report.topQueries.find((row) => row.query === query)).toEqual({
      query,
      searches: 1,
      clickedSearches: 1,
      clicks: 1,
      clickThroughRate: 1,
      averageResults: 7,
    })
  })

  it('changes neither the cart nor the state version: only cart and wishlist changes do', async () => {
    const productId = await anyProduct()
    const shopper = browser()
    const afterCart = await shopper.push([
      { kind: 'cart.set_quantity', productId, quantity: 1 },
      { kind: 'search.query', query: 'lamp', resultCount: 3 },
    ])
    const afterSearch = await shopper.push([
      { kind: 'search.query', query: 'sofa', resultCount: 0 },
      { kind: 'search.click', query: 'lamp', productId, position: 1 },
    ])
    expect(afterSearch.outcomes.map((o) => o.status)).toEqual(['applied', 'applied'])
    expect(afterSearch.state).toEqual(afterCart.state)
    expect(await shopper.pull(afterCart.state.version)).toBeNull()
  })

  it('counts an event at the time the browser made it, but never in the future nor over 30 days back', async () => {
    const shopper = browser()
    const now = Date.now()
    const at = (offsetMs: number) => ({
      ...withMeta({ kind: 'search.query', query: 'tent', resultCount: 1 }),
      createdAt: new Date(now + offsetMs).toISOString(),
    })
    const events = [at(-2 * hour), at(day), at(-90 * day)]
    expect((await shopper.pushRaw(events)).status).toBe(200)
    const rows = await db()
      .select({ id: searchQueries.id, createdAt: searchQueries.createdAt })
      .from(searchQueries)
      .where(
        inArray(
          searchQueries.id,
          events.map((e) => e.id),
        ),
      )
    const createdAt = new Map(rows.map((row) => [row.id, row.createdAt.getTime()]))
    expect(createdAt.get(events[0]!.id)).toBe(now - 2 * hour)
    expect(Math.abs(createdAt.get(events[1]!.id)! - now)).toBeLessThan(60_000)
    expect(Math.abs(createdAt.get(events[2]!.id)! - (now - 30 * day))).toBeLessThan(60_000)
  })

  it.each([
    ['an empty query', { kind: 'search.query', query: '', resultCount: 1 }, 'json.mutations.0.query'],
    [
      'a 201-character query',
      { kind: 'search.query', query: 'a'.repeat(201), resultCount: 1 },
      'json.mutations.0.query',
    ],
    [
      'a negative result count',
      { kind: 'search.query', query: 'sofa', resultCount: -1 },
      'json.mutations.0.resultCount',
    ],
    [
      'a position of 0',
      { kind: 'search.click', query: 'sofa', productId: randomUUID(), position: 0 },
      'json.mutations.0.position',
    ],
    [
      'a malformed search id',
      { kind: 'search.click', query: 'sofa', productId: randomUUID(), position: 1, searchId: 'x' },
      'json.mutations.0.searchId',
    ],
    [
      'an unknown field',
      { kind: 'search.query', query: 'sofa', resultCount: 1, productId: randomUUID() },
      'json.mutations.0.productId',
    ],
  ])('refuses a search event with %s, naming the field', async (_, body, field) => {
    const response = await browser().pushRaw([{ ...body, id: randomUUID(), createdAt: new Date().toISOString() }])
    expect(response.status).toBe(400)
    expect(((await response.json()) as ProblemDetails).errors?.map((e) => e.path)).toContain(field)
  })
})
