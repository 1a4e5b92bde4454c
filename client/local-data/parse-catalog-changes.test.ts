import { describe, expect, it } from 'vitest'
import { parseCatalogChanges, parseCatalogTexts } from './parse-catalog-changes.ts'

const image = {
  src: '/media/products/sonora-aria-soundbar-1.webp',
  alt: 'Sonora Aria Soundbar, view 1',
  width: 1024,
  height: 1024,
  placeholder: 'mAcGBYCGl3iId4eId3eIeIh4iAiHeIeA',
}

const product = (images: unknown[]) => ({
  id: 'p1',
  version: 3,
  deletedAt: null,
  slug: 'sonora-aria-soundbar',
  name: 'Sonora Aria Soundbar',
  categoryId: 'c1',
  price: 14_999,
  currency: 'USD',
  stock: 4,
  featured: false,
  createdAt: '2025-01-01T00:00:00.000Z',
  images,
  tags: ['soundbar'],
  options: [],
  variants: [soleVariant],
})

const soleVariant = {
  id: 'v1',
  sku: 'SONORA-ARIA-SOUNDBAR',
  optionValues: {},
  price: 14_999,
  compareAtPrice: null,
  stock: 4,
  barcode: null,
  weightGrams: null,
  imageIndexes: [],
}

const changes = (images: unknown[]) => ({ categories: [], products: [product(images)], cursor: '3', hasMore: false })

describe('catalog changes: product images', () => {
  it('keeps the placeholder, so it reaches the local store', () => {
    expect(parseCatalogChanges(changes([image])).products[0]!.images).toEqual([image])
  })

  it('accepts images without a placeholder (rows written before there were any)', () => {
    const { placeholder: _, ...withoutPlaceholder } = image
    expect(parseCatalogChanges(changes([withoutPlaceholder])).products[0]!.images).toEqual([withoutPlaceholder])
  })

  it.each([
    ['a placeholder that is not base64', { ...image, placeholder: 'not base64!' }],
    ['a placeholder that is not a string', { ...image, placeholder: 42 }],
    ['an image without a src', { ...image, src: undefined }],
    ['an image without a size', { ...image, width: '1024' }],
  ])('refuses %s', (_, bad) => {
    expect(() => parseCatalogChanges(changes([bad]))).toThrow(/malformed row in products/)
  })
})

describe('catalog changes: product variants', () => {
  const withVariants = (variants: unknown) => ({ ...changes([image]), products: [{ ...product([image]), variants }] })

  it('keeps the variants, so sizes and their stock work offline', () => {
    expect(parseCatalogChanges(withVariants([soleVariant])).products[0]!.variants).toEqual([soleVariant])
  })

  it.each([
    ['no variants at all', []],
    ['a variant without stock', [{ ...soleVariant, stock: undefined }]],
    ['a variant without option values', [{ ...soleVariant, optionValues: null }]],
    ['variants that are not a list', { v1: soleVariant }],
  ])('refuses a product with %s', (_name, variants) => {
    expect(() => parseCatalogChanges(withVariants(variants))).toThrow('malformed row in products')
  })
})

describe('catalog changes: rating counts', () => {
  const withCounts = (ratingCounts: unknown) => ({
    ...changes([image]),
    products: [{ ...product([image]), ratingCounts }],
  })

  it('keeps the star counts, so cards and search show ratings offline', () => {
    expect(parseCatalogChanges(withCounts([0, 1, 0, 4, 9])).products[0]!.ratingCounts).toEqual([0, 1, 0, 4, 9])
  })

  it('accepts a product without counts (a server from before reviews): no reviews', () => {
    expect(parseCatalogChanges(changes([image])).products[0]!.ratingCounts).toBeUndefined()
  })

  it.each([
    ['four counts', [1, 2, 3, 4]],
    ['a negative count', [0, 0, -1, 0, 0]],
    ['a fractional count', [0, 0, 1.5, 0, 0]],
    ['counts that are not a list', { 5: 3 }],
    ['null', null],
  ])('refuses %s', (_name, ratingCounts) => {
    expect(() => parseCatalogChanges(withCounts(ratingCounts))).toThrow('malformed row in products')
  })
})

describe('catalog changes: translations', () => {
  const withTranslations = (translations: unknown) => ({
    categories: [],
    products: [{ ...product([image]), translations }],
    cursor: '3',
    hasMore: false,
  })

  it('keeps the translations of the locales asked for, so they reach the local store', () => {
    const translations = { de: { name: 'Sonora Aria Soundbar (DE)' }, fr: { name: 'Barre de son Sonora Aria' } }
    expect(parseCatalogChanges(withTranslations(translations)).products[0]!.translations).toEqual(translations)
  })

  it('stores a snapshot row’s null translations as none', () => {
    const [row] = parseCatalogChanges(withTranslations(null)).products
    expect(row).not.toHaveProperty('translations')
    expect(row!.name).toBe('Sonora Aria Soundbar')
  })

  it.each([
    ['a locale the shop does not speak', { xx: { name: 'x' } }],
    ['the default language', { en: { name: 'x' } }],
    ['a translation that is not an object', { de: 'Soundbar' }],
    ['translations that are not an object', ['de']],
  ])('fails the sync on %s', (_, translations) => {
    expect(() => parseCatalogChanges(withTranslations(translations))).toThrow(TypeError)
  })
})

describe('catalog texts', () => {
  const texts = { locale: 'fr', categories: [], products: [{ id: 'p1', translation: { name: 'Casque' } }], next: null }

  it('reads one locale’s texts', () => {
    expect(parseCatalogTexts(texts)).toEqual(texts)
  })

  it.each([
    ['the default language', { ...texts, locale: 'en' }],
    ['a row without a translation', { ...texts, products: [{ id: 'p1' }] }],
    ['a bad next page', { ...texts, next: 3 }],
  ])('refuses %s', (_, body) => {
    expect(() => parseCatalogTexts(body)).toThrow(TypeError)
  })
})

describe('catalog changes: market prices', () => {
  const withMarketPrices = (marketPrices: unknown) => ({
    ...changes([image]),
    products: [{ ...product([image]), variants: [{ ...soleVariant, marketPrices }] }],
  })

  it('keeps the merchant’s prices per market, so the device prices offline as the server does', () => {
    const parsed = parseCatalogChanges(withMarketPrices({ jp: 2280, eu: 13_999 }))
    expect(parsed.products[0]!.variants[0]!.marketPrices).toEqual({ jp: 2280, eu: 13_999 })
  })

  it.each([
    ['an unknown market', { mars: 100 }],
    ['a fractional amount', { eu: 12.5 }],
    ['an amount as text', { eu: '1299' }],
    ['a list', [1299]],
  ])('refuses %s', (_name, marketPrices) => {
    expect(() => parseCatalogChanges(withMarketPrices(marketPrices))).toThrow('malformed row in products')
  })
})
