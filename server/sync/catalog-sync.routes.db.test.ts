import { sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from '../../shared/errors.ts'
import type { CatalogChanges } from '../../shared/sync/catalog-changes.ts'
import { rowsOf } from '../platform/migrate.ts'
import { createTestApp } from '../test-support/test-app.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'

describe.each(await databaseTargets())('catalog sync on $name', (target) => {
  const database = useTestDatabase(target, { seed: true })
  if (!database) return
  let testApp: ReturnType<typeof createTestApp> | undefined
  const app = () => {
    testApp ??= createTestApp(database().db)
    return testApp
  }

  const pull = async (query: string): Promise<CatalogChanges> => {
    const response = await app().request(`/api/sync/catalog?${query}`)
    expect(response.status).toBe(200)
    return (await response.json()) as CatalogChanges
  }

  const pullAll = async (since: number, limit: number) => {
    const pages: CatalogChanges[] = []
    let cursor = since
    for (;;) {
      const page = await pull(`since=${cursor}&limit=${limit}`)
      pages.push(page)
      cursor = page.cursor
      if (!page.hasMore) return { pages, cursor }
    }
  }

  const idsOf = async (table: 'categories' | 'products') => {
    const result = await database().db.execute(sql`select id from ${sql.identifier(table)} order by id`)
    return rowsOf(result).map((row) => String((row as { id: unknown }).id))
  }

  let snapshotCursor = 0

  it('pulls the full catalog in pages, each row once, in version order', async () => {
    const { pages, cursor } = await pullAll(0, 50)
    const categories = pages.flatMap((p) => p.categories)
    const products = pages.flatMap((p) => p.products)
    expect(categories.map((c) => c.id).sort()).toEqual(await idsOf('categories'))
    expect(products.map((p) => p.id).sort()).toEqual(await idsOf('products'))
    for (const page of pages) {
      expect(page.categories.length + page.products.length).toBeLessThanOrEqual(50)
      const versions = [...page.categories, ...page.products].map((row) => row.version).sort((a, b) => a - b)
      expect(versions[0] ?? Number.POSITIVE_INFINITY).toBeGreaterThan(pages[pages.indexOf(page) - 1]?.cursor ?? 0)
      expect(page.cursor).toBe(versions.at(-1) ?? page.cursor)
    }
    const allVersions = [...categories, ...products].map((row) => row.version)
    expect(new Set(allVersions).size).toBe(allVersions.length)
    expect(cursor).toBe(Math.max(...allVersions))
    snapshotCursor = cursor
  })

  it('answers an empty delta with the same cursor when nothing changed', async () => {
    expect(await pull(`since=${snapshotCursor}`)).toEqual({
      categories: [],
      products: [],
      cursor: snapshotCursor,
      hasMore: false,
    })
  })

  it('sends a product changed by raw SQL, with a higher version', async () => {
    const [before] = (await pull('since=0&limit=1000')).products
    await database().db.execute(sql`update products set name = 'Renamed by hand' where id = ${before!.id}`)
    const delta = await pull(`since=${snapshotCursor}`)
    expect(delta.categories).toEqual([])
    expect(delta.products.map((p) => [p.id, p.name])).toEqual([[before!.id, 'Renamed by hand']])
    expect(delta.products[0]!.version).toBeGreaterThan(snapshotCursor)
    expect(delta.cursor).toBe(delta.products[0]!.version)
    expect(Date.parse(delta.products[0]!.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before!.updatedAt))
    snapshotCursor = delta.cursor
  })

  it('sends a tombstone for a soft-deleted product and category', async () => {
    const { products, categories } = await pull('since=0&limit=1000')
    const product = products.at(-1)!
    const category = categories[0]!
    await database().db.execute(sql`update products set deleted_at = now() where id = ${product.id}`)
    await database().db.execute(sql`update categories set deleted_at = now() where id = ${category.id}`)
    const delta = await pull(`since=${snapshotCursor}`)
    expect(delta.products.map((p) => p.id)).toEqual([product.id])
    expect(delta.products[0]!.deletedAt).not.toBeNull()
    expect(delta.categories.map((c) => c.id)).toEqual([category.id])
    expect(delta.categories[0]!.deletedAt).not.toBeNull()
  })

  it('refuses to hard-delete catalog rows, which would never reach clients', async () => {
    await expect(database().db.execute(sql`delete from products`)).rejects.toThrow()
  })

  it.each([
    ['since', '-1'],
    ['since', 'abc'],
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
