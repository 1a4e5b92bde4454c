import { describe, expect, it } from 'vitest'
import { parseSearchAnswer, parseSuggestAnswer } from './parse-search-answers.ts'

const hit = {
  id: 'p1',
  slug: 'trail-boot',
  name: 'Trail Boot',
  price: 12_900,
  priceFrom: false,
  highlights: { name: { text: 'Trail Boot', ranges: [] }, description: null },
}
const answer = (fields: { hit?: object; facets?: object }) => ({
  total: 1,
  hits: [{ ...hit, ...fields.hit }],
  facets: { category: [], brand: [], price: [], options: [], inStock: { inStock: 1, outOfStock: 0 }, ...fields.facets },
  didYouMean: null,
  correctedQuery: null,
})

describe('parseSearchAnswer: ratings', () => {
  it('keeps a hit’s rating and the rating facet', () => {
    const rating = [{ min: 4, count: 1 }]
    const parsed = parseSearchAnswer(
      answer({ hit: { rating: 4.5, reviewCount: 8 }, facets: { rating } }),
      new Headers(),
    )
    expect(parsed.hits[0]).toMatchObject({ rating: 4.5, reviewCount: 8 })
    expect(parsed.facets.rating).toEqual(rating)
  })

  it('reads an answer from a server before reviews as unrated hits and no rating facet', () => {
    const parsed = parseSearchAnswer(answer({}), new Headers())
    expect(parsed.hits[0]).toMatchObject({ rating: null, reviewCount: 0 })
    expect(parsed.facets.rating).toEqual([])
  })

  it.each([
    ['a rating that is not a number', { hit: { rating: '4.5', reviewCount: 8 } }],
    ['a fractional review count', { hit: { rating: 4.5, reviewCount: 1.5 } }],
    ['a rating facet that is not a list', { facets: { rating: { 4: 1 } } }],
  ])('refuses %s', (_name, fields) => {
    expect(() => parseSearchAnswer(answer(fields), new Headers())).toThrow(TypeError)
  })
})

describe('parseSuggestAnswer: ratings', () => {
  const label = { text: 'Trail Boot', ranges: [] }
  it('keeps a product suggestion’s stars, and reads one from an older server as unrated', () => {
    const parsed = parseSuggestAnswer({
      suggestions: [
        { kind: 'product', slug: 'a', productId: 'p1', label, rating: 4.5, reviewCount: 3 },
        { kind: 'product', slug: 'b', productId: 'p2', label },
        { kind: 'category', slug: 'shoes', label },
      ],
    })
    expect(parsed.suggestions.map((s) => (s.kind === 'product' ? [s.rating, s.reviewCount] : s.kind))).toEqual([
      [4.5, 3],
      [null, 0],
      'category',
    ])
  })
})
