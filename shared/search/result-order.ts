/**
 * The first results of a search in the requested order, without sorting all of them: a page needs
 * the top 24 of maybe 20,000 matches. Ties break on the internal id, so pages never overlap or skip.
 * "Top rated" is the average (as shown), then the number of reviews: 4.8 from 120 reviews before
 * 4.8 from 3, and a product without reviews (rating 0) after every rated one.
 */
import type { Columns } from './document-columns.ts'
import type { Matches } from './facet-count.ts'
import type { SearchSort } from './search-types.ts'

/** Up to this many leading results are kept in a sorted buffer; more are sorted outright. */
const selectionLimit = 512

/**
 * The ids of the first `count` matches in `sort` order. Relevance is by score, highest first; a
 * search without a query has no scores, so its "relevance" is newest first.
 */
export function firstResults(
  matches: Matches,
  sort: SearchSort,
  hasQuery: boolean,
  col: Columns,
  count: number,
): number[] {
  const { ids, scores } = matches
  const order = sort === 'relevance' && !hasQuery ? 'newest' : sort
  // `before(a, b)`: position a comes before position b.
  const before = (a: number, b: number): boolean => {
    const idA = ids[a]!
    const idB = ids[b]!
    let difference: number
    switch (order) {
      case 'relevance':
        difference = scores[b]! - scores[a]!
        break
      case 'price_asc':
        difference = col.price[idA]! - col.price[idB]!
        break
      case 'price_desc':
        difference = col.price[idB]! - col.price[idA]!
        break
      case 'newest':
        difference = col.createdAt[idB]! - col.createdAt[idA]!
        break
      case 'top_rated':
        difference = col.rating[idB]! - col.rating[idA]! || col.reviewCount[idB]! - col.reviewCount[idA]!
        break
    }
    return difference < 0 || (difference === 0 && idA < idB)
  }
  const wanted = Math.min(count, ids.length)
  if (wanted === 0) return []
  if (wanted > selectionLimit || wanted * 4 >= ids.length) {
    const positions = Array.from(ids, (_, position) => position)
    positions.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0))
    return positions.slice(0, wanted).map((position) => ids[position]!)
  }
  // A sorted buffer of the best `wanted` positions; a match enters only if it beats the last one.
  const best: number[] = []
  for (let position = 0; position < ids.length; position++) {
    if (best.length === wanted && !before(position, best[wanted - 1]!)) continue
    let low = 0
    let high = best.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (before(best[mid]!, position)) low = mid + 1
      else high = mid
    }
    best.splice(low, 0, position)
    if (best.length > wanted) best.pop()
  }
  return best.map((position) => ids[position]!)
}
