/**
 * The fields filters, facets and sorts read, as typed-array columns by Orama's internal document id.
 * A search reads them for every match — tens of thousands at 100k products — and a column read is
 * a fraction of the cost of a property load from a scattered document object. Category slugs and
 * brands are interned to small integers, so a filter is a byte mask and a facet count an array slot.
 * A product's options and live variants are one block of small integers in a shared arena (see
 * option-registry.ts for its layout): nothing for a product without options, a few bytes per
 * variant otherwise — the browser holds 100k products.
 */
import { createOptionArena } from './option-arena.ts'
import { createOptionRegistry, type OptionRegistry } from './option-registry.ts'
import { parseOptionToken, type SearchOptions } from './option-values.ts'
import { priceBands } from './ranking.ts'
import type { SearchDocument } from './search-schema.ts'

export type DocumentColumns = {
  /** Record (or overwrite) the columns of one document; its options are set apart (`setOptions`). */
  set(id: number, doc: SearchDocument): void
  /** Record (or replace) a document's options and variants. */
  setOptions(id: number, options: SearchOptions): void
  /** The document leaves the index; `keepOptions` when it comes back at once with the same product (a category change). */
  clear(id: number, keepOptions?: boolean): void
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
  readonly options: OptionRegistry
  /** The blocks of every document's options; `optionBlock` of a document is its start (0: none). */
  readonly optionArena: () => Uint16Array | Uint32Array
  /** Arena slots in use and in all (for tests and the bench). */
  readonly optionArenaStats: () => { readonly used: number; readonly garbage: number }
}

export type SearchFilters = {
  readonly category?: ReadonlySet<string>
  readonly brand?: ReadonlySet<string>
  /** Inclusive bounds in minor units. */
  readonly price?: readonly [number, number]
  readonly inStock?: boolean
  /** Average stars at least this (a product without reviews has none). */
  readonly minRating?: number
  /** Option value tokens (`size:42`): any of an option's values, and every option filtered on. */
  readonly options?: readonly string[]
}

/**
 * Option filters as masks over value ids. Each option filtered on is a slot (a bit); a variant
 * matches when it has a chosen value in every slot.
 */
export type CompiledOptions = {
  /** Every slot's bit set. */
  readonly full: number
  /** Per value id: 1 when chosen. */
  readonly chosen: Uint8Array
  /** Per value id: the slot of its option, -1 when its option is not filtered on. */
  readonly slotOfValue: Int8Array
}

/** Filters as masks over interned values; null means "no filter on this dimension". */
export type CompiledFilters = {
  readonly category: Uint8Array | null
  readonly brand: Uint8Array | null
  readonly price: readonly [number, number] | null
  /**
   * 1 in stock only, 0 sold out only, -1 either. With option filters, "in stock" is a matching
   * variant's stock, not the product's.
   */
  readonly inStock: number
  /** In tenths of a star, as the column; 0: no rating filter (every rated product has at least 10). */
  readonly minRating: number
  readonly options: CompiledOptions | null
}

export type Columns = {
  readonly live: Uint8Array
  readonly category: Uint16Array
  readonly brand: Uint32Array
  readonly band: Uint8Array
  readonly inStock: Uint8Array
  readonly price: Float64Array
  readonly createdAt: Float64Array
  /** Average stars in tenths (the average as shown × 10), 0 without reviews: a byte per product. */
  readonly rating: Uint8Array
  readonly reviewCount: Uint32Array
  /** Start of the document's block in the option arena; 0 when it has no options. */
  readonly optionBlock: Uint32Array
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
  const options = createOptionRegistry()
  const arena = createOptionArena()

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
      columns.rating[id] = Math.round(doc.rating * 10)
      columns.reviewCount[id] = doc.reviewCount
      end = Math.max(end, id + 1)
    },
    setOptions(id, entry) {
      grow(id)
      releaseOptions(id)
      const block = options.acquire(entry)
      if (block) columns.optionBlock[id] = arena.append(block, columns.optionBlock)
    },
    clear(id, keepOptions = false) {
      if (id >= capacity) return
      columns.live[id] = 0
      if (!keepOptions) releaseOptions(id)
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
      minRating: Math.round((filters.minRating ?? 0) * 10),
      options: filters.options && filters.options.length > 0 ? compileOptions(options, filters.options) : null,
    }),
    columns: () => columns,
    options,
    optionArena: () => arena.values(),
    optionArenaStats: () => arena.stats(),
  }

  function releaseOptions(id: number): void {
    const start = columns.optionBlock[id]!
    if (start === 0) return
    options.release(arena.values(), start)
    arena.free(start)
    columns.optionBlock[id] = 0
  }
}

function compileOptions(registry: OptionRegistry, tokens: readonly string[]): CompiledOptions | null {
  const size = registry.valueCount()
  const chosen = new Uint8Array(size)
  const slotOfValue = new Int8Array(size).fill(-1)
  const slots = new Map<string, number>()
  for (const token of tokens) {
    const parsed = parseOptionToken(token)
    if (!parsed) continue
    let slot = slots.get(parsed.code)
    if (slot === undefined) {
      slot = slots.size
      if (slot > 30) throw new Error('search: at most 31 options can be filtered on at once')
      slots.set(parsed.code, slot)
    }
    const value = registry.findValue(token)
    if (value !== undefined) chosen[value] = 1
  }
  // Every value of an option filtered on knows its slot, so a variant can tell which option it misses.
  for (let value = 1; value < size; value++) {
    const slot = slots.get(registry.code(registry.codeOfValue[value]!))
    if (slot !== undefined) slotOfValue[value] = slot
  }
  // Malformed tokens filter nothing.
  if (slots.size === 0) return null
  return { full: 2 ** slots.size - 1, chosen, slotOfValue }
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
    rating: new Uint8Array(capacity),
    reviewCount: new Uint32Array(capacity),
    optionBlock: new Uint32Array(capacity),
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
