import { describe, expect, it } from 'vitest'
import { summarizeRatings } from '../../shared/reviews/rating-summary.ts'
import { pageIntl } from './page-intl.ts'
import { productRatingHtml, ratingLineHtml, starRatingHtml } from './star-rating-html.ts'

const en = pageIntl('en')
const de = pageIntl('de')

describe('starRatingHtml', () => {
  it('renders the app’s markup, its fill in whole stars and tenths (no style attribute)', async () => {
    expect(String(await starRatingHtml(en, { average: 4.3, count: 12 }))).toBe(
      '<span class="star-rating star-rating--sm" role="img" aria-label="4.3 out of 5 stars, 12 reviews"><span class="star-rating__stars" data-whole="4" data-tenth="3" aria-hidden="true"></span><span class="star-rating__count" aria-hidden="true">12</span></span>',
    )
  })

  it.each([
    [5, '5', '0'],
    [1, '1', '0'],
    [3.96, '4', '0'],
    [2.05, '2', '1'],
  ])('fills %s stars as %s and %s tenths', async (average, whole, tenth) => {
    const markup = String(await starRatingHtml(en, { average }))
    expect(markup).toContain(`data-whole="${whole}" data-tenth="${tenth}"`)
    expect(markup).not.toContain('star-rating__count')
  })

  it('reads in the page’s language, with its number format', async () => {
    const markup = String(await starRatingHtml(de, { average: 4.5, count: 1, size: 'md' }))
    expect(markup).toContain('class="star-rating star-rating--md"')
    expect(markup).toContain('aria-label="4,5 von 5 Sternen, 1 Bewertung"')
  })
})

describe('ratingLineHtml', () => {
  it('keeps the line, empty, for a product without reviews (or counts from an older device)', async () => {
    expect(String(await ratingLineHtml(en, summarizeRatings([0, 0, 0, 0, 0])))).toBe(
      '<span class="rating-line"></span>',
    )
    expect(String(await ratingLineHtml(en, summarizeRatings(undefined)))).toBe('<span class="rating-line"></span>')
  })

  it('shows the average to one decimal and the number of reviews', async () => {
    const markup = String(await ratingLineHtml(en, summarizeRatings([1, 0, 0, 1, 2])))
    expect(markup).toContain('aria-label="3.8 out of 5 stars, 4 reviews"')
    expect(markup).toContain('<span class="star-rating__count" aria-hidden="true">4</span>')
  })
})

describe('productRatingHtml', () => {
  it('links the product’s stars and count down to its reviews', async () => {
    expect(String(await productRatingHtml(en, summarizeRatings([0, 0, 1, 0, 1])))).toBe(
      '<a class="product__rating" href="#reviews"><span class="star-rating star-rating--md" role="img" aria-label="4 out of 5 stars, 2 reviews"><span class="star-rating__stars" data-whole="4" data-tenth="0" aria-hidden="true"></span><span class="star-rating__count" aria-hidden="true">2</span></span></a>',
    )
  })

  it('renders nothing for a product without reviews', async () => {
    expect(String(await productRatingHtml(en, summarizeRatings([0, 0, 0, 0, 0])))).toBe('')
  })
})
