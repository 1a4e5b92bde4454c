import { describe, expect, it } from 'vitest'
import type { Product } from '../../shared/catalog/product.ts'
import { asCategoryId, asProductId, asVariantId } from '../../shared/ids.ts'
import type { ReviewSnippet } from '../reviews/review-snippets.repository.ts'
import { productJsonLd, scriptSafeJson } from './structured-data.ts'

const origin = 'https://shop.example'
const variant = {
  id: asVariantId('v-1'),
  sku: 'KET-1',
  optionValues: {},
  price: 4_999,
  compareAtPrice: null,
  stock: 3,
  barcode: null,
  weightGrams: null,
  imageIndexes: [],
}
const kettle: Product = {
  id: asProductId('p-1'),
  slug: 'aurora-kettle',
  name: 'Aurora Kettle',
  description: 'Boils water.',
  brand: 'Aurora',
  tags: [],
  categoryId: asCategoryId('c-1'),
  price: 4_999,
  currency: 'EUR',
  stock: 3,
  featured: false,
  images: [],
  options: [],
  variants: [variant],
  ratingCounts: [1, 0, 2, 3, 6],
  createdAt: '2026-01-01T00:00:00.000Z',
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  deletedAt: null,
}
const review: ReviewSnippet = {
  authorName: 'Anna K.',
  rating: 5,
  title: 'Quick & quiet',
  body: 'Boils in two minutes.',
  publishedAt: '2026-02-03T04:05:06.000Z',
}

describe('product JSON-LD ratings', () => {
  it('rates a reviewed product by its average as shown, on a 1–5 scale, with its reviews', () => {
    const ld = productJsonLd(origin, kettle, [review])
    expect(ld.aggregateRating).toEqual({
      '@type': 'AggregateRating',
      ratingValue: 4.1,
      reviewCount: 12,
      bestRating: 5,
      worstRating: 1,
    })
    expect(ld.review).toEqual([
      {
        '@type': 'Review',
        author: { '@type': 'Person', name: 'Anna K.' },
        reviewRating: { '@type': 'Rating', ratingValue: 5, bestRating: 5, worstRating: 1 },
        name: 'Quick & quiet',
        reviewBody: 'Boils in two minutes.',
        datePublished: '2026-02-03T04:05:06.000Z',
      },
    ])
  })

  it.each([
    ['no reviews', [0, 0, 0, 0, 0] as const],
    ['no counts (a row from before reviews)', undefined],
  ])('says nothing of ratings for a product with %s', (_name, ratingCounts) => {
    const ld = productJsonLd(origin, { ...kettle, ratingCounts }, [])
    expect(ld).not.toHaveProperty('aggregateRating')
    expect(ld).not.toHaveProperty('review')
  })

  it('rates a product with options on its ProductGroup', () => {
    const withOptions: Product = {
      ...kettle,
      options: [{ code: 'colour', name: 'Colour', values: [{ code: 'red', label: 'Red' }] }],
      variants: [{ ...variant, optionValues: { colour: 'red' } }],
    }
    const ld = productJsonLd(origin, withOptions, [review])
    expect(ld['@type']).toBe('ProductGroup')
    expect(ld.aggregateRating).toMatchObject({ ratingValue: 4.1, reviewCount: 12 })
    expect(ld.review).toHaveLength(1)
  })

  it('keeps a review’s text from closing the script element, and reads back as written', () => {
    const hostile = { ...review, title: '</script><script>alert(1)</script>', body: 'a\u2028b <!-- c' }
    const json = scriptSafeJson(productJsonLd(origin, kettle, [hostile]))
    expect(json).not.toContain('<')
    expect(json).not.toContain('\u2028')
    expect(JSON.parse(json).review[0]).toMatchObject({ name: hostile.title, reviewBody: hostile.body })
  })
})

describe('product JSON-LD offers', () => {
  it.each([
    ['EUR', 4_999, '49.99'],
    ['JPY', 2_980, '2980'],
  ] as const)('writes a %s price of %i minor units as %j in its currency', (currency, price, written) => {
    const product: Product = { ...kettle, price, currency, variants: [{ ...variant, price }] }
    expect(productJsonLd(origin, product, []).offers).toMatchObject({ price: written, priceCurrency: currency })
  })
})
