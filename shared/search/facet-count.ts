/**
 * Filtering and facet counting in one pass over the matches. Facets are disjunctive: a value's
 * count is what the results would hold if it were chosen, with the other dimensions' filters kept —
 * so a product that fails only the brand filter still counts for its brand, and choosing a second
 * brand widens the results by exactly the number shown. (Orama's facet option counts the filtered
 * results only; getting these counts from it would take one more search per active filter.)
 */
import type { Columns, CompiledFilters, DocumentColumns } from './document-columns.ts'
import { priceBands } from './ranking.ts'

/** Counts by interned category, interned brand, price band, and stock (0 sold out, 1 in stock). */
export type FacetTally = {
  readonly category: Uint32Array
  readonly brand: Uint32Array
  readonly price: Uint32Array
  readonly inStock: Uint32Array
}

export function createTally(columns: DocumentColumns): FacetTally {
  return {
    category: new Uint32Array(columns.categoryCount()),
    brand: new Uint32Array(columns.brandCount()),
    price: new Uint32Array(priceBands.length),
    inStock: new Uint32Array(2),
  }
}

export type Matches = { readonly ids: number[]; readonly scores: number[] }

const category = 0
const brand = 1
const price = 2
const stock = 3

/**
 * Keeps the matches passing every filter and, with a `tally`, counts each document for every
 * dimension whose filter is the only one it fails (for all of them when it fails none).
 * `matches` null means every live document, with score 0 (browsing by filters alone).
 */
export function filterMatches(
  matches: Matches | null,
  live: { readonly end: number },
  col: Columns,
  filters: CompiledFilters,
  tally: FacetTally | null,
): Matches {
  const ids: number[] = []
  const scores: number[] = []
  const consider = (id: number, score: number) => {
    let failures = 0
    let failed = -1
    if (filters.category && filters.category[col.category[id]!] !== 1) {
      failures++
      failed = category
    }
    if (filters.brand && filters.brand[col.brand[id]!] !== 1) {
      failures++
      failed = brand
    }
    if (filters.price && (col.price[id]! < filters.price[0] || col.price[id]! > filters.price[1])) {
      failures++
      failed = price
    }
    if (filters.inStock >= 0 && col.inStock[id] !== filters.inStock) {
      failures++
      failed = stock
    }
    if (failures === 0) {
      ids.push(id)
      scores.push(score)
    }
    if (!tally || failures > 1) return
    if (failures === 0 || failed === category) tally.category[col.category[id]!]! += 1
    if (failures === 0 || failed === brand) tally.brand[col.brand[id]!]! += 1
    if (failures === 0 || failed === price) tally.price[col.band[id]!]! += 1
    if (failures === 0 || failed === stock) tally.inStock[col.inStock[id]!]! += 1
  }
  if (matches) {
    for (let i = 0; i < matches.ids.length; i++) consider(matches.ids[i]!, matches.scores[i]!)
  } else {
    for (let id = 1; id < live.end; id++) if (col.live[id] === 1) consider(id, 0)
  }
  return { ids, scores }
}
