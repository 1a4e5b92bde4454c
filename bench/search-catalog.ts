/**
 * A deterministic catalog of any size for the search benchmark. It reuses the demo lexicon (so the
 * test queries — "hedphones", "laptp", "wirless mouse", "lap" — mean the same as in the shop) and
 * adds what a big real catalog has and the 600-product demo lacks: colours, product-line names and
 * description words drawn from a long tail that grows with the catalog, so the vocabulary (what typo
 * and prefix lookups scan) grows too: about 4,000 words at 10k products, 20,000 at 100k.
 * Products have options and variants as a shop's do (DESIGN §10): shoes a run of sizes 36–46 and
 * colours, clothing sizes xs–xxl and colours, phones and laptops capacities, many others colours
 * only, the rest one form — `{ options: false }` gives every product one default variant instead.
 */
import { deterministicUuid, mulberry32, slugify } from '../server/catalog/demo-catalog.ts'
import { closingSentences, demoCategories } from '../server/catalog/demo-catalog-lexicon.ts'
import type { Category, Product, ProductOption, ProductVariant } from '../shared/catalog/product.ts'
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

export function generateSearchCatalog(
  productCount: number,
  seed = 4_242,
  { options: withOptions = true }: { readonly options?: boolean } = {},
): GeneratedCatalog {
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
    const basePrice = Math.round((line.price[0] + random() * (line.price[1] - line.price[0])) * 100) - 1
    const options = withOptions ? optionsFor(spec.slug, random) : []
    const variants = variantsOf(i, options, basePrice, random)
    products.push({
      id: asProductId(deterministicUuid(`bench-product:${i}`)),
      slug,
      name,
      description: `The ${name} ${pick(line.features)}, and it ${pick(line.features)}. Made with ${tail}. ${pick(closingSentences)}`,
      brand,
      tags: [...line.tags, slugify(line.noun)],
      categoryId: categories[c]!.id,
      price: Math.min(...variants.map((variant) => variant.price)),
      currency: 'USD',
      stock: variants.reduce((sum, variant) => sum + variant.stock, 0),
      featured: false,
      images: [],
      options,
      variants,
      createdAt: new Date(epoch + Math.floor(random() * 365 * 86_400_000)).toISOString(),
      version: categories.length + i + 1,
      updatedAt: stamp,
      deletedAt: null,
    })
  }
  return { categories, products }
}

const shoeSizes = ['36', '37', '38', '39', '40', '41', '42', '43', '44', '45', '46']
const clothingSizes = ['xs', 's', 'm', 'l', 'xl', 'xxl']
const capacities = ['64gb', '128gb', '256gb', '512gb', '1tb', '2tb']
const swatches = ['#111111', '#fafafa', '#55585c', '#c0c0c0', '#1f2a44', '#556b2f', '#c2b280', '#c0392b']

/** A run of `min`–`max` consecutive values of `values` (sizes and capacities come in runs). */
function run(values: readonly string[], min: number, max: number, random: () => number): string[] {
  const length = min + Math.floor(random() * (max - min + 1))
  const start = Math.floor(random() * (values.length - length + 1))
  return values.slice(start, start + length)
}

function option(code: string, name: string, codes: readonly string[]): ProductOption {
  return {
    code,
    name,
    values: codes.map((value) => {
      const colour = colours.find((c) => c.toLowerCase() === value)
      const swatch = colour ? swatches[colours.indexOf(colour) % swatches.length] : undefined
      return { code: value, label: colour ?? value.toUpperCase(), ...(swatch ? { swatch } : {}) }
    }),
  }
}

function someColours(random: () => number, max: number): string[] {
  const count = 1 + Math.floor(random() * max)
  const start = Math.floor(random() * colours.length)
  return Array.from({ length: count }, (_, k) => colours[(start + k * 3) % colours.length]!.toLowerCase())
}

function optionsFor(category: string, random: () => number): ProductOption[] {
  const colour = (max: number) => option('colour', 'Colour', someColours(random, max))
  switch (category) {
    case 'shoes':
      return [option('size', 'Size', run(shoeSizes, 6, 11, random)), colour(3)]
    case 'clothing':
      return [option('size', 'Size', run(clothingSizes, 4, 6, random)), colour(4)]
    case 'phones':
      return [option('capacity', 'Capacity', run(capacities.slice(0, 5), 2, 3, random)), colour(4)]
    case 'laptops':
      return [option('capacity', 'Capacity', run(capacities.slice(2), 2, 3, random))]
    case 'monitors':
    case 'outdoor-sports':
      return random() < 0.3 ? [colour(3)] : []
    default:
      return random() < 0.5 ? [colour(4)] : []
  }
}

/** Every combination of the options' values, a few withdrawn; about one variant in six sold out. */
function variantsOf(
  index: number,
  options: readonly ProductOption[],
  basePrice: number,
  random: () => number,
): ProductVariant[] {
  let combos: Record<string, string>[] = [{}]
  for (const { code, values } of options) {
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [code]: value.code })))
  }
  const live = combos.filter((_, k) => k === 0 || random() > 0.1)
  return live.map((optionValues, position) => ({
    id: asVariantId(deterministicUuid(`bench-variant:${index}:${position}`)),
    sku: `B-${index}-${position}`,
    optionValues,
    price: basePrice + (optionValues.capacity ? capacities.indexOf(optionValues.capacity) * 10_000 : 0),
    compareAtPrice: null,
    stock: random() < 0.17 ? 0 : 1 + Math.floor(random() * 40),
    barcode: null,
    weightGrams: null,
    imageIndexes: [],
  }))
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
