import { describe, expect, it } from 'vitest'
import { asCategoryId, asProductId, asVariantId } from '../ids.ts'
import type { Product } from './product.ts'
import { relatedness, relatedProducts } from './related-products.ts'

const audio = asCategoryId('c-audio')
const tv = asCategoryId('c-tv')
const kitchen = asCategoryId('c-kitchen')

function product(id: string, fields: Partial<Product> = {}): Product {
  return {
    id: asProductId(id),
    slug: id,
    name: id,
    description: '',
    brand: 'Acme',
    tags: [],
    categoryId: kitchen,
    price: 1_000,
    currency: 'USD',
    stock: 5,
    featured: false,
    images: [],
    options: [],
    variants: [
      {
        id: asVariantId(`v-${id}`),
        sku: id,
        optionValues: {},
        price: 1_000,
        compareAtPrice: null,
        stock: fields.stock ?? 5,
        barcode: null,
        weightGrams: null,
        imageIndexes: [],
      },
    ],
    createdAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
    ...fields,
  }
}

const speaker = product('speaker', { categoryId: audio, brand: 'Sonora', tags: ['bluetooth', 'home-cinema'] })

const ids = (products: readonly Product[]) => products.map((p) => p.id)

describe('relatedness', () => {
  it('counts a category most, then a brand, then each shared tag', () => {
    expect(relatedness(speaker, product('a', { categoryId: audio }))).toBe(4)
    expect(relatedness(speaker, product('b', { brand: 'Sonora' }))).toBe(2)
    expect(relatedness(speaker, product('c', { tags: ['home-cinema', 'bluetooth', 'bluetooth'] }))).toBe(2)
    expect(relatedness(speaker, product('d', { categoryId: audio, brand: 'Sonora', tags: ['bluetooth'] }))).toBe(7)
    expect(relatedness(speaker, product('e'))).toBe(0)
  })
})

describe('relatedProducts', () => {
  it('ranks by likeness and leaves out the product itself and unrelated ones', () => {
    const candidates = [
      speaker,
      product('tag-only', { tags: ['home-cinema'] }),
      product('unrelated', { categoryId: tv }),
      product('same-category', { categoryId: audio }),
      product('same-brand', { brand: 'Sonora' }),
    ]
    expect(ids(relatedProducts(speaker, candidates))).toEqual(['same-category', 'same-brand', 'tag-only'])
  })

  it('puts products in stock before sold-out ones, however alike', () => {
    const candidates = [
      product('sold-out-twin', { categoryId: audio, brand: 'Sonora', stock: 0 }),
      product('tag-only', { tags: ['bluetooth'] }),
    ]
    expect(ids(relatedProducts(speaker, candidates))).toEqual(['tag-only', 'sold-out-twin'])
  })

  it('breaks ties newest first, then by id, whatever order the candidates come in', () => {
    const older = product('older', { categoryId: audio, createdAt: '2025-06-01T00:00:00.000Z' })
    const newer = product('newer', { categoryId: audio, createdAt: '2026-06-01T00:00:00.000Z' })
    const b = product('b', { categoryId: audio })
    const a = product('a', { categoryId: audio })
    const expected = ['newer', 'a', 'b', 'older']
    expect(ids(relatedProducts(speaker, [older, b, newer, a]))).toEqual(expected)
    expect(ids(relatedProducts(speaker, [a, newer, b, older]))).toEqual(expected)
  })

  it('returns at most `limit`, and skips duplicates and deleted products', () => {
    const candidates = [
      product('a', { categoryId: audio }),
      product('a', { categoryId: audio }),
      product('gone', { categoryId: audio, deletedAt: '2026-02-01T00:00:00.000Z' }),
      product('b', { categoryId: audio }),
      product('c', { categoryId: audio }),
    ]
    expect(ids(relatedProducts(speaker, candidates, 2))).toEqual(['a', 'b'])
    expect(ids(relatedProducts(speaker, candidates))).toEqual(['a', 'b', 'c'])
  })
})
