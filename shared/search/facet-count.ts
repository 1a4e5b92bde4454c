/**
 * Filtering and facet counting in one pass over the matches. Facets are disjunctive: a value's
 * count is what the results would hold if it were chosen, with the other dimensions' filters kept —
 * so a product that fails only the brand filter still counts for its brand, and choosing a second
 * brand widens the results by exactly the number shown. (Orama's facet option counts the filtered
 * results only; getting these counts from it would take one more search per active filter.)
 *
 * Options and stock are a product's variants' (DESIGN §10): a product passes the option filters when
 * one live variant has a chosen value of every option filtered on, and is "in stock" when such a
 * variant is (without option filters: any variant, i.e. the product). A value's count is again what
 * choosing it alone for its option would give, so a product counts once per value it would match
 * with: with Colour Black chosen, Size 42 counts the products with a black 42; with "in stock"
 * on, a black 42 in stock.
 */
import type { Columns, CompiledFilters, CompiledOptions, DocumentColumns } from './document-columns.ts'
import { blockHeader, stockedValuesAt, variantsAt } from './option-registry.ts'
import { priceBands, ratingFloors } from './ranking.ts'

/**
 * Counts by interned category, interned brand, price band, stock (0 sold out, 1 in stock), rating
 * floor (as `ratingFloors`; a product counts for every floor it reaches) and option value id.
 */
export type FacetTally = {
  readonly category: Uint32Array
  readonly brand: Uint32Array
  readonly price: Uint32Array
  readonly inStock: Uint32Array
  readonly rating: Uint32Array
  readonly options: Uint32Array
}

export function createTally(columns: DocumentColumns): FacetTally {
  return {
    category: new Uint32Array(columns.categoryCount()),
    brand: new Uint32Array(columns.brandCount()),
    price: new Uint32Array(priceBands.length),
    inStock: new Uint32Array(2),
    rating: new Uint32Array(ratingFloors.length),
    options: new Uint32Array(columns.options.valueCount()),
  }
}

/** The option arena and how to read its value descriptors (document-columns.ts, option-registry.ts). */
export type OptionView = {
  readonly arena: ArrayLike<number>
  readonly valueOfDescriptor: readonly number[]
}

/**
 * -1 when the document fails the option filters, else 1 when a variant passing them is in stock
 * and 0 when none is.
 */
export function stockState(col: Columns, view: OptionView, options: CompiledOptions | null, id: number): number {
  if (!options) return col.inStock[id]!
  const start = col.optionBlock[id]!
  if (start === 0) return -1
  const a = view.arena
  const m = a[start]!
  const n = a[start + 1]!
  const nStock = a[start + 2]!
  let at = variantsAt(a, start)
  for (let v = 0; v < n; v++, at += m) {
    let hit = 0
    for (let j = 0; j < m; j++) {
      const value = a[at + j]!
      if (options.chosen[value] === 1) hit |= 1 << options.slotOfValue[value]!
    }
    // In-stock variants come first: the first match decides.
    if (hit === options.full) return v < nStock ? 1 : 0
  }
  return -1
}

/** Per-value marks of the document being counted (a stamp per document, so never cleared). */
type Marks = { stamp: number; readonly counted: Uint32Array; readonly stocked: Uint32Array }

/**
 * Counts the document once for each option value it would pass with if that value alone were
 * chosen for its option, the stock filter (`mode` as CompiledFilters.inStock) applied per variant.
 */
function tallyOptions(
  start: number,
  view: OptionView,
  options: CompiledOptions | null,
  mode: number,
  counts: Uint32Array,
  marks: Marks,
): void {
  const a = view.arena
  const m = a[start]!
  const n = a[start + 1]!
  const nStock = a[start + 2]!
  if (!options && mode < 0) {
    // The common cases, browsing, and browsing in stock: the values are listed once in the block.
    const k = a[start + 3]!
    for (let i = 0; i < k; i++) counts[view.valueOfDescriptor[a[start + blockHeader + i]!]!]! += 1
    return
  }
  if (!options && mode === 1) {
    const from = stockedValuesAt(a, start)
    const to = from + a[start + 4]!
    for (let i = from; i < to; i++) counts[a[i]!]! += 1
    return
  }
  const stamp = ++marks.stamp
  const last = mode === 1 ? nStock : n
  let at = variantsAt(a, start)
  for (let v = 0; v < last; v++, at += m) {
    let missed = -1
    if (options) {
      let hit = 0
      for (let j = 0; j < m; j++) {
        const value = a[at + j]!
        if (options.chosen[value] === 1) hit |= 1 << options.slotOfValue[value]!
      }
      const miss = options.full & ~hit
      // Missing two options, choosing one value cannot make this variant match.
      if ((miss & (miss - 1)) !== 0) continue
      // Missing one option: this variant speaks only for its own value of that option.
      if (miss !== 0) missed = 31 - Math.clz32(miss)
    }
    for (let j = 0; j < m; j++) {
      const value = a[at + j]!
      if (value === 0 || (missed >= 0 && options!.slotOfValue[value] !== missed)) continue
      if (mode === 0) {
        // Sold out only: a value with a matching variant in stock does not count (those come first).
        if (v < nStock) {
          marks.stocked[value] = stamp
          continue
        }
        if (marks.stocked[value] === stamp) continue
      }
      if (marks.counted[value] !== stamp) {
        marks.counted[value] = stamp
        counts[value]! += 1
      }
    }
  }
}

export type Matches = { readonly ids: number[]; readonly scores: number[] }

const category = 0
const brand = 1
const price = 2
const rating = 3

/**
 * Keeps the matches passing every filter and, with a `tally`, counts each document for every
 * dimension whose filter is the only one it fails (for all of them when it fails none); options and
 * stock are counted as above.
 * `matches` null means every live document, with score 0 (browsing by filters alone).
 */
export function filterMatches(
  matches: Matches | null,
  live: { readonly end: number },
  col: Columns,
  view: OptionView,
  filters: CompiledFilters,
  tally: FacetTally | null,
): Matches {
  const ids: number[] = []
  const scores: number[] = []
  const marks: Marks = tally
    ? { stamp: 0, counted: new Uint32Array(tally.options.length), stocked: new Uint32Array(tally.options.length) }
    : { stamp: 0, counted: new Uint32Array(0), stocked: new Uint32Array(0) }
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
    if (filters.minRating > 0 && col.rating[id]! < filters.minRating) {
      failures++
      failed = rating
    }
    if (failures > 1) return
    // Options and stock are judged together, on the variants.
    const state = stockState(col, view, filters.options, id)
    const variantsPass = state >= 0 && (filters.inStock < 0 || state === filters.inStock)
    if (failures === 0 && variantsPass) {
      ids.push(id)
      scores.push(score)
    }
    if (!tally) return
    if (variantsPass) {
      if (failures === 0 || failed === category) tally.category[col.category[id]!]! += 1
      if (failures === 0 || failed === brand) tally.brand[col.brand[id]!]! += 1
      if (failures === 0 || failed === price) tally.price[col.band[id]!]! += 1
      if (failures === 0 || failed === rating) {
        for (let floor = 0; floor < ratingFloors.length; floor++) {
          if (col.rating[id]! >= ratingFloors[floor]! * 10) tally.rating[floor]! += 1
        }
      }
    }
    if (failures > 0) return
    if (state >= 0) tally.inStock[state]! += 1
    const start = col.optionBlock[id]!
    if (start !== 0) tallyOptions(start, view, filters.options, filters.inStock, tally.options, marks)
  }
  if (matches) {
    for (let i = 0; i < matches.ids.length; i++) consider(matches.ids[i]!, matches.scores[i]!)
  } else {
    for (let id = 1; id < live.end; id++) if (col.live[id] === 1) consider(id, 0)
  }
  return { ids, scores }
}
