/**
 * Option facets and filters of the engine against a plain model of their meaning (facet-count.ts),
 * on hand-picked cases and on generated catalogs: every count is what choosing that value alone
 * for its option would give.
 */
import { describe, expect, it } from 'vitest'
import type { Category, Product, ProductOption, ProductVariant } from '../catalog/product.ts'
import { asCategoryId, asProductId, asVariantId } from '../ids.ts'
import { optionToken, parseOptionToken } from './option-values.ts'
import { createSearchEngine, type SearchEngine } from './search-engine.ts'
import { type SearchRequest, type SearchResults, searchRequest } from './search-types.ts'

const stamp = '2025-01-01T00:00:00.000Z'
const shoes: Category = {
  id: asCategoryId('c-shoes'),
  slug: 'shoes',
  name: 'Shoes',
  description: '',
  position: 0,
  version: 1,
  updatedAt: stamp,
  deletedAt: null,
}

const sizes = ['38', '39', '40', '41', '42', '43', '44']
const colours = [
  { code: 'black', label: 'Black', swatch: '#111111' },
  { code: 'white', label: 'White', swatch: '#ffffff' },
  { code: 'red', label: 'Red', swatch: '#cc2200' },
]
const sizeOption = (values: readonly string[]): ProductOption => ({
  code: 'size',
  name: 'Size',
  values: values.map((code) => ({ code, label: code })),
})
const colourOption = (values: readonly string[]): ProductOption => ({
  code: 'colour',
  name: 'Colour',
  values: colours.filter((colour) => values.includes(colour.code)),
})

let sequence = 0
type VariantSpec = readonly [Record<string, string>, number]
function shoe(name: string, options: ProductOption[], variants: readonly VariantSpec[], brand = 'Stride'): Product {
  sequence += 1
  const built: ProductVariant[] = variants.map(([optionValues, stock], index) => ({
    id: asVariantId(`v-${sequence}-${index}`),
    sku: `S-${sequence}-${index}`,
    optionValues,
    price: 5_000 + index,
    compareAtPrice: null,
    stock,
    barcode: null,
    weightGrams: null,
    imageIndexes: [],
  }))
  return {
    id: asProductId(`p-${String(sequence).padStart(4, '0')}`),
    slug: `shoe-${sequence}`,
    name,
    description: `The ${name}.`,
    brand,
    tags: [],
    categoryId: shoes.id,
    price: Math.min(...built.map((v) => v.price)),
    currency: 'USD',
    stock: built.reduce((sum, v) => sum + v.stock, 0),
    featured: false,
    images: [],
    options,
    variants: built,
    createdAt: stamp,
    version: 10 + sequence,
    updatedAt: stamp,
    deletedAt: null,
  }
}

function engineWith(products: readonly Product[]): SearchEngine {
  const engine = createSearchEngine()
  engine.applyChanges({ categories: [shoes], products })
  return engine
}

/** `{ "size:42": 3, … }` of an answer's option facets. */
function optionCounts(results: SearchResults): Record<string, number> {
  return Object.fromEntries(
    results.facets.options.flatMap((facet) => facet.values.map((v) => [optionToken(facet.code, v.value), v.count])),
  )
}

// --- The model: the meaning of option filters and counts, written plainly. ---

function chosenByCode(tokens: readonly string[]): Map<string, Set<string>> {
  const chosen = new Map<string, Set<string>>()
  for (const token of tokens) {
    const { code, value } = parseOptionToken(token)!
    chosen.set(code, (chosen.get(code) ?? new Set()).add(value))
  }
  return chosen
}

/** -1 fails the options; else whether a variant with the chosen values is in stock. */
function modelState(product: Product, chosen: Map<string, Set<string>>): number {
  const matching = product.variants.filter((variant) =>
    [...chosen].every(([code, values]) => values.has(variant.optionValues[code] ?? '')),
  )
  if (matching.length === 0) return -1
  return matching.some((variant) => variant.stock > 0) ? 1 : 0
}

function modelPasses(product: Product, request: SearchRequest, chosen = chosenByCode(request.options)): boolean {
  if (request.brands.length > 0 && !request.brands.includes(product.brand)) return false
  const state = modelState(product, chosen)
  return state >= 0 && (request.inStock === null || state === (request.inStock ? 1 : 0))
}

function modelAnswer(products: readonly Product[], request: SearchRequest) {
  const chosen = chosenByCode(request.options)
  const counts: Record<string, number> = {}
  for (const product of products) {
    for (const option of product.options) {
      for (const value of option.values) {
        const alone = new Map(chosen).set(option.code, new Set([value.code]))
        if (modelPasses(product, request, alone)) {
          const token = optionToken(option.code, value.code)
          counts[token] = (counts[token] ?? 0) + 1
        }
      }
    }
  }
  const withoutStock = { ...request, inStock: null }
  const stocked = products.filter((p) => modelPasses(p, withoutStock) && modelState(p, chosen) === 1).length
  const sold = products.filter((p) => modelPasses(p, withoutStock) && modelState(p, chosen) === 0).length
  return {
    ids: products.filter((p) => modelPasses(p, request)).map((p) => p.id),
    counts,
    inStock: { inStock: stocked, outOfStock: sold },
    hitStock: new Map(products.map((p) => [p.id, modelState(p, chosen) === 1])),
  }
}

const all = (fields: Partial<SearchRequest>) => searchRequest({ pageSize: 48, ...fields })

describe('option facets and filters', () => {
  const trail = shoe(
    'Trail Runner',
    [sizeOption(['40', '41', '42']), colourOption(['black', 'white'])],
    [
      [{ size: '40', colour: 'black' }, 2],
      [{ size: '42', colour: 'black' }, 0],
      [{ size: '42', colour: 'white' }, 5],
      [{ size: '41', colour: 'white' }, 0],
    ],
  )
  const court = shoe(
    'Court Classic',
    [sizeOption(['41', '42', '43'])],
    [
      [{ size: '41' }, 1],
      [{ size: '42' }, 3],
      [{ size: '43' }, 0],
    ],
  )
  const sandal = shoe(
    'Beach Sandal',
    [colourOption(['red', 'black'])],
    [
      [{ colour: 'red' }, 0],
      [{ colour: 'black' }, 0],
    ],
  )
  const laces = shoe('Spare Laces', [], [[{}, 9]])
  const engine = engineWith([trail, court, sandal, laces])
  const names = (results: SearchResults) => results.hits.map((hit) => hit.name).sort()

  it('counts a product once per value it has in a live variant, groups by option, values in order', () => {
    const { facets } = engine.search(all({}))
    expect(facets.options).toEqual([
      {
        code: 'colour',
        name: 'Colour',
        values: [
          // Black before White (the runner) and before Red (the sandal); between those, by code.
          { value: 'black', label: 'Black', count: 2, swatch: '#111111' },
          { value: 'red', label: 'Red', count: 1, swatch: '#cc2200' },
          { value: 'white', label: 'White', count: 1, swatch: '#ffffff' },
        ],
      },
      {
        code: 'size',
        name: 'Size',
        values: ['40', '41', '42', '43'].map((value) => ({
          value,
          label: value,
          count: value === '40' || value === '43' ? 1 : 2,
          swatch: null,
        })),
      },
    ])
  })

  it('matches any chosen value of an option, and a variant having all chosen options', () => {
    expect(names(engine.search(all({ options: ['size:40', 'size:43'] })))).toEqual(['Court Classic', 'Trail Runner'])
    expect(names(engine.search(all({ options: ['size:42', 'colour:white'] })))).toEqual(['Trail Runner'])
    // The trail runner has a size 40 and a white one, but no white 40.
    expect(names(engine.search(all({ options: ['size:40', 'colour:white'] })))).toEqual([])
  })

  it('means in stock in the chosen values when "in stock" is on', () => {
    const size42 = engine.search(all({ options: ['size:42'], inStock: true }))
    expect(names(size42)).toEqual(['Court Classic', 'Trail Runner'])
    expect(names(engine.search(all({ options: ['size:42', 'colour:black'], inStock: true })))).toEqual([])
    expect(names(engine.search(all({ options: ['size:43'], inStock: true })))).toEqual([])
    const black = engine.search(all({ options: ['colour:black'], inStock: true }))
    expect(names(black)).toEqual(['Trail Runner'])
    // Sizes with "in stock" and Black kept: only the black 40 is in stock.
    expect(optionCounts(black)).toMatchObject({ 'size:40': 1, 'colour:black': 1, 'colour:white': 1 })
    expect(optionCounts(black)['size:42']).toBeUndefined()
    // Without option filters, "in stock" is any variant's stock.
    expect(names(engine.search(all({ inStock: true })))).toEqual(['Court Classic', 'Spare Laces', 'Trail Runner'])
  })

  it('marks a result out of stock when its variants with the chosen values are', () => {
    const hits = engine.search(all({ options: ['size:43'] })).hits
    expect(hits.map((hit) => [hit.name, hit.inStock])).toEqual([['Court Classic', false]])
    expect(engine.search(all({ q: 'court' })).hits[0]!.inStock).toBe(true)
  })

  it('lists a chosen value no product has, so it can be undone', () => {
    const { facets, total } = engine.search(all({ options: ['size:47', 'width:wide'] }))
    expect(total).toBe(0)
    expect(facets.options.find((f) => f.code === 'size')!.values).toContainEqual({
      value: '47',
      label: '47',
      count: 0,
      swatch: null,
    })
    expect(facets.options.at(-1)).toEqual({
      code: 'width',
      name: 'width',
      values: [{ value: 'wide', label: 'wide', count: 0, swatch: null }],
    })
  })

  it('follows product changes: a variant sold out, an option value withdrawn, a product deleted', () => {
    const own = engineWith([trail, court, sandal, laces])
    const restocked = {
      ...court,
      options: [sizeOption(['41', '42'])],
      variants: court.variants.filter((v) => v.optionValues.size !== '43'),
      version: 500,
    }
    own.applyChanges({ categories: [], products: [restocked, { ...sandal, deletedAt: stamp, version: 501 }] })
    const counts = optionCounts(own.search(all({})))
    expect(counts).toEqual({ 'size:40': 1, 'size:41': 2, 'size:42': 2, 'colour:black': 1, 'colour:white': 1 })
    // A renamed category re-indexes its products and keeps their options.
    own.applyChanges({ categories: [{ ...shoes, name: 'Footwear', version: 502 }], products: [] })
    expect(optionCounts(own.search(all({ q: 'footwear' })))).toEqual(counts)
  })

  it('names and orders values the same whatever order it saw the products in', () => {
    const wide = shoe(
      'Wide Fit',
      [{ ...sizeOption(['38', '39', '40']), name: 'Shoe size' }],
      [
        [{ size: '38' }, 1],
        [{ size: '39' }, 1],
        [{ size: '40' }, 1],
      ],
    )
    const catalog = [trail, court, sandal, laces, wide]
    const forward = engineWith(catalog).search(all({})).facets.options
    const backward = engineWith([...catalog].reverse()).search(all({})).facets.options
    expect(backward).toEqual(forward)
    const size = forward.find((facet) => facet.code === 'size')!
    expect(size.name).toBe('Size')
    expect(size.values.map((v) => v.value)).toEqual(['38', '39', '40', '41', '42', '43'])
  })

  it.each([1, 2, 3, 4, 5])('agrees with the model on generated catalog %i', (seed) => {
    const random = mulberry(seed)
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!
    const products = Array.from({ length: 60 }, (_, i) => generatedShoe(i, random))
    const generated = engineWith(products)
    for (let round = 0; round < 25; round++) {
      const tokens = new Set<string>()
      const chosenCount = Math.floor(random() * 4)
      for (let i = 0; i < chosenCount; i++) {
        tokens.add(random() < 0.6 ? optionToken('size', pick(sizes)) : optionToken('colour', pick(colours).code))
      }
      const request = all({
        options: [...tokens],
        inStock: pick([null, null, true, false]),
        brands: random() < 0.2 ? ['Stride'] : [],
      })
      const expected = modelAnswer(products, request)
      const ids: string[] = []
      let results: SearchResults
      let page = 1
      do {
        results = generated.search({ ...request, page })
        ids.push(...results.hits.map((hit) => hit.id))
        for (const hit of results.hits) expect(hit.inStock).toBe(expected.hitStock.get(hit.id as Product['id']))
        page += 1
      } while (ids.length < results.total)
      expect(ids.sort(), JSON.stringify(request)).toEqual([...expected.ids].sort())
      const shown = optionCounts(results)
      const nonZero = Object.fromEntries(Object.entries(shown).filter(([, n]) => n > 0))
      expect(nonZero, JSON.stringify(request)).toEqual(expected.counts)
      for (const token of request.options) expect(shown[token], token).toBe(expected.counts[token] ?? 0)
      expect(results.facets.inStock).toEqual(expected.inStock)
    }
  })
})

function generatedShoe(index: number, random: () => number): Product {
  const hasSize = random() < 0.8
  const hasColour = random() < 0.6
  const ownSizes = hasSize ? sizes.filter(() => random() < 0.6) : []
  const ownColours = hasColour ? colours.map((c) => c.code).filter(() => random() < 0.6) : []
  const options = [
    ...(ownSizes.length > 0 ? [sizeOption(ownSizes)] : []),
    ...(ownColours.length > 0 ? [colourOption(ownColours)] : []),
  ]
  const combos: Record<string, string>[] = [{}]
  for (const option of options) {
    const next = combos.flatMap((combo) => option.values.map((v) => ({ ...combo, [option.code]: v.code })))
    combos.splice(0, combos.length, ...next)
  }
  const live = combos.filter(() => random() < 0.7)
  const variants: VariantSpec[] = (live.length > 0 ? live : [combos[0]!]).map((combo) => [
    combo,
    random() < 0.5 ? 0 : 1 + Math.floor(random() * 5),
  ])
  return shoe(`Generated ${index}`, options, variants, random() < 0.5 ? 'Stride' : 'Pace')
}

function mulberry(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}
