/**
 * Deterministic demo catalog: the same seed always yields the same categories, products, ids and
 * timestamps, so screenshots, e2e tests and two servers seeded separately agree.
 */
import type { CategoryTranslation, ProductTranslation, Translations } from '../../shared/catalog/catalog-translation.ts'
import type { ProductImage, ProductOption, ProductOptionValue } from '../../shared/catalog/product.ts'
import type { CurrencyCode } from '../../shared/money.ts'

export { mulberry32 } from '../platform/seeded-random.ts'
export type { DemoVariant } from './demo-variants.ts'
export { deterministicUuid } from './deterministic-uuid.ts'

import { productArtPlaceholder } from '../media/product-art-placeholder.ts'
import { mulberry32, type Random } from '../platform/seeded-random.ts'
import { type CategorySpec, closingSentences, demoCategories, type ProductLine } from './demo-catalog-lexicon.ts'
import { translateDemoCategory, translateDemoProduct } from './demo-translations.ts'
import { type DemoVariant, offerDemoProduct } from './demo-variants.ts'
import { deterministicUuid } from './deterministic-uuid.ts'

export type DemoCategory = {
  readonly id: string
  readonly slug: string
  readonly name: string
  readonly description: string
  readonly translations: Translations<CategoryTranslation>
  readonly position: number
}

export type DemoProduct = {
  readonly id: string
  readonly slug: string
  readonly name: string
  readonly description: string
  readonly brand: string
  readonly tags: string[]
  readonly categoryId: string
  readonly price: number
  readonly currency: CurrencyCode
  readonly stock: number
  readonly featured: boolean
  readonly images: ProductImage[]
  readonly options: ProductOption[]
  readonly translations: Translations<ProductTranslation>
  readonly createdAt: Date
}

export type DemoCatalog = {
  readonly categories: DemoCategory[]
  readonly products: DemoProduct[]
  readonly variants: DemoVariant[]
}

export type DemoCatalogOptions = { seed?: number; productsPerCategory?: number; featuredCount?: number }

export const demoImageSize = 1024
/** Views every product has (front, close-up, wide); a colour's own image follows them. */
const sharedViews = 3
const catalogEpoch = Date.UTC(2025, 0, 1)
const dayMs = 86_400_000

export function generateDemoCatalog(options: DemoCatalogOptions = {}): DemoCatalog {
  const { seed = 20_250_101, productsPerCategory = 50, featuredCount = 16 } = options
  const random = mulberry32(seed)
  const categories = demoCategories.map((spec, position) => ({
    id: deterministicUuid(`category:${spec.slug}`),
    slug: spec.slug,
    name: spec.name,
    description: spec.description,
    translations: translateDemoCategory(spec.slug),
    position,
  }))
  const context: DrawContext = { seed, random, usedSlugs: new Set(), skuPrefixes: new Set() }
  const drawn = demoCategories.flatMap((spec, c) =>
    Array.from({ length: productsPerCategory }, () => demoProduct(spec, categories[c]!.id, context)),
  )
  const featured = new Set(pickDistinct(random, drawn.length, Math.min(featuredCount, drawn.length)))
  return {
    categories,
    products: drawn.map(({ product }, i) => ({ ...product, featured: featured.has(i) })),
    variants: drawn.flatMap(({ variants }) => variants),
  }
}

type DrawContext = {
  readonly seed: number
  /** The catalog's one generator: draws a product's name, price and stock (its variants draw from their own). */
  readonly random: Random
  readonly usedSlugs: Set<string>
  readonly skuPrefixes: Set<string>
}

function demoProduct(
  spec: CategorySpec,
  categoryId: string,
  { seed, random, usedSlugs, skuPrefixes }: DrawContext,
): { product: DemoProduct; variants: DemoVariant[] } {
  let line: ProductLine
  let brand: string
  let model: string
  let attribute: string
  let name: string
  // Redraw a few times on a name clash, so twins (same name, slug suffix -2) stay rare.
  let attempts = 0
  do {
    line = pick(random, spec.lines)
    brand = pick(random, spec.brands)
    model = pick(random, spec.models)
    attribute = pick(random, line.attributes)
    name = `${brand} ${model} ${attribute} ${line.noun}`
  } while (usedSlugs.has(slugify(name)) && ++attempts < 8)
  const slug = uniqueSlug(slugify(name), usedSlugs)
  const tags = [...new Set([...line.tags, slugify(line.noun), slugify(brand)])]
  const id = deterministicUuid(`product:${slug}`)
  // The draws below keep the order they had before variants, so a seed still gives the same products.
  const { description, first, second, closing } = writeDescription(random, name, line)
  const price = demoPrice(random, line.price)
  // About one in twelve products is sold out, so the UI's out-of-stock states have data.
  const stock = random() < 0.08 ? 0 : 1 + Math.floor(random() * 200)
  const createdAt = new Date(catalogEpoch + Math.floor(random() * 365 * dayMs))
  const index = usedSlugs.size - 1 // its slug was the last one taken
  const offer = offerDemoProduct(
    { id, slug, line, price, stock, index, firstColourImage: sharedViews },
    seed,
    skuPrefixes,
  )
  const art = { slug, name, tags, categorySlug: spec.slug }
  const product: DemoProduct = {
    id,
    slug,
    name,
    description,
    brand,
    tags,
    categoryId,
    price: Math.min(...offer.variants.map((variant) => variant.price)),
    currency: 'USD',
    stock: offer.variants.reduce((sum, variant) => sum + variant.stock, 0),
    featured: false,
    images: [...sharedImages(art, offer.colours[0]), ...offer.colours.map((colour, k) => colourImage(art, colour, k))],
    options: offer.options,
    translations: translateDemoProduct({
      brand,
      model,
      attribute,
      line,
      first,
      second,
      closing,
      options: offer.options,
    }),
    createdAt,
  }
  return { product, variants: offer.variants }
}

type ArtOf = { readonly slug: string; readonly name: string; readonly tags: string[]; readonly categorySlug: string }

/**
 * Front, close-up and wide view, in the product's main colour when it comes in colours. Only the
 * first has a placeholder (the one on cards and first in the gallery): placeholders are ~30
 * incompressible bytes each, 3.6 MB of a 100k-product catalog's first sync for all three.
 */
function sharedImages(art: ArtOf, mainColour: ProductOptionValue | undefined): ProductImage[] {
  return Array.from({ length: sharedViews }, (_, i) => ({
    src: `/media/products/${art.slug}-${i + 1}.webp`,
    alt: `${art.name}, view ${i + 1}`,
    width: demoImageSize,
    height: demoImageSize,
    // From the art's parameters, not its pixels: sharp renders an image only when it is asked for.
    ...(i === 0 ? { placeholder: productArtPlaceholder({ ...art, imageNumber: 1, colour: mainColour?.swatch }) } : {}),
  }))
}

/** The image of one colour, numbered after the shared views; the media route finds its colour through the variants. */
function colourImage(art: ArtOf, colour: ProductOptionValue, k: number): ProductImage {
  return {
    src: `/media/products/${art.slug}-${sharedViews + k + 1}.webp`,
    alt: `${art.name}, ${colour.label}`,
    width: demoImageSize,
    height: demoImageSize,
  }
}

function writeDescription(random: Random, name: string, line: ProductLine) {
  const [first = '', second = ''] = pickDistinct(random, line.features.length, 2).map((i) => line.features[i])
  const closing = pick(random, closingSentences)
  return { description: `Meet the ${name}: it ${first}, and it ${second}. ${closing}`, first, second, closing }
}

/** Prices that look like a shop's: 49.99 under 500, round hundreds-and-tens (1299.00) above. */
function demoPrice(random: Random, [min, max]: readonly [number, number]): number {
  const units = min + random() * (max - min)
  if (units >= 500) return Math.round(units / 10) * 1000 - 100
  return Math.max(1, Math.round(units / 5) * 5) * 100 - 1
}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

function uniqueSlug(base: string, used: Set<string>): string {
  let slug = base
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`
  used.add(slug)
  return slug
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)]
  if (item === undefined) throw new Error('pick from an empty list')
  return item
}

function pickDistinct(random: Random, size: number, count: number): number[] {
  const chosen = new Set<number>()
  while (chosen.size < count) chosen.add(Math.floor(random() * size))
  return [...chosen]
}
