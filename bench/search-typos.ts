// Prints how often a query with typos still finds what the shopper meant, for our engine and for a
// peer library in a common setup (MiniSearch with `prefix: true, fuzzy: 0.2`), over the same
// generated catalog. Each product-name word of 8+ letters is misspelt with one and with two random
// edits (substitution, deletion, insertion, transposition), several times with a fixed seed; a
// query is "found" when the first page holds a product whose name has the intended word.
// Usage: npm run bench:search-typos [-- --products 600]
import MiniSearch from 'minisearch'
import { mulberry32 } from '../server/catalog/demo-catalog.ts'
import type { Product } from '../shared/catalog/product.ts'
import { createSearchEngine } from '../shared/search/search-engine.ts'
import { searchRequest } from '../shared/search/search-types.ts'
import { generateSearchCatalog } from './search-catalog.ts'

const productsFlag = process.argv.indexOf('--products')
const productCount = productsFlag >= 0 ? Number(process.argv[productsFlag + 1]) : 600
const pageSize = 24
const spellingsPerWord = 6
const minLength = 8
const letters = 'abcdefghijklmnopqrstuvwxyz'

type Engine = { readonly name: string; readonly firstPage: (q: string) => readonly string[] }
type TypoQuery = { readonly word: string; readonly q: string }

const catalog = generateSearchCatalog(productCount)
const productById = new Map<string, Product>(catalog.products.map((p) => [p.id, p]))
const random = mulberry32(7_777)

function misspell(word: string, edits: number): string {
  let spelt = word
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * spelt.length)
    const letter = letters[Math.floor(random() * letters.length)]!
    const kind = Math.floor(random() * 4)
    if (kind === 0) spelt = spelt.slice(0, at) + letter + spelt.slice(at + 1)
    else if (kind === 1) spelt = spelt.slice(0, at) + spelt.slice(at + 1)
    else if (kind === 2) spelt = spelt.slice(0, at) + letter + spelt.slice(at)
    else if (at < spelt.length - 1) spelt = spelt.slice(0, at) + spelt[at + 1] + spelt[at] + spelt.slice(at + 2)
  }
  return spelt
}

const nameWords = (product: Product) => product.name.toLowerCase().split(/[^a-z]+/)
const longWords = [...new Set(catalog.products.flatMap(nameWords))].filter((w) => w.length >= minLength).sort()
const vocabulary = new Set(catalog.products.flatMap((p) => `${p.name} ${p.description}`.toLowerCase().split(/[^a-z]+/)))

function queriesWith(edits: number): TypoQuery[] {
  return longWords.flatMap((word) =>
    Array.from({ length: spellingsPerWord }, () => ({ word, q: misspell(word, edits) })).filter(
      ({ q }) => !vocabulary.has(q),
    ),
  )
}

/** `typing`: the word is still being typed (search as you type completes it); else it was submitted. */
function ourEngine(typing: boolean): Engine {
  const engine = createSearchEngine()
  engine.applyChanges({ categories: catalog.categories, products: catalog.products })
  return {
    name: typing ? 'storefront, as typed' : 'storefront, submitted',
    firstPage: (q) => engine.search(searchRequest({ q: typing ? q : `${q} `, pageSize })).hits.map((hit) => hit.id),
  }
}

function miniSearch(): Engine {
  const categoryName = new Map(catalog.categories.map((c) => [c.id, c.name]))
  const index = new MiniSearch({ fields: ['name', 'brand', 'tags', 'category', 'description'] })
  index.addAll(
    catalog.products.map((p) => ({ ...p, tags: p.tags.join(' '), category: categoryName.get(p.categoryId) ?? '' })),
  )
  return {
    name: 'minisearch (prefix, fuzzy 0.2)',
    firstPage: (q) =>
      index
        .search(q, { prefix: true, fuzzy: 0.2, boost: { name: 4 } })
        .slice(0, pageSize)
        .map((r) => String(r.id)),
  }
}

function foundShare(engine: Engine, queries: readonly TypoQuery[]): number {
  const found = queries.filter(({ word, q }) =>
    engine.firstPage(q).some((id) => nameWords(productById.get(id)!).includes(word)),
  )
  return found.length / queries.length
}

const engines = [ourEngine(false), ourEngine(true), miniSearch()]
console.log(`${catalog.products.length} products, ${longWords.length} name words of ${minLength}+ letters`)
for (const edits of [1, 2]) {
  const queries = queriesWith(edits)
  for (const engine of engines) {
    const share = foundShare(engine, queries)
    console.log(`${edits} typo(s), ${queries.length} queries: ${engine.name} found ${(share * 100).toFixed(1)} %`)
  }
}
