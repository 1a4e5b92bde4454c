/**
 * Runs inside Chromium for `npm run bench:search`: builds the same engine the search worker runs
 * from a catalog handed in by the benchmark, then times the benchmark's queries.
 */
import type { Category, Product } from '../shared/catalog/product.ts'
import { createSearchEngine, type SearchEngine } from '../shared/search/search-engine.ts'
import { type BenchQuery, type QueryKind, summarise } from './search-queries.ts'

let engine: SearchEngine | undefined

function build(catalog: { categories: Category[]; products: Product[] }) {
  const started = performance.now()
  engine = createSearchEngine()
  for (let i = 0; i < catalog.products.length; i += 1000) {
    engine.applyChanges({
      categories: i === 0 ? catalog.categories : [],
      products: catalog.products.slice(i, i + 1000),
    })
  }
  return { ms: performance.now() - started, products: engine.size(), words: engine.vocabularySize() }
}

function run(queries: readonly BenchQuery[], rounds: number, warmup: number) {
  if (!engine) throw new Error('build first')
  const samples: [QueryKind, number][] = []
  for (let round = 0; round < warmup + rounds; round++) {
    for (const { kind, request } of queries) {
      const started = performance.now()
      if (kind === 'suggest') engine.suggest(request.q)
      else engine.search(request)
      if (round >= warmup) samples.push([kind, performance.now() - started])
    }
  }
  return summarise(samples)
}

Object.assign(globalThis, { searchBench: { build, run } })
