/**
 * The server's index counts option facets as the database does: products and variants written as
 * the shop writes them (the roll-up trigger keeps each product's stock and price), then every
 * option value's count, and its count with "in stock" on, compared with counts of product_variants
 * in SQL — live variants of live products only.
 */
import { type SQL, sql } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'
import type { Category, Product, ProductOption } from '../../shared/catalog/product.ts'
import { optionToken } from '../../shared/search/option-values.ts'
import { createSearchEngine } from '../../shared/search/search-engine.ts'
import { type SearchRequest, type SearchResults, searchRequest } from '../../shared/search/search-types.ts'
import {
  decodeSnapshotRow,
  encodeSnapshotCategory,
  encodeSnapshotProduct,
  snapshotHeader,
} from '../../shared/sync/catalog-snapshot.ts'
import { deterministicUuid, mulberry32 } from '../catalog/demo-catalog.ts'
import { categories, products, productVariants } from '../db/schema.ts'
import { createLogger } from '../platform/logger.ts'
import { rowsOf } from '../platform/migrate.ts'
import { pullCatalogChanges } from '../sync/catalog-sync.service.ts'
import { databaseTargets, useTestDatabase } from '../test-support/test-database.ts'
import { createSearchIndex, type SearchIndex } from './search-index.service.ts'

const shoeSizes = ['36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46']
const colours = [
  { code: 'black', label: 'Black', swatch: '#111111' },
  { code: 'white', label: 'White', swatch: '#f5f5f5' },
  { code: 'navy', label: 'Navy', swatch: '#1f2a44' },
  { code: 'red', label: 'Red' },
]
const capacities = ['128gb', '256gb', '512gb']

type Count = { token: string; n: number }

describe.each(await databaseTargets())('option facets of the server index on $name', (target) => {
  const database = useTestDatabase(target)
  if (!database) return
  let index: SearchIndex | undefined

  const sqlRows = async <T>(query: SQL) => rowsOf(await database().db.execute(query)) as T[]
  /** Products with a live variant passing `where` (over `v`, the variant), by option value token. */
  const countsBy = async (where: SQL) =>
    Object.fromEntries(
      (
        await sqlRows<Count>(sql`
          select o.key || ':' || o.value as token, count(distinct v.product_id)::int as n
          from product_variants v
          join products p on p.id = v.product_id and p.deleted_at is null
          cross join lateral jsonb_each_text(v.option_values) o
          where v.deleted_at is null and ${where}
          group by 1`)
      ).map((row) => [row.token, row.n]),
    )
  /** Products with a live variant passing `where`. */
  const productCount = async (where: SQL) => {
    const [row] = await sqlRows<{ n: number }>(sql`
      select count(distinct v.product_id)::int as n
      from product_variants v join products p on p.id = v.product_id and p.deleted_at is null
      where v.deleted_at is null and ${where}`)
    return row!.n
  }
  const search = async (fields: Partial<SearchRequest>): Promise<SearchResults> => {
    if (!index) {
      await insertCatalog()
      index = createSearchIndex({ db: database().db, logger: createLogger('silent') })
    }
    return index.search(searchRequest({ pageSize: 1, ...fields }))
  }
  const shownCounts = (results: SearchResults) =>
    Object.fromEntries(
      results.facets.options.flatMap((facet) =>
        facet.values.filter((v) => v.count > 0).map((v) => [optionToken(facet.code, v.value), v.count]),
      ),
    )

  const insertCatalog = async (): Promise<void> => {
    const db = database().db
    const random = mulberry32(1_313)
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!
    const categoryId = deterministicUuid('facets:category')
    await db.insert(categories).values({ id: categoryId, slug: 'shoes', name: 'Shoes', description: '', position: 0 })
    const productRows: (typeof products.$inferInsert)[] = []
    const variantRows: (typeof productVariants.$inferInsert)[] = []
    for (let i = 0; i < 48; i++) {
      const id = deterministicUuid(`facets:product:${i}`)
      const options: ProductOption[] = []
      if (i % 8 === 7) {
        options.push({ code: 'capacity', name: 'Capacity', values: capacities.map((code) => ({ code, label: code })) })
      } else {
        const sizes = shoeSizes.filter(() => random() < 0.5)
        options.push({ code: 'size', name: 'Size', values: sizes.map((code) => ({ code, label: code })) })
        if (random() < 0.7)
          options.push({ code: 'colour', name: 'Colour', values: colours.filter(() => random() < 0.6) })
      }
      const usable = options.filter((option) => option.values.length > 0)
      let combos: Record<string, string>[] = [{}]
      for (const option of usable) {
        combos = combos.flatMap((combo) => option.values.map((value) => ({ ...combo, [option.code]: value.code })))
      }
      productRows.push({
        id,
        slug: `facet-shoe-${i}`,
        name: `Facet Shoe ${i}`,
        description: 'A shoe for counting.',
        brand: pick(['Stride', 'Pace']),
        categoryId,
        price: 0,
        currency: 'USD',
        stock: 0,
        options: usable,
        // Two in three rated, a few alike, so "top rated" has ties to break by review count and id.
        ratingCounts: i % 3 === 0 ? [0, 0, 0, 0, 0] : [0, 1, 1, 2 + (i % 4), i % 5],
        // One product of the catalog is deleted: its variants count for nothing.
        deletedAt: i === 5 ? new Date() : null,
      })
      combos.forEach((optionValues, position) => {
        variantRows.push({
          id: deterministicUuid(`facets:variant:${i}:${position}`),
          productId: id,
          sku: `FS-${i}-${position}`,
          optionValues,
          price: 4_000 + Math.floor(random() * 6_000),
          stock: random() < 0.45 ? 0 : 1 + Math.floor(random() * 9),
          position,
          // Some withdrawn variants, in stock, so counting them would show.
          deletedAt: random() < 0.15 ? new Date() : null,
        })
      })
    }
    await db.insert(products).values(productRows)
    await db.insert(productVariants).values(variantRows)
  }

  it('counts each option value as the product_variants table does, with and without "in stock"', async () => {
    const everything = await search({})
    const offered = await countsBy(sql`true`)
    expect(Object.keys(offered).length).toBeGreaterThan(15)
    expect(shownCounts(everything)).toEqual(offered)
    expect(shownCounts(await search({ inStock: true }))).toEqual(await countsBy(sql`v.stock > 0`))
    // The groups are named by their options and list sizes in size order.
    const size = everything.facets.options.find((facet) => facet.code === 'size')!
    expect(size.name).toBe('Size')
    expect(size.values.map((v) => Number(v.value))).toEqual(
      size.values.map((v) => Number(v.value)).sort((a, b) => a - b),
    )
  })

  it('filters by each value alone, in stock in that value, as SQL counts', async () => {
    const tokens = Object.keys(await countsBy(sql`true`))
    for (const token of tokens) {
      const [code, value] = token.split(':') as [string, string]
      const has = sql`v.option_values ->> ${code} = ${value}`
      const all = await search({ options: [token] })
      expect(all.total, token).toBe(await productCount(has))
      const inStock = await search({ options: [token], inStock: true })
      expect(inStock.total, token).toBe(await productCount(sql`${has} and v.stock > 0`))
      // The stock facet with the value chosen: in stock in it, or offered in it but sold out in it.
      expect(all.facets.inStock.inStock, token).toBe(inStock.total)
      expect(all.facets.inStock.outOfStock, token).toBe(all.total - inStock.total)
    }
  })

  it('with Size 42 and "in stock" on, counts colours by the variants that are both', async () => {
    const size42 = sql`v.option_values ->> 'size' = '42'`
    const results = await search({ options: ['size:42'], inStock: true })
    const colourCounts = Object.fromEntries(
      results.facets.options
        .find((facet) => facet.code === 'colour')!
        .values.filter((v) => v.count > 0)
        .map((v) => [v.value, v.count]),
    )
    const expected = Object.fromEntries(
      Object.entries(await countsBy(sql`${size42} and v.stock > 0`))
        .filter(([token]) => token.startsWith('colour:'))
        .map(([token, n]) => [token.slice('colour:'.length), n]),
    )
    expect(Object.keys(expected).length).toBeGreaterThan(0)
    expect(colourCounts).toEqual(expected)
    for (const colour of Object.keys(expected)) {
      const both = await search({ options: ['size:42', `colour:${colour}`], inStock: true })
      expect(both.total, colour).toBe(
        await productCount(sql`${size42} and v.option_values ->> 'colour' = ${colour} and v.stock > 0`),
      )
    }
    // Sizes with "in stock" and nothing else chosen: a size counts where a variant of it is in stock.
    const sizeCounts = shownCounts(results)
    const inStockSizes = await countsBy(sql`v.stock > 0`)
    for (const token of Object.keys(inStockSizes).filter((t) => t.startsWith('size:'))) {
      expect(sizeCounts[token], token).toBe(inStockSizes[token])
    }
  })

  it('answers as the browser’s index does, built from what a device stores (snapshot rows, its own order)', async () => {
    await search({})
    const page = await pullCatalogChanges(database(), { since: { floor: 0n }, limit: 1_000 })
    expect(page.hasMore).toBe(false)
    // A device's first sync is the snapshot file; its index reads the rows back in Dexie's order.
    const header = snapshotHeader({ categories: page.categories.length, products: page.products.length })
    const stored = {
      categories: page.categories.map(
        (c) => decodeSnapshotRow(header.categoryColumns, JSON.parse(encodeSnapshotCategory(c))) as Category,
      ),
      products: page.products
        .filter((p) => p.deletedAt === null)
        .map((p) => decodeSnapshotRow(header.productColumns, JSON.parse(encodeSnapshotProduct(p))) as Product)
        .sort((a, b) => (a.id < b.id ? 1 : -1)),
    }
    const device = createSearchEngine()
    device.applyChanges(stored)
    const requests: Partial<SearchRequest>[] = [
      {},
      { inStock: true },
      { options: ['size:42'], inStock: true },
      { options: ['size:40', 'size:41', 'colour:black'] },
      { options: ['capacity:256gb'], inStock: false },
      { q: 'facet shoe', options: ['colour:navy'], brands: ['Pace'] },
      { minRating: 4, sort: 'top_rated' },
      { minRating: 3, inStock: true, options: ['size:42'] },
      { q: 'facet shoe', sort: 'top_rated', brands: ['Stride'] },
    ]
    // Results tied on score (browsing) come in indexing order, which differs: compared as sets.
    const comparable = ({ tookMs: _, hits, ...rest }: SearchResults) => ({
      ...rest,
      hits: [...hits].sort((a, b) => (a.id < b.id ? -1 : 1)),
    })
    for (const fields of requests) {
      const request = searchRequest({ pageSize: 48, ...fields })
      const onDevice = device.search(request)
      const onServer = await index!.search(request)
      expect(comparable(onDevice), JSON.stringify(fields)).toEqual(comparable(onServer))
      // "Top rated" orders alike up to ties (same average and count), which fall in indexing order.
      const ratingOrder = (results: SearchResults) => results.hits.map((hit) => [hit.rating, hit.reviewCount])
      if (request.sort === 'top_rated') {
        expect(ratingOrder(onDevice), JSON.stringify(fields)).toEqual(ratingOrder(onServer))
      }
    }
    expect(device.search(searchRequest({ minRating: 4 })).total).toBeGreaterThan(0)
  })
})
