/**
 * The query mix of the search benchmark, one list per kind of query, all about products the
 * generated catalog has. Shared by the Node run and the Chromium run, so both measure the same thing.
 */
import { type SearchRequest, searchRequest } from '../shared/search/search-types.ts'

export type QueryKind = 'exact' | 'typo' | 'prefix' | 'faceted' | 'suggest'

export type BenchQuery = { readonly kind: QueryKind; readonly request: SearchRequest }

const base: SearchRequest = searchRequest({ pageSize: 24 })

const exact = [
  'wireless headphones',
  'laptop',
  'sofa',
  'espresso machine',
  'running shoes',
  'smart bulb',
  'yoga mat',
  'mirrorless camera',
]
const typo = [
  'hedphones',
  'laptp',
  'wirless mouse',
  'espreso machine',
  'runing shoes',
  'mirorless camera',
  'smrt bulb',
  'wireles earbuds',
]
const prefix = ['lap', 'head', 'wirel', 'esp', 'runn', 'cam', 'sof', 'blue', 'mechanical key', 'gaming mon']
const faceted: Partial<SearchRequest>[] = [
  { q: 'wireless', brands: ['Sonora', 'Audeon'], inStock: true },
  { q: 'laptop', minPrice: 50_000, maxPrice: 149_999, sort: 'price_asc' },
  { q: 'shoes', categories: ['shoes'], inStock: true, sort: 'newest' },
  { q: 'black', categories: ['phones', 'cameras'], minPrice: 10_000, maxPrice: 99_999 },
  { q: 'hedphones', brands: ['Quietwave'], sort: 'price_desc' },
  { q: '', categories: ['kitchen'], inStock: true },
  { q: 'shoes', options: ['size:42'], inStock: true },
  { q: '', categories: ['clothing'], options: ['size:m', 'size:l', 'colour:black'], inStock: true },
]

export const benchQueries: readonly BenchQuery[] = [
  ...exact.map((q) => ({ kind: 'exact' as const, request: { ...base, q } })),
  ...typo.map((q) => ({ kind: 'typo' as const, request: { ...base, q } })),
  ...prefix.map((q) => ({ kind: 'prefix' as const, request: { ...base, q } })),
  ...faceted.map((fields) => ({ kind: 'faceted' as const, request: { ...base, ...fields } })),
  ...prefix.map((q) => ({ kind: 'suggest' as const, request: { ...base, q } })),
]

export const queryKinds: readonly QueryKind[] = ['exact', 'typo', 'prefix', 'faceted', 'suggest']

export type Latency = {
  readonly kind: QueryKind
  readonly n: number
  readonly p50: number
  readonly p95: number
  readonly p99: number
}

/** Nearest-rank percentiles of the samples (milliseconds) of each kind. */
export function summarise(samples: readonly (readonly [QueryKind, number])[]): Latency[] {
  return queryKinds.map((kind) => {
    const sorted = samples
      .filter(([k]) => k === kind)
      .map(([, ms]) => ms)
      .sort((a, b) => a - b)
    const at = (p: number) =>
      sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN
    return { kind, n: sorted.length, p50: at(50), p95: at(95), p99: at(99) }
  })
}
