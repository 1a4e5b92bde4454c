/**
 * The fields filters, facets and sorts read, as typed-array columns by Orama's internal document id.
 * A search reads them for every match — tens of thousands at 100k products — and a column read is
 * a fraction of the cost of a property load from a scattered document object. Category slugs and
 * brands are interned to small integers, so a filter is a byte mask and a facet count an array slot.
 */
import { priceBands } from './ranking.ts'
import type { SearchDocument } from './search-schema.ts'

export type DocumentColumns = {
  /** Record (or overwrite) the columns of one document. */
  set(id: number, doc: SearchDocument): void
  clear(id: number): void
  /** One past the highest id ever set. */
  readonly end: () => number
  readonly isLive: (id: number) => boolean
  readonly price: (id: number) => number
  readonly createdAt: (id: number) => number
  /** Interned values, for turning counts back into facet values. */
  readonly categoryValue: (index: number) => string
  readonly brandValue: (index: number) => string
  readonly categoryCount: () => number
  readonly brandCount: () => number
  compile(filters: SearchFilters): CompiledFilters
  readonly columns: () => Columns
}

export type SearchFilters = {
  readonly category?: ReadonlySet<string>
  readonly brand?: ReadonlySet<string>
  /** Inclusive bounds in minor units. */
  readonly price?: readonly [number, number]
  readonly inStock?: boolean
}

/** Filters as masks over interned values; null means "no filter on this dimension". */
export type CompiledFilters = {
  readonly category: Uint8Array | null
  readonly brand: Uint8Array | null
  readonly price: readonly [number, number] | null
  /** 1 in stock only, 0 sold out only, -1 either. */
  readonly inStock: number
}

export type Columns = {
  readonly live: Uint8Array
  readonly category: Uint16Array
  readonly brand: Uint32Array
  readonly band: Uint8Array
  readonly inStock: Uint8Array
  readonly price: Float64Array
  readonly createdAt: Float64Array
}

/** Index of the price band holding `price`; every non-negative price has one. */
function priceBandOf(price: number): number {
  for (let index = 0; index < priceBands.length; index++) {
    const band = priceBands[index]!
    if (price >= band.min && (band.max === null || price <= band.max)) return index
  }
  return priceBands.length - 1
}

export function createDocumentColumns(): DocumentColumns {
  let capacity = 1024
  let end = 0
  let columns = allocate(capacity)
  // Index 0 is "no category" (a product whose category is unknown or deleted).
  const categories = new Intern([''])
  const brands = new Intern([])

  function grow(id: number): void {
    if (id < capacity) return
    while (capacity <= id) capacity *= 2
    const next = allocate(capacity)
    for (const key of Object.keys(columns) as (keyof Columns)[]) next[key].set(columns[key] as never)
    columns = next
  }

  return {
    set(id, doc) {
      grow(id)
      columns.live[id] = 1
      columns.category[id] = categories.of(doc.categorySlug)
      columns.brand[id] = brands.of(doc.brandKey)
      columns.band[id] = priceBandOf(doc.price)
      columns.inStock[id] = doc.inStock ? 1 : 0
      columns.price[id] = doc.price
      columns.createdAt[id] = doc.createdAt
      end = Math.max(end, id + 1)
    },
    clear(id) {
      if (id < capacity) columns.live[id] = 0
    },
    end: () => end,
    isLive: (id) => columns.live[id] === 1,
    price: (id) => columns.price[id]!,
    createdAt: (id) => columns.createdAt[id]!,
    categoryValue: (index) => categories.value(index),
    brandValue: (index) => brands.value(index),
    categoryCount: () => categories.size(),
    brandCount: () => brands.size(),
    compile: (filters) => ({
      category: filters.category ? mask(categories, filters.category) : null,
      brand: filters.brand ? mask(brands, filters.brand) : null,
      price: filters.price ?? null,
      inStock: filters.inStock === undefined ? -1 : filters.inStock ? 1 : 0,
    }),
    columns: () => columns,
  }
}

function allocate(capacity: number): Columns {
  return {
    live: new Uint8Array(capacity),
    category: new Uint16Array(capacity),
    brand: new Uint32Array(capacity),
    band: new Uint8Array(capacity),
    inStock: new Uint8Array(capacity),
    price: new Float64Array(capacity),
    createdAt: new Float64Array(capacity),
  }
}

/** Values filtered on, as a byte per interned value (unknown values match nothing). */
function mask(intern: Intern, values: ReadonlySet<string>): Uint8Array {
  const bytes = new Uint8Array(intern.size())
  for (const value of values) {
    const index = intern.find(value)
    if (index !== undefined) bytes[index] = 1
  }
  return bytes
}

/** Strings to dense small integers, in order of first sight; never shrinks (values are few). */
class Intern {
  private readonly indexes = new Map<string, number>()
  private readonly values: string[] = []
  constructor(initial: readonly string[]) {
    for (const value of initial) this.of(value)
  }
  of(value: string): number {
    let index = this.indexes.get(value)
    if (index === undefined) {
      index = this.values.length
      this.values.push(value)
      this.indexes.set(value, index)
    }
    return index
  }
  find(value: string): number | undefined {
    return this.indexes.get(value)
  }
  value(index: number): string {
    return this.values[index] ?? ''
  }
  size(): number {
    return this.values.length
  }
}
