import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { CatalogChanges } from '../../shared/sync/catalog-changes.ts'
import { rowsOf } from '../platform/migrate.ts'
import { createTestApp, uncachedTestConfig } from '../test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

describe.each(await databaseTargets())('catalog sync on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db, uncachedTestConfig())
    return testApp
  }

  const pull = async (query: string): Promise<CatalogChanges> => {
    const response = await app().request(`/api/sync/catalog?${query}`)
    expect(response.status).toBe(200)
    return (await response.json()) as CatalogChanges
  }

  const pullAll = async (since: string, limit: number) => {
    const pages: CatalogChanges[] = []
    let cursor = since
    for (;;) {
      const page = await pull(`${cursor ? `since=${cursor}&` : ''}limit=${limit}`)
      pages.push(page)
      cursor = page.cursor
      if (!page.hasMore) return { pages, cursor }
    }
  }

  const idsOf = async (table: 'categories' | 'products') => {
    const result = await database().db.execute(sql`select id from ${sql.identifier(table)} order by id`)
    return rowsOf(result).map((row) => String((row as { id: unknown }).id))
  }

  const versionsById = async () => {
    const result = await database().db.execute(
      sql`select id, version from categories union all select id, version from products`,
    )
    return new Map(
      rowsOf(result).map((row) => [String((row as { id: unknown }).id), Number((row as { version: unknown }).version)]),
    )
  }

  /** Every row of a delta is the row as it stands now: a re-sent row is never an older version. */
  const expectCurrent = async (delta: CatalogChanges) => {
    const current = await versionsById()
    for (const row of [...delta.categories, ...delta.products]) expect(row.version).toBe(current.get(row.id))
  }

  let snapshotCursor = ''

  it('pulls the full catalog in pages, each row once', async () => {
    const { pages, cursor } = await pullAll('', 50)
    const categories = pages.flatMap((p) => p.categories)
    const products = pages.flatMap((p) => p.products)
    expect(categories.map((c) => c.id).sort()).toEqual(await idsOf('categories'))
    expect(products.map((p) => p.id).sort()).toEqual(await idsOf('products'))
    for (const page of pages) expect(page.categories.length + page.products.length).toBeLessThanOrEqual(50)
    const ids = [...categories, ...products].map((row) => row.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(cursor).toMatch(/^x[0-9]+$/)
    snapshotCursor = cursor
  })

  /** Every page from `since` to the end, merged: what a client applies in one pull. */
  const pullDelta = async (since: string): Promise<CatalogChanges> => {
    const { pages, cursor } = await pullAll(since, 1000)
    return {
      categories: pages.flatMap((p) => p.categories),
      products: pages.flatMap((p) => p.products),
      cursor,
      hasMore: false,
    }
  }

  it('answers a delta of current rows only when nothing changed', async () => {
    // Rows come again only while a transaction older than their writer still runs (other suites).
    await expectCurrent(await pullDelta(snapshotCursor))
  })

  it('sends a product changed by raw SQL, with a higher version', async () => {
    const [before] = (await pull('limit=1000')).products
    await database().db.execute(sql`update products set name = 'Renamed by hand' where id = ${before!.id}`)
    const delta = await pullDelta(snapshotCursor)
    const renamed = delta.products.find((p) => p.id === before!.id)
    expect(renamed?.name).toBe('Renamed by hand')
    expect(renamed!.version).toBeGreaterThan(before!.version)
    expect(Date.parse(renamed!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before!.updatedAt))
    await expectCurrent(delta)
    snapshotCursor = delta.cursor
  })

  it('sends a tombstone for a soft-deleted product and category', async () => {
    const { products, categories } = await pull('limit=1000')
    const product = products.at(-1)!
    const category = categories[0]!
    await database().db.execute(sql`update products set deleted_at = now() where id = ${product.id}`)
    await database().db.execute(sql`update categories set deleted_at = now() where id = ${category.id}`)
    const delta = await pullDelta(snapshotCursor)
    expect(delta.products.find((p) => p.id === product.id)?.deletedAt).not.toBeNull()
    expect(delta.categories.find((c) => c.id === category.id)?.deletedAt).not.toBeNull()
    await expectCurrent(delta)
  })

  it('restarts from the beginning for a cursor from another cluster (a floor above every transaction)', async () => {
    const delta = await pull('since=x999999999999&limit=1000')
    expect(delta.categories.length + delta.products.length).toBeGreaterThan(600)
  })

  it('restarts from the beginning for a cursor of the old version-based protocol', async () => {
    const delta = await pull('since=12&limit=1000')
    expect(delta.categories.length + delta.products.length).toBeGreaterThan(600)
  })

  it('refuses to hard-delete catalog rows, which would never reach clients', async () => {
    await expect(database().db.execute(sql`delete from products`)).rejects.toThrow()
  })

  it.each([
    ['since', '-1'],
    ['since', 'abc'],
    ['since', 'x'],
    ['since', 'x1-2-3'],
    ['since', 'x1-2-3-not-a-uuid'],
    ['since', '1.5'],
    ['since', '99999999999999999999'],
    ['since', '007'],
    ['limit', '0'],
    ['limit', '1001'],
    ['cursor', '5'],
  ])('answers %s=%s with 400 naming the field', async (field, value) => {
    const response = await app().request(`/api/sync/catalog?${field}=${value}`)
    expect(response.status).toBe(400)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    const problem = (await response.json()) as ProblemDetails
    expect(problem.code).toBe('INVALID_INPUT')
    expect(problem.errors?.map((e) => e.path)).toContain(`query.${field}`)
  })
})

/**
 * Decision 0006: a writer that took its change number first but commits last is not skipped by a
 * client that pulled in between. Needs two connections at once, so it runs on PostgreSQL only
 * (PGlite has one connection: the second transaction would wait for the first).
 */
describe.each((await databaseTargets()).filter((t) => t.name === 'postgres'))(
  'catalog sync with interleaved writers on $name',
  (target) => {
    const database = useTestDatabase(target, { seed: true })
    if (!database) return

    it('sends a row whose transaction committed after a later-numbered one was pulled', async () => {
      const app = createTestApp(database().db, uncachedTestConfig())
      const pull = async (since: string) =>
        (await (
          await app.request(`/api/sync/catalog?limit=1000${since ? `&since=${since}` : ''}`)
        ).json()) as CatalogChanges
      let cursor = ''
      for (let page = await pull(cursor); ; page = await pull(cursor)) {
        cursor = page.cursor
        if (!page.hasMore) break
      }
      const [first, second] = (await pull('')).products
      let releaseSlow: () => void = () => {}
      const slowMayCommit = new Promise<void>((resolve) => {
        releaseSlow = resolve
      })
      let slowWrote: () => void = () => {}
      const slowHasWritten = new Promise<void>((resolve) => {
        slowWrote = resolve
      })
      // The slow writer takes the lower change number, then waits before committing.
      const slow = database().db.transaction(async (tx) => {
        await tx.execute(sql`update products set name = 'Slow writer' where id = ${first!.id}`)
        slowWrote()
        await slowMayCommit
      })
      await slowHasWritten
      await database().db.execute(sql`update products set name = 'Fast writer' where id = ${second!.id}`)

      const between = await pull(cursor)
      expect(between.products.find((p) => p.id === second!.id)?.name).toBe('Fast writer')
      expect(between.products.some((p) => p.id === first!.id && p.name === 'Slow writer')).toBe(false)
      releaseSlow()
      await slow

      const after = await pull(between.cursor)
      expect(after.products.find((p) => p.id === first!.id)?.name).toBe('Slow writer')
    })
  },
)
