import { describe, expect, it } from 'vitest'
import type { Product, ProductVariant } from '../catalog/product.ts'
import { asCategoryId, asProductId, asVariantId } from '../ids.ts'
import { type MarketId, markets } from './market.ts'
import type { ExchangeRates } from './market-price.ts'
import { productInMarket, variantMarketPrice } from './product-market-price.ts'

const rates: ExchangeRates = { EUR: 920_000, GBP: 790_000, JPY: 151_370_000 }

function variant(id: string, price: number, extra: Partial<ProductVariant> = {}): ProductVariant {
  return {
    id: asVariantId(id),
    sku: id,
    optionValues: {},
    price,
    compareAtPrice: null,
    stock: 1,
    barcode: null,
    weightGrams: null,
    imageIndexes: [],
    ...extra,
  }
}

function product(variants: ProductVariant[]): Product {
  return {
    id: asProductId('p'),
    slug: 'p',
    name: 'P',
    description: '',
    brand: 'B',
    tags: [],
    categoryId: asCategoryId('c'),
    price: Math.min(...variants.map((v) => v.price)),
    currency: 'USD',
    stock: 1,
    featured: false,
    images: [],
    options: [],
    variants,
    createdAt: '2026-01-01T00:00:00.000Z',
    version: 1,
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
  }
}

describe('variantMarketPrice', () => {
  it.each<[string, MarketId, Partial<ProductVariant>, number]>([
    ['the base price in its own currency', 'us', {}, 1999],
    ['$19.99 × 0.92 = €18.39 to the nearest .99', 'eu', {}, 1799],
    ['$19.99 × 0.79 = £15.79 to the nearest .99', 'uk', {}, 1599],
    ['$19.99 × 151.37 = ¥3,025.89 to whole tens', 'jp', {}, 3030],
    ['an explicit euro price as set, never rounded', 'eu', { marketPrices: { eu: 1850 } }, 1850],
    ['an explicit yen price as set', 'jp', { marketPrices: { jp: 2980 } }, 2980],
    ['another market’s explicit price ignored', 'uk', { marketPrices: { eu: 1850 } }, 1599],
    ['an explicit price of 0 (free in that market)', 'eu', { marketPrices: { eu: 0 } }, 0],
  ])('%s (%s)', (_name, market, extra, expected) => {
    const v = variant('v', 1999, extra)
    expect(variantMarketPrice(v, { currency: 'USD' }, markets[market], rates)).toBe(expected)
  })
})

describe('productInMarket', () => {
  it('prices every variant and takes the lowest as the "from" price, in the market currency', () => {
    const p = product([variant('a', 1999), variant('b', 2999, { marketPrices: { jp: 2980 } })])
    const jp = productInMarket(p, markets.jp, rates)
    expect(jp.currency).toBe('JPY')
    expect(jp.variants.map((v) => v.price)).toEqual([3030, 2980])
    expect(jp.price).toBe(2980)
    expect(jp.variants[1]?.marketPrices).toEqual({ jp: 2980 })
  })

  it('converts a compare-at price and drops it where it would not be above the price', () => {
    const p = product([
      variant('a', 1999, { compareAtPrice: 2999 }),
      variant('b', 1999, { compareAtPrice: 2999, marketPrices: { eu: 2999 } }),
    ])
    const eu = productInMarket(p, markets.eu, rates)
    expect(eu.variants.map((v) => [v.price, v.compareAtPrice])).toEqual([
      [1799, 2799],
      [2999, null],
    ])
  })

  it('answers a product in its own currency with no explicit price unchanged', () => {
    const p = product([variant('a', 1999)])
    expect(productInMarket(p, markets.us, rates)).toBe(p)
  })

  it('refuses to convert without the market currency’s rate', () => {
    expect(() => productInMarket(product([variant('a', 1999)]), markets.jp, { EUR: 920_000 })).toThrow(/JPY/)
  })
})
