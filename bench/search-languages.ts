// Prints what search per language costs (decision 0029): for the demo catalog in each of the six
// shop languages, the index's build time, memory and distinct words, and query latency (p50/p95)
// over queries a shopper of that language types: a name word, a typo, a word being typed, two words.
// The server keeps one index per language it was asked in; the total is what all six cost.
// Usage: npm run bench:search-languages [-- --rounds 50]   (needs --expose-gc, which the npm script passes)

import { generateDemoCatalog } from '../server/catalog/demo-catalog.ts'
import type { Locale } from '../shared/i18n/locales.ts'
import { asCategoryId, asProductId, asVariantId } from '../shared/ids.ts'
import { createSearchEngine, type TranslatedCategory, type TranslatedProduct } from '../shared/search/search-engine.ts'
import { searchRequest } from '../shared/search/search-types.ts'

const roundsFlag = process.argv.indexOf('--rounds')
const rounds = roundsFlag >= 0 ? Number(process.argv[roundsFlag + 1]) : 50
const warmup = 5

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc')
function heapMb(): number {
  gc?.()
  gc?.()
  return process.memoryUsage().heapUsed / 1_048_576
}

/** Queries per language: as typed in the shop (a trailing space ends a word; none: still typing). */
const queries: Readonly<Record<Locale, readonly string[]>> = {
  en: ['headphones ', 'hedphones ', 'keyb', 'wireless mouse '],
  de: ['kopfhörer ', 'kopfhoerer ', 'tast', 'mechanische tastatur '],
  fr: ['casques ', 'clavir ', 'écout', 'souris sans fil '],
  es: ['auriculares ', 'teclado mecanico ', 'auricu', 'raton inalambrico '],
  ja: ['ヘッドホン', 'ヘッドホソ ', 'キーボ', 'ワイヤレス マウス'],
  ar: ['سماعات ', 'سماعت راس ', 'لوحة مفا', 'ماوس لاسلكي '],
}

const stamp = new Date(0).toISOString()
const demo = generateDemoCatalog()
const categories: TranslatedCategory[] = demo.categories.map((category) => ({
  ...category,
  id: asCategoryId(category.id),
  version: 1,
  updatedAt: stamp,
  deletedAt: null,
}))
const products: TranslatedProduct[] = demo.products.map((product) => ({
  ...product,
  id: asProductId(product.id),
  categoryId: asCategoryId(product.categoryId),
  variants: demo.variants
    .filter((variant) => variant.productId === product.id)
    .map((variant) => ({ ...variant, id: asVariantId(variant.id) })),
  createdAt: product.createdAt.toISOString(),
  version: 1,
  updatedAt: stamp,
  deletedAt: null,
}))

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN

let totalMb = 0
const rows: string[] = []
const kept: unknown[] = []
for (const locale of Object.keys(queries) as Locale[]) {
  const before = heapMb()
  const started = performance.now()
  const engine = createSearchEngine({ locale })
  engine.applyChanges({ categories, products })
  const buildMs = performance.now() - started
  const memoryMb = heapMb() - before
  totalMb += memoryMb
  kept.push(engine)
  const samples: number[] = []
  const found: number[] = []
  for (let round = 0; round < warmup + rounds; round++) {
    for (const q of queries[locale]) {
      const queryStarted = performance.now()
      const results = engine.search(searchRequest({ q }))
      if (round >= warmup) samples.push(performance.now() - queryStarted)
      if (round === 0) found.push(results.total)
    }
  }
  samples.sort((a, b) => a - b)
  rows.push(
    [
      locale,
      String(engine.size()),
      String(engine.vocabularySize()),
      buildMs.toFixed(0),
      memoryMb.toFixed(1),
      percentile(samples, 50).toFixed(2),
      percentile(samples, 95).toFixed(2),
      found.join('/'),
    ].join('\t'),
  )
}
console.log(`search per language, demo catalog (${products.length} products), Node ${process.version}`)
console.log(['locale', 'docs', 'words', 'build ms', 'heap MB', 'p50 ms', 'p95 ms', 'hits per query'].join('\t'))
for (const row of rows) console.log(row)
console.log(`all six indexes: ${totalMb.toFixed(1)} MB of heap (${kept.length} kept alive while measuring)`)
