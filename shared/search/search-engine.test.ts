import { describe, expect, it } from 'vitest'
import type { Category, Product } from '../catalog/product.ts'
import { asCategoryId, asProductId, asVariantId } from '../ids.ts'
import { createSearchEngine } from './search-engine.ts'
import { type SearchRequest, searchRequest } from './search-types.ts'

const stamp = '2025-01-01T00:00:00.000Z'

function category(slug: string, name: string, position: number): Category {
  return {
    id: asCategoryId(`c-${slug}`),
    slug,
    name,
    description: '',
    position,
    version: 1,
    updatedAt: stamp,
    deletedAt: null,
  }
}

const audio = category('audio', 'Headphones & Audio', 0)
const laptops = category('laptops', 'Laptops', 1)
const furniture = category('furniture', 'Furniture', 2)
const peripherals = category('peripherals', 'Keyboards & Mice', 3)

let sequence = 0
function product(name: string, fields: Partial<Product> & Pick<Product, 'categoryId'>): Product {
  sequence += 1
  const variant = {
    id: asVariantId(`v-${sequence}`),
    sku: `SKU-${sequence}`,
    optionValues: {},
    price: fields.price ?? 10_000,
    compareAtPrice: null,
    stock: fields.stock ?? 5,
    barcode: null,
    weightGrams: null,
    imageIndexes: [],
  }
  return {
    id: asProductId(`p-${sequence}`),
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    name,
    description: `Meet the ${name}.`,
    brand: name.split(' ')[0]!,
    tags: [],
    price: 10_000,
    currency: 'USD',
    stock: 5,
    featured: false,
    images: [],
    options: [],
    variants: [variant],
    createdAt: new Date(Date.parse(stamp) + sequence * 1000).toISOString(),
    version: 10 + sequence,
    updatedAt: stamp,
    deletedAt: null,
    ...fields,
  }
}

const catalog = [
  product('Sonora Aria Wireless Headphones', { categoryId: audio.id, price: 19_900, tags: ['bluetooth'] }),
  product('Audeon Pulse Wireless Headphones', { categoryId: audio.id, price: 8_900, stock: 0 }),
  product('Audeon Tempo Wireless Earbuds', { categoryId: audio.id, price: 4_900 }),
  product('Lumen Air 13 Laptop', { categoryId: laptops.id, price: 99_900, description: 'Thin, light, quiet.' }),
  product('Vertex Pro 16 Gaming Laptop', { categoryId: laptops.id, price: 189_900 }),
  product('Vertex Edge Wireless Mouse', { categoryId: peripherals.id, price: 2_900 }),
  product('Linea Bergen Velvet Sofa', { categoryId: furniture.id, price: 89_900 }),
]

const request = searchRequest

function engineWithCatalog() {
  const engine = createSearchEngine()
  engine.applyChanges({ categories: [audio, laptops, furniture, peripherals], products: catalog })
  return engine
}

const names = (engine: ReturnType<typeof createSearchEngine>, fields: Partial<SearchRequest>) =>
  engine.search(request(fields)).hits.map((hit) => hit.name)

describe('search engine', () => {
  const engine = engineWithCatalog()

  it.each([
    ['hedphones', ['Audeon Pulse Wireless Headphones', 'Sonora Aria Wireless Headphones']],
    ['laptp', ['Lumen Air 13 Laptop', 'Vertex Pro 16 Gaming Laptop']],
    ['wirless mouse', ['Vertex Edge Wireless Mouse']],
    ['couch', ['Linea Bergen Velvet Sofa']],
    ['mice', ['Vertex Edge Wireless Mouse']],
  ])('finds "%s" first', (q, expected) => {
    expect(names(engine, { q }).slice(0, expected.length).sort()).toEqual(expected)
  })

  it('requires every word of the query', () => {
    expect(names(engine, { q: 'vertex mouse' })).toEqual(['Vertex Edge Wireless Mouse'])
    expect(names(engine, { q: 'sonora laptop' })).toEqual([])
  })

  it('ranks a match in the name above a match in the category only', () => {
    const hits = names(engine, { q: 'headphones' })
    expect(hits.slice(0, 2).every((name) => name.includes('Headphones'))).toBe(true)
    expect(hits).toContain('Audeon Tempo Wireless Earbuds')
  })

  it('highlights the matched words in the name and the description', () => {
    const [hit] = engine.search(request({ q: 'wirless mous' })).hits
    expect(hit!.highlights.name).toEqual({
      text: 'Vertex Edge Wireless Mouse',
      ranges: [
        [12, 20],
        [21, 26],
      ],
    })
    expect(hit!.highlights.description?.ranges).toHaveLength(2)
  })

  it('marks a result "from" its lowest price when its variants cost more', () => {
    const [sole] = catalog[0]!.variants
    const laptop = product('Lumen Air 15 Laptop', { categoryId: laptops.id, price: 129_900 })
    const variants = [256, 512].map((gb, index) => ({
      ...sole!,
      id: asVariantId(`air-${gb}`),
      price: 129_900 + index * 20_000,
    }))
    const withSizes = createSearchEngine()
    withSizes.applyChanges({
      categories: [laptops],
      products: [laptop, { ...laptop, id: asProductId('air-2'), slug: 'air-2', variants }],
    })
    const hits = withSizes.search(request({ q: 'lumen air' })).hits
    expect(hits.map((hit) => [hit.slug, hit.price, hit.priceFrom]).sort()).toEqual([
      ['air-2', 129_900, true],
      [laptop.slug, 129_900, false],
    ])
  })

  it('counts each facet without its own filter, with the others applied', () => {
    const results = engine.search(request({ q: 'wireless', brands: ['Audeon'], inStock: true }))
    expect(results.hits.map((h) => h.name)).toEqual(['Audeon Tempo Wireless Earbuds'])
    expect(results.total).toBe(1)
    // Brand counts keep inStock but not the brand filter: Sonora (1 in stock), Audeon (1), Vertex (1).
    expect(results.facets.brand).toEqual([
      { value: 'Audeon', label: 'Audeon', count: 1 },
      { value: 'Sonora', label: 'Sonora', count: 1 },
      { value: 'Vertex', label: 'Vertex', count: 1 },
    ])
    // Stock counts keep the brand filter but not inStock: Audeon has one in and one out of stock.
    expect(results.facets.inStock).toEqual({ inStock: 1, outOfStock: 1 })
    expect(results.facets.category).toEqual([{ value: 'audio', label: 'Headphones & Audio', count: 1 }])
  })

  it('filters and counts by price band, bounds inclusive', () => {
    const results = engine.search(request({ minPrice: 2_900, maxPrice: 8_900 }))
    expect(results.hits.map((h) => h.price).sort((a, b) => a - b)).toEqual([2_900, 4_900, 8_900])
    const bands = Object.fromEntries(results.facets.price.map((band) => [band.min, band.count]))
    expect(bands).toMatchObject({ 0: 0, 2500: 2, 5000: 1, 10000: 1, 50000: 2, 100000: 1 })
  })

  it('sorts by price and by newest, and pages without overlap', () => {
    const ascending = engine.search(request({ sort: 'price_asc' })).hits.map((h) => h.price)
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b))
    const descending = engine.search(request({ sort: 'price_desc' })).hits.map((h) => h.price)
    expect(descending).toEqual([...ascending].reverse())
    expect(engine.search(request({ sort: 'newest' })).hits[0]!.name).toBe('Linea Bergen Velvet Sofa')
    const pages = [1, 2, 3, 4].flatMap((page) => engine.search(request({ page, pageSize: 2 })).hits.map((h) => h.id))
    expect(new Set(pages).size).toBe(catalog.length)
  })

  it('says "did you mean" with the closest indexed word when nothing matches', () => {
    const results = engine.search(request({ q: 'hedfones' }))
    expect(results.total).toBe(0)
    expect(results.didYouMean).toBe('headphones')
    expect(engine.search(request({ q: 'qqqqqqq' })).didYouMean).toBeNull()
  })

  it('says which words it searched for when it fixed typos, and searches verbatim when asked', () => {
    const corrected = engine.search(request({ q: 'wirless hedphones' }))
    expect(corrected.hits.map((h) => h.name)).toContain('Sonora Aria Wireless Headphones')
    expect(corrected.correctedQuery).toBe('wireless headphones')
    expect(engine.search(request({ q: 'wireless headphones' })).correctedQuery).toBeNull()
    const verbatim = engine.search(request({ q: 'wirless hedphones', verbatim: true }))
    expect(verbatim.total).toBe(0)
    expect(verbatim.correctedQuery).toBeNull()
    expect(verbatim.didYouMean).toBe('wireless headphones')
  })

  it('suggests categories, then product names, for the word being typed', () => {
    const { suggestions } = engine.suggest('lap')
    expect(suggestions[0]).toEqual({ kind: 'category', slug: 'laptops', label: { text: 'Laptops', ranges: [[0, 7]] } })
    expect(suggestions.slice(1).map((s) => s.label.text)).toEqual(
      expect.arrayContaining(['Lumen Air 13 Laptop', 'Vertex Pro 16 Gaming Laptop']),
    )
    expect(engine.suggest('').suggestions).toEqual([])
  })

  it('finds a renamed product by its new name only, and drops a deleted one', () => {
    const own = engineWithCatalog()
    const sofa = catalog.at(-1)!
    const renamed = { ...sofa, name: 'Linea Bergen Chesterfield', description: 'Deep seats.', version: 99 }
    own.applyChanges({ categories: [], products: [renamed] })
    expect(names(own, { q: 'chesterfield' })).toEqual(['Linea Bergen Chesterfield'])
    expect(names(own, { q: 'velvet sofa' })).toEqual([])
    own.applyChanges({ categories: [], products: [{ ...sofa, deletedAt: stamp, version: 100 }] })
    expect(names(own, { q: 'chesterfield' })).toEqual([])
    expect(own.size()).toBe(catalog.length - 1)
  })

  it('removes what a tombstone-less copy names as deleted', () => {
    const own = engineWithCatalog()
    const sofa = catalog.at(-1)!
    own.applyChanges({ categories: [], products: [], deletedProductIds: [sofa.id], deletedCategoryIds: [audio.id] })
    expect(names(own, { q: 'sofa' })).toEqual([])
    // The audio products stay findable by name, no longer by their deleted category.
    expect(names(engine, { q: 'audio' })).toContain('Sonora Aria Wireless Headphones')
    expect(names(own, { q: 'audio' })).not.toContain('Sonora Aria Wireless Headphones')
    expect(names(own, { q: 'earbuds' })).toEqual(['Audeon Tempo Wireless Earbuds'])
    expect(own.search(request({ q: 'earbuds' })).facets.category).toEqual([])
  })

  it('re-indexes the products of a renamed category', () => {
    const own = engineWithCatalog()
    own.applyChanges({ categories: [{ ...furniture, name: 'Living Room', version: 101 }], products: [] })
    expect(names(own, { q: 'living room' })).toEqual(['Linea Bergen Velvet Sofa'])
    expect(own.search(request({ q: 'sofa' })).facets.category).toEqual([
      { value: 'furniture', label: 'Living Room', count: 1 },
    ])
  })
})
