import { describe, expect, it } from 'vitest'
import { type SearchResults, searchRequest } from '../../shared/search/search-types.ts'
import { pageIntl } from './page-intl.ts'
import { searchMain } from './search-views.ts'

const results: SearchResults = {
  query: 'boots',
  total: 1,
  page: 1,
  pageSize: 24,
  hits: [
    {
      id: 'p-1',
      slug: 'trail-boot',
      name: 'Trail Boot',
      brand: 'Stride',
      categorySlug: 'shoes',
      price: 12_900,
      priceFrom: true,
      currency: 'USD',
      inStock: true,
      rating: 4.5,
      reviewCount: 8,
      image: null,
      highlights: { name: { text: 'Trail Boot', ranges: [] }, description: null },
    },
  ],
  facets: {
    category: [],
    brand: [],
    price: [],
    inStock: { inStock: 1, outOfStock: 0 },
    rating: [
      { min: 4, count: 1 },
      { min: 3, count: 1 },
    ],
    options: [
      {
        code: 'colour',
        name: 'Colour',
        values: [
          { value: 'black', label: 'Black', count: 1, swatch: '#111111' },
          { value: 'white', label: 'White', count: 0, swatch: null },
        ],
      },
      { code: 'size', name: 'Size', values: [{ value: '42', label: '42', count: 1, swatch: null }] },
    ],
  },
  didYouMean: null,
  correctedQuery: null,
  tookMs: 1,
}

describe('the server-rendered search page', () => {
  it('shows each option as a group of checkboxes named by the option, a colour with its swatch', async () => {
    const request = searchRequest({ q: 'boots', options: ['size:42', 'colour:white'] })
    const html = String(await searchMain(pageIntl('en'), request, results, null))
    expect(html).toContain(
      '<fieldset class="search-facets__group"><legend>Colour</legend><label class="search-facets__option"><input type="checkbox" disabled data-until-app><svg class="search-facets__swatch" viewBox="0 0 2 2" aria-hidden="true"><circle cx="1" cy="1" r="0.9" fill="#111111"></circle></svg><span class="search-facets__label">Black</span><span class="search-facets__count">1</span></label>',
    )
    // A chosen value without results stays choosable, to be undone.
    expect(html).toContain(
      '<label class="search-facets__option search-facets__option--empty"><input type="checkbox" checked disabled data-until-app><span class="search-facets__label">White</span>',
    )
    expect(html).toContain(
      '<legend>Size</legend><label class="search-facets__option"><input type="checkbox" checked disabled data-until-app><span class="search-facets__label">42</span>',
    )
    expect(html).not.toContain('style=')
    expect(html).toContain('Clear all filters')
  })

  it('says "From" on a result whose variants cost more than its lowest price', async () => {
    const html = String(await searchMain(pageIntl('en'), searchRequest({ q: 'boots' }), results, null))
    expect(html).toContain('<span class="price"><span class="price__amount">From $129.00</span></span>')
  })

  it('shows a result’s stars on its own line, as the app’s card does', async () => {
    const html = String(await searchMain(pageIntl('en'), searchRequest({ q: 'boots' }), results, null))
    expect(html).toContain(
      '<span class="product-card__name">Trail Boot</span><span class="rating-line"><span class="star-rating star-rating--sm" role="img" aria-label="4.5 out of 5 stars, 8 reviews">',
    )
  })

  it('offers "4 stars & up" and "3 stars & up", the chosen one checked, and hides them when nothing is rated', async () => {
    const html = String(await searchMain(pageIntl('en'), searchRequest({ q: 'boots', minRating: 3 }), results, null))
    expect(html).toContain(
      '<legend>Customer rating</legend><label class="search-facets__option"><input type="checkbox" disabled data-until-app><span class="search-facets__label">4 stars &amp; up</span><span class="search-facets__count">1</span></label><label class="search-facets__option"><input type="checkbox" checked disabled data-until-app><span class="search-facets__label">3 stars &amp; up</span>',
    )
    expect(html).toContain('Clear all filters')
    const unrated = {
      ...results,
      facets: { ...results.facets, rating: results.facets.rating.map((f) => ({ ...f, count: 0 })) },
    }
    const plain = String(await searchMain(pageIntl('en'), searchRequest({ q: 'boots' }), unrated, null))
    expect(plain).not.toContain('Customer rating')
  })

  it('shows the corrected words with a link to search the words as typed', async () => {
    const corrected = { ...results, query: 'bots', correctedQuery: 'boots' }
    const html = String(await searchMain(pageIntl('en'), searchRequest({ q: 'bots' }), corrected, null))
    expect(html).toContain(
      '<p class="search-page__did-you-mean">Showing results for <bdi><strong>boots</strong></bdi><br>Search instead for <bdi><a href="/search?q=bots&amp;verbatim=true">bots</a></bdi></p>',
    )
  })

  it("asks 'did you mean' in the page's language, its punctuation around the isolated link", async () => {
    const suggested = { ...results, total: 0, hits: [], didYouMean: 'boots' }
    const html = String(await searchMain(pageIntl('ar'), searchRequest({ q: 'bots' }), suggested, null))
    expect(html).toContain(
      '<p class="search-page__did-you-mean">هل تقصد <bdi><a href="/search?q=boots">boots</a></bdi>؟</p>',
    )
  })
})
