import { describe, expect, it } from 'vitest'
import { searchRequest } from '../../shared/search/search-types.ts'
import { fromSearchParams, searchHref, toSearchParams } from './search-params.ts'

describe('search URL parameters', () => {
  it('round-trips a search through its URL', () => {
    const request = fromSearchParams(
      new URLSearchParams(
        'q=wireless&category=audio&brand=Sonora&brand=Echo+%26+Reed&option=size%3A42&option=colour:black&minPrice=0&maxPrice=2499&inStock=true&minRating=4&sort=top_rated&page=3',
      ),
    )
    expect(request).toEqual({
      q: 'wireless',
      categories: ['audio'],
      brands: ['Sonora', 'Echo & Reed'],
      options: ['size:42', 'colour:black'],
      minPrice: 0,
      maxPrice: 2499,
      inStock: true,
      minRating: 4,
      sort: 'top_rated',
      page: 3,
      pageSize: 24,
    })
    expect(fromSearchParams(toSearchParams(request))).toEqual(request)
  })

  it('drops what a hand-edited URL gets wrong instead of failing', () => {
    expect(
      fromSearchParams(
        new URLSearchParams(
          'category=Not+A+Slug&option=size&option=:42&option=si%20ze:42&minPrice=-5&maxPrice=abc&inStock=maybe&minRating=5&sort=cheap&page=0',
        ),
      ),
    ).toMatchObject({
      categories: [],
      options: [],
      minPrice: null,
      maxPrice: null,
      inStock: null,
      minRating: null,
      sort: 'relevance',
      page: 1,
    })
    expect(fromSearchParams(new URLSearchParams('minPrice=500&maxPrice=100'))).toMatchObject({
      minPrice: null,
      maxPrice: 100,
    })
  })

  it('writes only what differs from the defaults', () => {
    expect(searchHref({ q: ' sofa ' })).toBe('/search?q=sofa')
    expect(searchHref({ q: '', brands: ['Linea'], page: 2 })).toBe('/search?brand=Linea&page=2')
    expect(searchHref({ q: '' })).toBe('/search')
    expect(searchHref({ q: 'boots', options: ['size:42'] })).toBe('/search?q=boots&option=size%3A42')
  })

  it('keeps a verbatim search ("search instead for") verbatim, and an ordinary one without the flag', () => {
    expect(
      fromSearchParams(new URLSearchParams(toSearchParams(searchRequest({ q: 'hedphones', verbatim: true })))),
    ).toEqual(searchRequest({ q: 'hedphones', verbatim: true }))
    expect(fromSearchParams(new URLSearchParams('q=hedphones&verbatim=yes'))).not.toHaveProperty('verbatim')
  })
})
