/**
 * What the shopper has chosen on a product page, and what each further choice would lead to.
 *
 * Options are read in order (Size, then Colour): a value's state depends on the choices of the
 * options before it, not after. So every variant that exists can be reached by choosing from the
 * first option down, and no pair of choices can lock the shopper out of another (with "every other
 * choice" as the rule, Size 42 · Black would disable Size 46 and Red even when 46 · Red exists).
 */
import type { Product, ProductOption, ProductOptionValue, ProductVariant } from './product.ts'
import { colourOptionCode, defaultVariant, findVariant, priceRange } from './variant.ts'

/** Chosen value code by option code; options not chosen yet are absent. */
export type Selection = Readonly<Record<string, string>>

/** What choosing a value leads to: a variant in stock, only sold-out ones, or none at all. */
export type ValueState = 'available' | 'sold_out' | 'unavailable'

export type OptionValueState = { readonly value: ProductOptionValue; readonly state: ValueState }

export type OptionStates = { readonly option: ProductOption; readonly values: readonly OptionValueState[] }

type VariantsOf = Pick<Product, 'variants'>
type OptionsAndVariants = Pick<Product, 'options' | 'variants'>

/** The variants that agree with every choice in `selection` (all of them for an empty one). */
export function matchingVariants(product: VariantsOf, selection: Selection): ProductVariant[] {
  const chosen = Object.entries(selection)
  return product.variants.filter((variant) => chosen.every(([code, value]) => variant.optionValues[code] === value))
}

/**
 * For each option in order, the state of each of its values given the choices of the options
 * before it: 'available' when some such variant is in stock, 'sold_out' when they all are, else
 * 'unavailable'.
 */
export function optionStates(product: OptionsAndVariants, selection: Selection): OptionStates[] {
  return product.options.map((option, index) => {
    const earlier = selectionBefore(product.options, selection, index)
    const values = option.values.map((value) => ({
      value,
      state: stateOf(matchingVariants(product, { ...earlier, [option.code]: value.code })),
    }))
    return { option, values }
  })
}

/**
 * Chooses `valueCode` for `optionCode`, and drops the choices of later options that no variant
 * combines with it any more: the shopper is then asked for them instead of landing on nothing.
 */
export function chooseValue(
  product: OptionsAndVariants,
  selection: Selection,
  optionCode: string,
  valueCode: string,
): Selection {
  const index = product.options.findIndex((option) => option.code === optionCode)
  const next: Record<string, string> = {
    ...selectionBefore(product.options, selection, index),
    [optionCode]: valueCode,
  }
  for (const option of product.options.slice(index + 1)) {
    const chosen = selection[option.code]
    if (chosen === undefined) continue
    if (matchingVariants(product, { ...next, [option.code]: chosen }).length > 0) next[option.code] = chosen
  }
  return next
}

/** The variant of a complete selection; undefined while an option is not chosen or no variant matches. */
export function selectedVariant(product: OptionsAndVariants, selection: Selection): ProductVariant | undefined {
  if (missingOptions(product, selection).length > 0) return undefined
  return matchingVariants(product, selection)[0]
}

/** The options still to choose, in order: what the add-to-cart button asks for. */
export function missingOptions(product: Pick<Product, 'options'>, selection: Selection): ProductOption[] {
  return product.options.filter((option) => selection[option.code] === undefined)
}

/** The selection that names `variant`. */
export function selectionOf(variant: Pick<ProductVariant, 'optionValues'>): Selection {
  return { ...variant.optionValues }
}

/** What a product page opens on: the variant named in its URL (`?variant=`) if it is one of this product's, else the default. */
export function initialSelection(product: VariantsOf, variantParam: string | null | undefined): Selection {
  const named = variantParam ? findVariant(product, variantParam) : undefined
  return selectionOf(named ?? defaultVariant(product))
}

/**
 * The variant a partial selection is shown as (its images, its price): the chosen one, else the
 * first matching one in stock, else the first matching one.
 */
export function shownVariant(product: OptionsAndVariants, selection: Selection): ProductVariant | undefined {
  const matching = matchingVariants(product, selection)
  return selectedVariant(product, selection) ?? matching.find((variant) => variant.stock > 0) ?? matching[0]
}

/** A colour value as a swatch can paint it: `#rgb` or `#rrggbb`, nothing that could carry more than a colour. */
export function isSwatchColour(value: string | undefined): value is string {
  return value !== undefined && /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value)
}

/** The product's colours that some variant is offered in and that have a swatch, in option order. */
export function colourSwatches(product: OptionsAndVariants): ProductOptionValue[] {
  const colours = product.options.find((option) => option.code === colourOptionCode)
  if (!colours) return []
  const offered = new Set(product.variants.map((variant) => variant.optionValues[colourOptionCode]))
  return colours.values.filter((value) => offered.has(value.code) && isSwatchColour(value.swatch))
}

function selectionBefore(options: readonly ProductOption[], selection: Selection, index: number): Selection {
  const earlier: Record<string, string> = {}
  for (const option of options.slice(0, index)) {
    const chosen = selection[option.code]
    if (chosen !== undefined) earlier[option.code] = chosen
  }
  return earlier
}

function stateOf(variants: readonly ProductVariant[]): ValueState {
  if (variants.length === 0) return 'unavailable'
  return variants.some((variant) => variant.stock > 0) ? 'available' : 'sold_out'
}

/**
 * Which of the product's images a page shows for `variant`, the main one first: the variant's own
 * (its colour), else all of them. Indexes past the end of `images` are ignored.
 */
export function galleryImageIndexes(
  product: Pick<Product, 'images'>,
  variant: Pick<ProductVariant, 'imageIndexes'> | undefined,
): number[] {
  const own = (variant?.imageIndexes ?? []).filter((index) => index >= 0 && index < product.images.length)
  return own.length > 0 ? [...own] : product.images.map((_, index) => index)
}

/** Whether the variants' prices differ: a card, or a page before the choice is complete, then says "From $X". */
export function hasPriceRange(product: Pick<Product, 'variants' | 'price'>): boolean {
  const range = priceRange(product)
  return range.min !== range.max
}

export type SelectionPrice = { readonly amount: number; readonly compareAt: number | null; readonly from: boolean }

/**
 * The price a product page shows for `selection`: the chosen variant's (with its compare-at price),
 * else "from" the lowest of the variants it still allows when their prices differ.
 */
export function selectionPrice(
  product: OptionsAndVariants & Pick<Product, 'price'>,
  selection: Selection,
): SelectionPrice {
  const chosen = selectedVariant(product, selection)
  if (chosen) return { amount: chosen.price, compareAt: chosen.compareAtPrice, from: false }
  const matching = matchingVariants(product, selection)
  const range = priceRange({ price: product.price, variants: matching })
  return { amount: range.min, compareAt: null, from: range.min !== range.max }
}
