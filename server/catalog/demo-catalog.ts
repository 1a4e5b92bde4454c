/**
 * Deterministic demo catalog: the same seed always yields the same categories, products, ids and
 * timestamps, so screenshots, e2e tests and two servers seeded separately agree.
 */
import { createHash } from 'node:crypto'
import type { ProductImage, ProductOption } from '../../shared/catalog/product.ts'
import type { CurrencyCode } from '../../shared/money.ts'

export { mulberry32 } from '../platform/seeded-random.ts'

import { productArtPlaceholder } from '../media/product-art-placeholder.ts'
import { mulberry32, type Random } from '../platform/seeded-random.ts'
import { type CategorySpec, closingSentences, demoCategories, type ProductLine } from './demo-catalog-lexicon.ts'

export type DemoCategory = {
  readonly id: string
  readonly slug: string
  readonly name: string
  readonly description: string
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
  readonly createdAt: Date
}

/** One variant of a demo product, as inserted into product_variants (the product's stock and price follow from them). */
export type DemoVariant = {
  readonly id: string
  readonly productId: string
  readonly sku: string
  readonly optionValues: Record<string, string>
  readonly price: number
  readonly compareAtPrice: number | null
  readonly stock: number
  readonly barcode: string | null
  readonly weightGrams: number | null
  readonly imageIndexes: number[]
  readonly position: number
}

export type DemoCatalog = {
  readonly categories: DemoCategory[]
  readonly products: DemoProduct[]
  readonly variants: DemoVariant[]
}

export type DemoCatalogOptions = { seed?: number; productsPerCategory?: number; featuredCount?: number }

export const demoImageSize = 1024
const imagesPerProduct = 3
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
    position,
  }))
  const usedSlugs = new Set<string>()
  const products = demoCategories.flatMap((spec, c) =>
    Array.from({ length: productsPerCategory }, () => demoProduct(spec, categories[c]!.id, random, usedSlugs)),
  )
  const featured = new Set(pickDistinct(random, products.length, Math.min(featuredCount, products.length)))
  return {
    categories,
    products: products.map((p, i) => ({ ...p, featured: featured.has(i) })),
    variants: products.flatMap(demoVariants),
  }
}

/** A product sold in one form: its one variant carries its stock and price. */
function demoVariants(product: DemoProduct): DemoVariant[] {
  return [
    {
      id: deterministicUuid(`variant:${product.slug}`),
      productId: product.id,
      sku: product.slug.toUpperCase(),
      optionValues: {},
      price: product.price,
      compareAtPrice: null,
      stock: product.stock,
      barcode: null,
      weightGrams: null,
      imageIndexes: [],
      position: 0,
    },
  ]
}

function demoProduct(spec: CategorySpec, categoryId: string, random: Random, usedSlugs: Set<string>): DemoProduct {
  let line: ProductLine
  let brand: string
  let name: string
  // Redraw a few times on a name clash, so twins (same name, slug suffix -2) stay rare.
  let attempts = 0
  do {
    line = pick(random, spec.lines)
    brand = pick(random, spec.brands)
    name = `${brand} ${pick(random, spec.models)} ${pick(random, line.attributes)} ${line.noun}`
  } while (usedSlugs.has(slugify(name)) && ++attempts < 8)
  const slug = uniqueSlug(slugify(name), usedSlugs)
  const tags = [...new Set([...line.tags, slugify(line.noun), slugify(brand)])]
  return {
    id: deterministicUuid(`product:${slug}`),
    slug,
    name,
    description: writeDescription(random, name, line),
    brand,
    tags,
    categoryId,
    price: demoPrice(random, line.price),
    currency: 'USD',
    // About one in twelve products is sold out, so the UI's out-of-stock states have data.
    stock: random() < 0.08 ? 0 : 1 + Math.floor(random() * 200),
    featured: false,
    images: Array.from({ length: imagesPerProduct }, (_, i) => ({
      src: `/media/products/${slug}-${i + 1}.webp`,
      alt: `${name}, view ${i + 1}`,
      width: demoImageSize,
      height: demoImageSize,
      // From the art's parameters, not its pixels: sharp renders an image only when it is asked for.
      // The first image only (the one on cards and first in the gallery): placeholders are ~30
      // incompressible bytes each, 3.6 MB of a 100k-product catalog's first sync for all three.
      ...(i === 0
        ? { placeholder: productArtPlaceholder({ slug, imageNumber: 1, name, tags, categorySlug: spec.slug }) }
        : {}),
    })),
    options: [],
    createdAt: new Date(catalogEpoch + Math.floor(random() * 365 * dayMs)),
  }
}

function writeDescription(random: Random, name: string, line: ProductLine): string {
  const [first, second] = pickDistinct(random, line.features.length, 2).map((i) => line.features[i])
  return `Meet the ${name}: it ${first}, and it ${second}. ${pick(random, closingSentences)}`
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

/** A UUID-shaped id (RFC 9562 version 8, "custom") derived from a stable name. */
export function deterministicUuid(name: string): string {
  const hex = createHash('sha256').update(`storefront-demo:${name}`).digest('hex')
  const variant = ((Number.parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
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
