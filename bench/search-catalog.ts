/**
 * A deterministic catalog of any size for the search benchmark. It reuses the demo lexicon (so the
 * test queries — "hedphones", "laptp", "wirless mouse", "lap" — mean the same as in the shop) and
 * adds what a big real catalog has and the 600-product demo lacks: colours, product-line names and
 * description words drawn from a long tail that grows with the catalog, so the vocabulary (what typo
 * and prefix lookups scan) grows too: about 4,000 words at 10k products, 20,000 at 100k.
 */
import { deterministicUuid, mulberry32, slugify } from '../server/catalog/demo-catalog.ts'
import { closingSentences, demoCategories } from '../server/catalog/demo-catalog-lexicon.ts'
import type { Category, Product, ProductVariant } from '../shared/catalog/product.ts'
import { asCategoryId, asProductId, asVariantId } from '../shared/ids.ts'

const colours = [
  'Black',
  'White',
  'Graphite',
  'Silver',
  'Navy',
  'Olive',
  'Sand',
  'Red',
  'Blue',
  'Green',
  'Coral',
  'Slate',
  'Ivory',
  'Teal',
  'Amber',
  'Plum',
  'Charcoal',
  'Forest',
  'Stone',
  'Rose',
] as const
const onsets = ['b', 'c', 'd', 'f', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'br', 'tr', 'st', 'gr', 'kl']
const vowels = ['a', 'e', 'i', 'o', 'u', 'ae', 'io', 'ou']
const codas = ['', 'n', 'r', 'l', 's', 'x', 'nd', 'rt', 'm', 'k']

export type GeneratedCatalog = { readonly categories: Category[]; readonly products: Product[] }

export function generateSearchCatalog(productCount: number, seed = 4_242): GeneratedCatalog {
  const random = mulberry32(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const epoch = Date.UTC(2024, 0, 1)
  const stamp = new Date(epoch).toISOString()
  const longTail = pseudoWords(random, Math.round(productCount / 5) + 2_000)
  const lineNames = longTail.slice(0, Math.round(productCount / 50) + 100)
  const categories: Category[] = demoCategories.map((spec, position) => ({
    id: asCategoryId(deterministicUuid(`bench-category:${spec.slug}`)),
    slug: spec.slug,
    name: spec.name,
    description: spec.description,
    position,
    version: position + 1,
    updatedAt: stamp,
    deletedAt: null,
  }))
  const products: Product[] = []
  for (let i = 0; i < productCount; i++) {
    const c = i % demoCategories.length
    const spec = demoCategories[c]!
    const line = pick(spec.lines)
    const brand = pick(spec.brands)
    const name = `${brand} ${pick(lineNames)} ${pick(spec.models)} ${pick(line.attributes)} ${line.noun}, ${pick(colours)}`
    const slug = `${slugify(name)}-${i}`
    const tail = Array.from({ length: 4 }, () => pick(longTail)).join(' ')
    const product: Product = {
      id: asProductId(deterministicUuid(`bench-product:${i}`)),
      slug,
      name,
      description: `The ${name} ${pick(line.features)}, and it ${pick(line.features)}. Made with ${tail}. ${pick(closingSentences)}`,
      brand,
      tags: [...line.tags, slugify(line.noun)],
      categoryId: categories[c]!.id,
      price: Math.round((line.price[0] + random() * (line.price[1] - line.price[0])) * 100) - 1,
      currency: 'USD',
      stock: random() < 0.08 ? 0 : 1 + Math.floor(random() * 200),
      featured: false,
      images: [],
      options: [],
      variants: [],
      createdAt: new Date(epoch + Math.floor(random() * 365 * 86_400_000)).toISOString(),
      version: categories.length + i + 1,
      updatedAt: stamp,
      deletedAt: null,
    }
    products.push({ ...product, variants: [soleVariant(product, i)] })
  }
  return { categories, products }
}

/** The one variant of a product sold in one form, carrying its price and stock. */
function soleVariant(product: Product, index: number): ProductVariant {
  return {
    id: asVariantId(deterministicUuid(`bench-variant:${index}`)),
    sku: `BENCH-${index}`,
    optionValues: {},
    price: product.price,
    compareAtPrice: null,
    stock: product.stock,
    barcode: null,
    weightGrams: null,
    imageIndexes: [],
  }
}

function pseudoWords(random: () => number, count: number): string[] {
  const words = new Set<string>()
  while (words.size < count) {
    const syllables = 2 + Math.floor(random() * 2)
    let word = ''
    for (let s = 0; s < syllables; s++) {
      word += onsets[Math.floor(random() * onsets.length)]! + vowels[Math.floor(random() * vowels.length)]!
    }
    word += codas[Math.floor(random() * codas.length)]!
    words.add(word[0]!.toUpperCase() + word.slice(1))
  }
  return [...words]
}
