import { describe, expect, it } from 'vitest'
import type { Product } from '../catalog/product.ts'
import { asCategoryId, asProductId, asVariantId } from '../ids.ts'
import { type Collection, type CollectionRule, collectionProductLimit, emptyCollectionRule } from './collection.ts'
import { collectionIdsOf, isInCollection, matchesCollectionRule, selectCollectionProducts } from './collection-rules.ts'

function product(
  id: string,
  fields: { tags?: string[]; brand?: string; price?: number; sale?: boolean; createdAt?: string; deleted?: boolean },
): Product {
  const price = fields.price ?? 5000
  return {
    id: asProductId(id),
    slug: id,
    name: id,
    description: '',
    brand: fields.brand ?? 'Sonora',
    tags: fields.tags ?? [],
    categoryId: asCategoryId('c'),
    price,
    currency: 'USD',
    stock: 1,
    featured: false,
    images: [],
    options: [],
    variants: [
      {
        id: asVariantId(`${id}-v`),
        sku: id,
        optionValues: {},
        price,
        compareAtPrice: fields.sale ? price + 1000 : null,
        stock: 1,
        barcode: null,
        weightGrams: null,
        imageIndexes: [],
      },
    ],
    createdAt: fields.createdAt ?? '2025-01-01T00:00:00.000Z',
    version: 1,
    updatedAt: '2025-01-01T00:00:00.000Z',
    deletedAt: fields.deleted ? '2025-02-01T00:00:00.000Z' : null,
  }
}

const rule = (fields: Partial<CollectionRule>): CollectionRule => ({ ...emptyCollectionRule, ...fields })

describe('matchesCollectionRule', () => {
  const headphones = product('a', { tags: ['wireless', 'headphones'], brand: 'Sonora', price: 9999, sale: true })
  const cases: [string, CollectionRule, Product, boolean][] = [
    ['a rule without criteria matches nothing', rule({}), headphones, false],
    ['one of the tags is enough', rule({ tags: ['speaker', 'wireless'] }), headphones, true],
    ['no tag in common', rule({ tags: ['speaker'] }), headphones, false],
    ['brand listed', rule({ brands: ['Audeon', 'Sonora'] }), headphones, true],
    ['brand not listed', rule({ brands: ['Audeon'] }), headphones, false],
    ['price at the lower bound', rule({ minPrice: 9999 }), headphones, true],
    ['price below the lower bound', rule({ minPrice: 10_000 }), headphones, false],
    ['price at the upper bound', rule({ maxPrice: 9999 }), headphones, true],
    ['price above the upper bound', rule({ maxPrice: 9998 }), headphones, false],
    ['on sale', rule({ onSale: true }), headphones, true],
    ['not on sale', rule({ onSale: true }), product('b', { sale: false }), false],
    ['every criterion must hold', rule({ tags: ['wireless'], brands: ['Audeon'] }), headphones, false],
    [
      'all criteria hold',
      rule({ tags: ['wireless'], brands: ['Sonora'], maxPrice: 10_000, onSale: true }),
      headphones,
      true,
    ],
    [
      'a withdrawn product never matches',
      rule({ tags: ['wireless'] }),
      product('c', { tags: ['wireless'], deleted: true }),
      false,
    ],
  ]
  it.each(cases)('%s', (_name, given, candidate, expected) => {
    expect(matchesCollectionRule(given, candidate)).toBe(expected)
  })
})

describe('selectCollectionProducts', () => {
  const base: Omit<Collection, 'kind' | 'rule' | 'productIds'> = {
    id: 'k',
    slug: 'k',
    title: { en: 'K', de: '' },
    description: { en: '', de: '' },
    image: null,
    position: 0,
  }
  const older = product('b', { tags: ['x'], createdAt: '2025-01-01T00:00:00.000Z' })
  const newer = product('a', { tags: ['x'], createdAt: '2025-03-01T00:00:00.000Z' })
  const twinLow = product('c', { tags: ['x'], createdAt: '2025-02-01T00:00:00.000Z' })
  const twinHigh = product('d', { tags: ['x'], createdAt: '2025-02-01T00:00:00.000Z' })
  const gone = product('e', { tags: ['x'], deleted: true })

  it('lists a rule collection newest first, ties by id descending, as the catalog sorts', () => {
    const collection: Collection = { ...base, kind: 'rule', rule: rule({ tags: ['x'] }), productIds: [] }
    const ids = selectCollectionProducts(collection, [older, twinLow, gone, newer, twinHigh]).map((p) => p.id)
    expect(ids).toEqual(['a', 'd', 'c', 'b'])
  })

  it("lists a manual collection in the admin's order, skipping products no longer sold", () => {
    const productIds = [older.id, gone.id, asProductId('unknown'), newer.id]
    const collection: Collection = { ...base, kind: 'manual', rule: emptyCollectionRule, productIds }
    expect(selectCollectionProducts(collection, [newer, gone, older]).map((p) => p.id)).toEqual(['b', 'a'])
  })

  it('lists at most the page limit', () => {
    const many = Array.from({ length: collectionProductLimit + 5 }, (_, i) => product(`p${i}`, { tags: ['x'] }))
    const collection: Collection = { ...base, kind: 'rule', rule: rule({ tags: ['x'] }), productIds: [] }
    expect(selectCollectionProducts(collection, many)).toHaveLength(collectionProductLimit)
  })
})

describe('isInCollection and collectionIdsOf', () => {
  const base: Omit<Collection, 'id' | 'kind' | 'rule' | 'productIds'> = {
    slug: 'k',
    title: { en: 'K', de: '' },
    description: { en: '', de: '' },
    image: null,
    position: 0,
  }
  const onSale: Collection = { ...base, id: 'sale', kind: 'rule', rule: rule({ onSale: true }), productIds: [] }
  const picks: Collection = {
    ...base,
    id: 'picks',
    kind: 'manual',
    rule: rule({ onSale: true }), // ignored: a manual collection holds what the admin named
    productIds: [asProductId('named')],
  }
  const cases: [string, Collection, Product, boolean][] = [
    ['a rule collection holds a match', onSale, product('x', { sale: true }), true],
    ['a rule collection does not hold a product its rule refuses', onSale, product('x', {}), false],
    ['a manual collection holds a named product', picks, product('named', {}), true],
    ['a manual collection ignores its rule', picks, product('x', { sale: true }), false],
    ['a withdrawn named product is in no collection', picks, product('named', { deleted: true }), false],
  ]
  it.each(cases)('%s', (_name, collection, candidate, expected) => {
    expect(isInCollection(collection, candidate)).toBe(expected)
  })

  it('holds a rule match beyond the page limit, and lists every collection the product is in', () => {
    const many = Array.from({ length: collectionProductLimit + 1 }, (_, i) => product(`p${i}`, { sale: true }))
    const shown = selectCollectionProducts(onSale, many)
    const [last] = many.filter((p) => !shown.includes(p))
    if (!last) throw new Error('the page should leave one product out')
    expect(collectionIdsOf(last, [picks, onSale])).toEqual(['sale'])
    expect(collectionIdsOf(product('named', { sale: true }), [picks, onSale])).toEqual(['picks', 'sale'])
    expect(collectionIdsOf(product('other', {}), [picks, onSale])).toEqual([])
  })
})
