import { describe, expect, it } from 'vitest'
import { asCategoryId, asProductId, asVariantId } from '../ids.ts'
import { type CategoryFilters, categoryHref, filterCategory, noCategoryFilters } from './category-filters.ts'
import type { Product } from './product.ts'

const stamp = '2026-01-01T00:00:00.000Z'
let sequence = 0
function product(brand: string, price: number, stock: number): Product {
  sequence += 1
  return {
    id: asProductId(`p-${sequence}`),
    slug: `p-${sequence}`,
    name: `${brand} ${sequence}`,
    description: '',
    brand,
    tags: [],
    categoryId: asCategoryId('c-1'),
    price,
    currency: 'USD',
    stock,
    featured: false,
    images: [],
    options: [],
    variants: [
      {
        id: asVariantId(`v-${sequence}`),
        sku: `SKU-${sequence}`,
        optionValues: {},
        price,
        compareAtPrice: null,
        stock,
        barcode: null,
        weightGrams: null,
        imageIndexes: [],
      },
    ],
    createdAt: new Date(Date.parse(stamp) + sequence * 1000).toISOString(),
    version: sequence,
    updatedAt: stamp,
    deletedAt: null,
  }
}

// Prices in minor units: bands 0–24.99, 25–49.99, 50–99.99, 100–249.99, …
const acmeCheap = product('Acme', 1_999, 4)
const acmeSoldOut = product('Acme', 7_999, 0)
const zenMid = product('Zen', 7_500, 2)
const zenDear = product('Zen', 19_900, 9)
const oboDear = product('Obo', 12_000, 1)
const all = [acmeCheap, acmeSoldOut, zenMid, zenDear, oboDear]

const filters = (fields: Partial<CategoryFilters>): CategoryFilters => ({ ...noCategoryFilters, ...fields })
const names = (products: readonly Product[]) => products.map((p) => p.name)
const brandCounts = (result: ReturnType<typeof filterCategory>) =>
  Object.fromEntries(result.facets.brand.map((value) => [value.value, value.count]))
const bandCounts = (result: ReturnType<typeof filterCategory>) => result.facets.price.map((band) => band.count)

describe('filterCategory', () => {
  it('without filters keeps every product, newest first, and counts each once per facet', () => {
    const result = filterCategory(all, noCategoryFilters, 'newest')
    expect(names(result.products)).toEqual(names([...all].reverse()))
    expect(brandCounts(result)).toEqual({ Acme: 2, Zen: 2, Obo: 1 })
    expect(bandCounts(result)).toEqual([1, 0, 2, 2, 0, 0, 0])
    expect(result.facets.inStock).toEqual({ inStock: 4, outOfStock: 1 })
  })

  it('counts brands as if each were chosen, with the other filters kept (disjunctive)', () => {
    const result = filterCategory(all, filters({ brands: ['Zen'], inStock: true }), 'price_asc')
    expect(names(result.products)).toEqual(names([zenMid, zenDear]))
    // Acme's sold-out product does not count while "in stock" is on; Obo would add one.
    expect(brandCounts(result)).toEqual({ Zen: 2, Acme: 1, Obo: 1 })
    // Price bands count the chosen brand only; stock counts both states of the chosen brand.
    expect(bandCounts(result)).toEqual([0, 0, 1, 1, 0, 0, 0])
    expect(result.facets.inStock).toEqual({ inStock: 2, outOfStock: 0 })
  })

  it('filters by a price band and sorts by price, dearest first', () => {
    const result = filterCategory(all, filters({ minPrice: 10_000, maxPrice: 24_999 }), 'price_desc')
    expect(names(result.products)).toEqual(names([zenDear, oboDear]))
    expect(brandCounts(result)).toEqual({ Zen: 1, Obo: 1 })
    expect(bandCounts(result)).toEqual([1, 0, 2, 2, 0, 0, 0])
  })

  it('lists a chosen brand that matches nothing, with count 0, so it can be undone', () => {
    const result = filterCategory(all, filters({ brands: ['Nobody'] }), 'newest')
    expect(result.products).toEqual([])
    expect(result.facets.brand.find((value) => value.value === 'Nobody')?.count).toBe(0)
  })
})

describe('filterCategory by rating', () => {
  const rated = (base: Product, ratingCounts: Product['ratingCounts']): Product => ({ ...base, ratingCounts })
  // Averages as shown: 4.5, 4.0, 3.5 (53 stars from 15 reviews), none (no counts stored), 2.0.
  const great = rated(product('Acme', 1_000, 1), [0, 0, 0, 1, 1])
  const good = rated(product('Zen', 1_100, 1), [0, 0, 0, 3, 0])
  const fair = rated(product('Zen', 1_200, 0), [1, 0, 6, 6, 2])
  const unrated = product('Obo', 1_300, 1)
  const poor = rated(product('Obo', 1_400, 1), [0, 4, 0, 0, 0])
  const rows = [great, good, fair, unrated, poor]
  const ratingCounts = (result: ReturnType<typeof filterCategory>) =>
    Object.fromEntries(result.facets.rating.map((floor) => [floor.min, floor.count]))

  it.each([
    [null, [great, good, fair, unrated, poor]],
    [4, [great, good]],
    [3, [great, good, fair]],
  ] as const)('with minRating %s keeps the products rated that high as shown', (minRating, expected) => {
    const result = filterCategory(rows, filters({ minRating }), 'price_asc')
    expect(names(result.products)).toEqual(names(expected))
    // The floors are counted as if each were chosen: choosing one never changes their counts.
    expect(ratingCounts(result)).toEqual({ 4: 2, 3: 3 })
  })

  it('counts the floors with the other filters kept, and the other facets with the floor kept', () => {
    const result = filterCategory(rows, filters({ minRating: 3, inStock: true }), 'price_asc')
    expect(names(result.products)).toEqual(names([great, good]))
    expect(ratingCounts(result)).toEqual({ 4: 2, 3: 2 })
    expect(brandCounts(result)).toEqual({ Acme: 1, Zen: 1 })
    expect(result.facets.inStock).toEqual({ inStock: 2, outOfStock: 1 })
  })
})

describe('categoryHref', () => {
  it('names the filters as the search page does, then a sort other than newest', () => {
    expect(categoryHref('shoes', 'newest', noCategoryFilters)).toBe('/c/shoes')
    expect(categoryHref('shoes', 'price_asc', filters({ brands: ['Zen', 'Obo & Co'], inStock: true }))).toBe(
      '/c/shoes?brand=Zen&brand=Obo+%26+Co&inStock=true&sort=price_asc',
    )
    expect(categoryHref('shoes', 'newest', filters({ minPrice: 0, maxPrice: 2_499 }))).toBe(
      '/c/shoes?minPrice=0&maxPrice=2499',
    )
    expect(categoryHref('shoes', 'newest', filters({ minRating: 4 }))).toBe('/c/shoes?minRating=4')
  })
})
