/**
 * Shape checks of the search API's answers. Like parse-catalog-changes.ts: the client does not ship
 * zod, so this checks what the UI relies on and lets the rest through as typed; a mismatch between
 * server and client then fails loudly (ApiError INTERNAL) instead of rendering garbage.
 */
import type { SearchResults, SuggestResults } from '../../shared/search/search-types.ts'

export type SearchAnswer = SearchResults & { readonly searchId: string | null }

/**
 * The results are the body, the same for everyone (the server answers them from its cache); the id a
 * click reports is per request, in `X-Search-Id` (absent when the search was not recorded).
 */
export function parseSearchAnswer(body: unknown, headers: Headers): SearchAnswer {
  if (!isRecord(body)) throw new TypeError('search answer: not an object')
  const { total, hits, facets, didYouMean, correctedQuery } = body
  const searchId = headers.get('x-search-id')
  if (!Number.isSafeInteger(total)) throw new TypeError('search answer: bad total')
  if (!Array.isArray(hits) || !hits.every(isHit)) throw new TypeError('search answer: bad hits')
  if (!isRecord(facets) || !['category', 'brand', 'price', 'options'].every((key) => Array.isArray(facets[key])))
    throw new TypeError('search answer: bad facets')
  if (!isRecord(facets.inStock)) throw new TypeError('search answer: bad stock facet')
  if (facets.rating !== undefined && !Array.isArray(facets.rating))
    throw new TypeError('search answer: bad rating facet')
  if (didYouMean !== null && typeof didYouMean !== 'string') throw new TypeError('search answer: bad didYouMean')
  if (correctedQuery !== null && typeof correctedQuery !== 'string')
    throw new TypeError('search answer: bad correctedQuery')
  const results = body as SearchResults
  // A server from before reviews sends no ratings: its products read as unrated, its facet as absent.
  return {
    ...results,
    hits: results.hits.map(withRating),
    facets: { ...results.facets, rating: results.facets.rating ?? [] },
    searchId,
  }
}

/** A server from before reviews sends no ratings: unrated. */
function withRating<T extends { readonly rating: number | null; readonly reviewCount: number }>(item: T): T {
  const { rating, reviewCount } = item as Partial<T>
  return {
    ...item,
    rating: typeof rating === 'number' ? rating : null,
    reviewCount: Number.isSafeInteger(reviewCount) ? reviewCount : 0,
  }
}

export function parseSuggestAnswer(body: unknown): SuggestResults {
  if (!isRecord(body) || !Array.isArray(body.suggestions)) throw new TypeError('suggest answer: not a list')
  for (const suggestion of body.suggestions) {
    if (!isRecord(suggestion) || typeof suggestion.slug !== 'string' || !isHighlighted(suggestion.label))
      throw new TypeError('suggest answer: malformed suggestion')
    if (suggestion.kind === 'product' && typeof suggestion.productId !== 'string')
      throw new TypeError('suggest answer: product suggestion without productId')
  }
  const results = body as SuggestResults
  return {
    ...results,
    suggestions: results.suggestions.map((suggestion) =>
      suggestion.kind === 'product' ? withRating(suggestion) : suggestion,
    ),
  }
}

function isHit(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === 'string' &&
    typeof value.slug === 'string' &&
    typeof value.name === 'string' &&
    Number.isSafeInteger(value.price) &&
    typeof value.priceFrom === 'boolean' &&
    (value.rating === undefined || value.rating === null || Number.isFinite(value.rating)) &&
    (value.reviewCount === undefined || Number.isSafeInteger(value.reviewCount)) &&
    isRecord(value.highlights) &&
    isHighlighted(value.highlights.name)
  )
}

function isHighlighted(value: unknown): boolean {
  return isRecord(value) && typeof value.text === 'string' && Array.isArray(value.ranges)
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
