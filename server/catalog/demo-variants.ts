/**
 * The options and variants of a demo product (DESIGN §10), drawn from its line's `options`: sizes and
 * colours for shoes and clothes, capacity and/or colour for some electronics, one default variant for
 * everything else. Each product draws from a generator of its own (seed and slug), so the catalog's
 * main draw — names, prices, the sold-out products — is what it was before variants existed, and a
 * change here never reshuffles it.
 */
import { createHash } from 'node:crypto'
import type { ProductOption, ProductOptionValue } from '../../shared/catalog/product.ts'
import { mulberry32, type Random } from '../platform/seeded-random.ts'
import { demoCapacities, demoColours, type LineOptions, type ProductLine, sizeScales } from './demo-catalog-lexicon.ts'
import { deterministicUuid } from './deterministic-uuid.ts'

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

export type VariantSubject = {
  readonly id: string
  readonly slug: string
  readonly line: ProductLine
  /** Minor units: the price of the cheapest variant. */
  readonly price: number
  /** The product's stock draw: the stock of a product sold in one form; 0 sells every variant out. */
  readonly stock: number
  /** The product's position in the catalog: numbers its barcodes, which are therefore unique. */
  readonly index: number
  /** Index in the product's images of the first colour's own image; the next colours follow it. */
  readonly firstColourImage: number
}

export type DemoOffer = {
  readonly options: ProductOption[]
  readonly variants: DemoVariant[]
  /** The colours on offer in option order, each shown by an image of its own. */
  readonly colours: readonly ProductOptionValue[]
}

/** The option codes other features rely on (facets, pickers, translations). */
export const optionCodes = { size: 'size', colour: 'colour', capacity: 'capacity' } as const

/** One option before it is crossed with the others: its values, how well each sells, what each adds. */
type Axis = {
  readonly option: ProductOption
  /** Relative demand per value, in (0, 1]: middle sizes sell most, so they are stocked most. */
  readonly demand: readonly number[]
  readonly skuParts: readonly string[]
  readonly extraPrice: readonly number[]
  readonly extraGrams: readonly number[]
}

/** Price steps of bigger capacities, in multiples of the line's step. */
const capacitySteps = [0, 1, 3, 7]
const colourDemand = [1, 0.7, 0.55, 0.45]

/**
 * Options and variants of one product. `skuPrefixes` holds the prefixes taken so far in this catalog:
 * a prefix is unique, so SKUs are (the unique index on product_variants.sku requires it).
 */
export function offerDemoProduct(subject: VariantSubject, seed: number, skuPrefixes: Set<string>): DemoOffer {
  const random = mulberry32(seedOf(seed, subject.slug))
  const spec: LineOptions = subject.line.options ?? {}
  const first = sizeAxis(random, spec) ?? capacityAxis(spec, subject.price)
  const colour = colourAxis(random, spec)
  const axes = [first, colour].filter((axis) => axis !== null)
  const prefix = skuPrefix(subject.slug, skuPrefixes)
  const grams = roundTo(5, subject.line.grams[0] + random() * (subject.line.grams[1] - subject.line.grams[0]))
  const sale = random() < 0.1 ? 1.2 + random() * 0.3 : null
  const barcodes = random() < 0.6
  const combinations = offeredCombinations(random, first, colour)
  const variants = combinations.map((at, position): DemoVariant => {
    const values = axes.map((axis, a) => axis.option.values[at[a]!]!.code)
    const optionValues = Object.fromEntries(axes.map((axis, a) => [axis.option.code, values[a]!]))
    const demand = axes.reduce((product, axis, a) => product * axis.demand[at[a]!]!, 1)
    const price = subject.price + axes.reduce((sum, axis, a) => sum + axis.extraPrice[at[a]!]!, 0)
    return {
      id: deterministicUuid(
        axes.length === 0 ? `variant:${subject.slug}` : `variant:${subject.slug}:${values.join(':')}`,
      ),
      productId: subject.id,
      sku: [prefix, ...axes.map((axis, a) => axis.skuParts[at[a]!]!)].join('-'),
      optionValues,
      price,
      compareAtPrice: sale === null ? null : shopPriceAbove(price * sale),
      stock: variantStock(random, subject.stock, axes.length === 0, demand),
      barcode: barcodes ? ean13(`20${pad(subject.index, 8)}${pad(position, 2)}`) : null,
      weightGrams: Math.max(1, grams + axes.reduce((sum, axis, a) => sum + axis.extraGrams[at[a]!]!, 0)),
      imageIndexes: colour ? [subject.firstColourImage + at[axes.length - 1]!] : [],
      position,
    }
  })
  return { options: axes.map((axis) => axis.option), variants, colours: colour?.option.values ?? [] }
}

/** A run of the line's size scale: shoes from 36–38 up to 44–46, clothes XS or S up to XL or XXL. */
function sizeAxis(random: Random, spec: LineOptions): Axis | null {
  if (!spec.size) return null
  const scale = sizeScales[spec.size]
  const trim = spec.size === 'shoe' ? () => Math.floor(random() * 3) : () => (random() < 0.3 ? 1 : 0)
  const start = trim()
  const labels = scale.slice(start, scale.length - trim())
  const middle = (scale.length - 1) / 2
  const half = (labels.length - 1) / 2
  const gramsPerSize = spec.size === 'shoe' ? 12 : 25
  return {
    option: {
      code: optionCodes.size,
      name: 'Size',
      values: labels.map((label) => ({ code: label.toLowerCase(), label })),
    },
    demand: labels.map((_, i) => 1 - 0.75 * ((i - half) / half) ** 2),
    skuParts: labels.map((label) => label.toUpperCase()),
    extraPrice: labels.map(() => 0),
    extraGrams: labels.map((_, i) => Math.round((start + i - middle) * gramsPerSize)),
  }
}

/** Every capacity of the line, the bigger ones dearer and stocked less. */
function capacityAxis(spec: LineOptions, price: number): Axis | null {
  if (!spec.capacity) return null
  const step = price < 50_000 ? 5_000 : 10_000
  return {
    option: {
      code: optionCodes.capacity,
      name: 'Capacity',
      values: spec.capacity.map((code) => ({ code, label: demoCapacities[code] })),
    },
    demand: spec.capacity.map((_, i) => 0.6 ** i),
    skuParts: spec.capacity.map((code) => code.toUpperCase()),
    extraPrice: spec.capacity.map((_, i) => capacitySteps[i]! * step),
    extraGrams: spec.capacity.map(() => 0),
  }
}

/** Two to four of the line's colours, for the share of its products that come in colours. */
function colourAxis(random: Random, spec: LineOptions): Axis | null {
  const palette = spec.colours
  if (!palette || random() >= (spec.colourShare ?? 1)) return null
  const count = Math.min(palette.length, 2 + Math.floor(random() * 3))
  const picked = new Set<number>()
  while (picked.size < count) picked.add(Math.floor(random() * palette.length))
  const codes = [...picked].map((i) => palette[i]!)
  return {
    option: {
      code: optionCodes.colour,
      name: 'Colour',
      values: codes.map((code) => ({ code, label: demoColours[code].label, swatch: demoColours[code].swatch })),
    },
    demand: codes.map((_, i) => colourDemand[i]!),
    skuParts: codes.map((code) => demoColours[code].sku),
    extraPrice: codes.map(() => 0),
    extraGrams: codes.map(() => 0),
  }
}

/**
 * Value indexes per axis of every combination on offer, first axis outermost. The main colour comes
 * in every size or capacity; another colour now and then only in the lower or upper part of the run
 * (at least one value of it stays, so every colour has a variant and an image).
 */
function offeredCombinations(random: Random, first: Axis | null, colour: Axis | null): number[][] {
  const firstCount = first?.option.values.length ?? 1
  const colours = colour?.option.values.length ?? 1
  const runs = Array.from({ length: colours }, (_, k) => {
    if (k === 0 || random() >= 0.35) return { from: 0, to: firstCount }
    const trim = Math.min(1 + Math.floor(random() * 2), firstCount - 1)
    return random() < 0.5 ? { from: trim, to: firstCount } : { from: 0, to: firstCount - trim }
  })
  const combinations: number[][] = []
  for (let i = 0; i < firstCount; i++) {
    for (let k = 0; k < colours; k++) {
      const run = runs[k]!
      if (i < run.from || i >= run.to) continue
      combinations.push([...(first ? [i] : []), ...(colour ? [k] : [])])
    }
  }
  return combinations
}

/**
 * A product sold in one form keeps its stock draw. Variants get stock in proportion to demand (a
 * middle size, the main colour, the smallest capacity) on a level set by that draw, and some run out
 * now and then, the less wanted more often; a product drawn sold out is sold out in every variant.
 */
function variantStock(random: Random, drawn: number, single: boolean, demand: number): number {
  if (drawn === 0 || single) return drawn
  if (random() < 0.04 + 0.1 * (1 - demand)) return 0
  const level = 2 + drawn / 8
  return Math.round(level * demand * (0.4 + 1.2 * random()))
}

/** The next shop-looking price above `minor` (as demoPrice makes them: 59.99 under 500, 1299.00 above). */
function shopPriceAbove(minor: number): number {
  return minor < 50_000 ? Math.ceil(minor / 500) * 500 - 1 : Math.ceil(minor / 1_000) * 1_000 - 100
}

/**
 * A short SKU stem from the slug, unique in the catalog: the brand's first three letters, then the
 * initials of the other words ("sonora-aria-foldable-wireless-headphones" → "SON-AFWH"); a clash gets
 * a number. Neither part holds a dash, so stem plus option parts can never equal another's SKU.
 */
function skuPrefix(slug: string, taken: Set<string>): string {
  const [head = '', ...rest] = slug.split('-')
  const base = `${head.slice(0, 3)}-${rest.map((word) => word[0]).join('') || 'x'}`.toUpperCase()
  let prefix = base
  for (let n = 2; taken.has(prefix); n++) prefix = `${base}${n}`
  taken.add(prefix)
  return prefix
}

/**
 * An EAN-13 in the GS1 prefix 20–29 (numbers for internal use, so no real product's) with its check
 * digit: the 12 digits weighted 1, 3, 1, 3 … and the check making the sum a multiple of ten.
 */
export function ean13(twelveDigits: string): string {
  if (!/^\d{12}$/.test(twelveDigits)) throw new Error(`An EAN-13 body has 12 digits, not "${twelveDigits}"`)
  const sum = [...twelveDigits].reduce((total, digit, i) => total + Number(digit) * (i % 2 === 0 ? 1 : 3), 0)
  return `${twelveDigits}${(10 - (sum % 10)) % 10}`
}

function seedOf(seed: number, slug: string): number {
  return createHash('sha256').update(`${seed}:${slug}`).digest().readUInt32LE(0)
}

function pad(n: number, digits: number): string {
  const text = String(n)
  if (text.length > digits) throw new Error(`${n} does not fit in ${digits} digits`)
  return text.padStart(digits, '0')
}

function roundTo(step: number, n: number): number {
  return Math.round(n / step) * step
}
