import { describe, expect, it } from 'vitest'
import type { Category, Product } from '../catalog/product.ts'
import { asCategoryId, asProductId, asVariantId } from '../ids.ts'
import type { RatingCounts } from '../reviews/review.ts'
import { createSearchEngine } from './search-engine.ts'
import { type SearchRequest, type SearchResults, searchRequest } from './search-types.ts'

const stamp = '2025-01-01T00:00:00.000Z'
const kitchen: Category = {
  id: asCategoryId('c-kitchen'),
  slug: 'kitchen',
  name: 'Kitchen',
  description: '',
  position: 0,
  version: 1,
  updatedAt: stamp,
  deletedAt: null,
}

let sequence = 0
function kettle(name: string, brand: string, ratingCounts: RatingCounts | undefined, stock = 3): Product {
  sequence += 1
  return {
    id: asProductId(`p-${sequence}`),
    slug: name.toLowerCase().replace(/ /g, '-'),
    name,
    description: 'Boils water.',
    brand,
    tags: [],
    categoryId: kitchen.id,
    price: 3_000 + sequence,
    currency: 'EUR',
    stock,
    featured: false,
    images: [],
    options: [],
    variants: [
      {
        id: asVariantId(`v-${sequence}`),
        sku: `K-${sequence}`,
        optionValues: {},
        price: 3_000 + sequence,
        compareAtPrice: null,
        stock,
        barcode: null,
        weightGrams: null,
        imageIndexes: [],
      },
    ],
    ...(ratingCounts ? { ratingCounts } : {}),
    createdAt: new Date(Date.parse(stamp) + sequence * 1000).toISOString(),
    version: sequence,
    updatedAt: stamp,
    deletedAt: null,
  }
}

// Averages as shown: 4.8 from 120, 4.8 from 5, 4.0, 3.5 (sold out), none, 2.0, none (no counts stored).
const loved = kettle('Aurora Kettle', 'Aurora', [0, 0, 4, 16, 100])
const likedByFew = kettle('Brisk Kettle', 'Brisk', [0, 0, 0, 1, 4])
const good = kettle('Copper Kettle', 'Aurora', [0, 0, 0, 3, 0])
const fair = kettle('Drift Kettle', 'Brisk', [0, 0, 1, 1, 0], 0)
const unrated = kettle('Ember Kettle', 'Aurora', [0, 0, 0, 0, 0])
const poor = kettle('Flint Kettle', 'Brisk', [1, 2, 1, 0, 0])
const fromOldDevice = kettle('Glow Kettle', 'Aurora', undefined)
const catalog = [loved, likedByFew, good, fair, unrated, poor, fromOldDevice]

function engine() {
  const built = createSearchEngine()
  built.applyChanges({ categories: [kitchen], products: catalog })
  return built
}

const names = (results: SearchResults) => results.hits.map((hit) => hit.name)
const floors = (results: SearchResults) => Object.fromEntries(results.facets.rating.map((f) => [f.min, f.count]))
const search = (fields: Partial<SearchRequest>) => engine().search(searchRequest({ sort: 'price_asc', ...fields }))

describe('search by rating', () => {
  it.each([
    ['any rating', {}, [loved, likedByFew, good, fair, unrated, poor, fromOldDevice], { 4: 3, 3: 4 }],
    ['4 stars & up', { minRating: 4 }, [loved, likedByFew, good], { 4: 3, 3: 4 }],
    ['3 stars & up', { minRating: 3 }, [loved, likedByFew, good, fair], { 4: 3, 3: 4 }],
    ['3 & up, in stock', { minRating: 3, inStock: true }, [loved, likedByFew, good], { 4: 3, 3: 3 }],
    ['4 & up, one brand', { minRating: 4, brands: ['Brisk'] }, [likedByFew], { 4: 1, 3: 2 }],
    ['4 & up, a query', { q: 'copper', minRating: 4 }, [good], { 4: 1, 3: 1 }],
    ['3 & up, nothing rated matches', { q: 'ember', minRating: 3 }, [], { 4: 0, 3: 0 }],
  ] as const)(
    '%s: the matching products, and each floor counted as if it alone were chosen',
    (_name, fields, expected, counts) => {
      const results = search(fields)
      expect(names(results)).toEqual(expected.map((p) => p.name))
      expect(floors(results)).toEqual(counts)
    },
  )

  it('counts the other facets with the rating floor kept', () => {
    const results = search({ minRating: 3 })
    expect(Object.fromEntries(results.facets.brand.map((b) => [b.value, b.count]))).toEqual({ Aurora: 2, Brisk: 2 })
    expect(results.facets.inStock).toEqual({ inStock: 3, outOfStock: 1 })
  })

  it.each([
    ['browsing', ''],
    ['a query', 'kettle'],
  ])('sorts "top rated" by average, then by number of reviews, unrated last (%s)', (_name, q) => {
    const results = search({ q, sort: 'top_rated' })
    expect(names(results).slice(0, 5)).toEqual([loved, likedByFew, good, fair, poor].map((p) => p.name))
    expect(new Set(names(results).slice(5))).toEqual(new Set([unrated.name, fromOldDevice.name]))
  })

  it('pages "top rated" without overlap or gaps', () => {
    const all = names(search({ sort: 'top_rated', pageSize: 7 }))
    const pages = [1, 2, 3].flatMap((page) => names(search({ sort: 'top_rated', pageSize: 3, page })))
    expect(pages).toEqual(all)
  })

  it('answers each hit’s average and review count, null without reviews', () => {
    const hits = search({}).hits
    expect(hits.find((hit) => hit.id === loved.id)).toMatchObject({ rating: 4.8, reviewCount: 120 })
    expect(hits.find((hit) => hit.id === unrated.id)).toMatchObject({ rating: null, reviewCount: 0 })
    expect(hits.find((hit) => hit.id === fromOldDevice.id)).toMatchObject({ rating: null, reviewCount: 0 })
  })

  it('follows a product’s new counts when its row changes', () => {
    const index = engine()
    index.applyChanges({ categories: [], products: [{ ...unrated, ratingCounts: [0, 0, 0, 0, 2], version: 99 }] })
    const results = index.search(searchRequest({ minRating: 4, sort: 'top_rated' }))
    expect(names(results)).toEqual([unrated, loved, likedByFew, good].map((p) => p.name))
    expect(floors(results)).toEqual({ 4: 4, 3: 5 })
  })

  it('suggests products with their stars, null without reviews', () => {
    const suggestions = engine().suggest('kettle').suggestions
    expect(suggestions.find((s) => s.kind === 'product' && s.productId === loved.id)).toMatchObject({
      rating: 4.8,
      reviewCount: 120,
    })
    expect(suggestions.find((s) => s.kind === 'product' && s.productId === unrated.id)).toMatchObject({
      rating: null,
      reviewCount: 0,
    })
  })
})
