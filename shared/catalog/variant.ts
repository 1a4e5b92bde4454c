import type { VariantId } from '../ids.ts'
import type { OrderLineOption } from '../orders/order.ts'
import type { Product, ProductOption, ProductVariant } from './product.ts'

/**
 * The variant a product page opens on when the shopper chose none: the first one in stock, else
 * the first. Every product has at least one variant (DESIGN §10).
 */
export function defaultVariant(product: Pick<Product, 'variants'>): ProductVariant {
  const first = product.variants[0]
  if (!first) throw new Error('A product has at least one variant')
  return product.variants.find((variant) => variant.stock > 0) ?? first
}

export function findVariant(product: Pick<Product, 'variants'>, id: VariantId | string): ProductVariant | undefined {
  return product.variants.find((variant) => variant.id === id)
}

/** The variant's option values named for people, in the product's option order: Size 42, Colour Black. */
export function variantOptions(
  options: readonly ProductOption[],
  variant: Pick<ProductVariant, 'optionValues'>,
): OrderLineOption[] {
  return options.flatMap((option) => {
    const code = variant.optionValues[option.code]
    const value = option.values.find((candidate) => candidate.code === code)
    return value ? [{ code: option.code, name: option.name, value: value.label }] : []
  })
}

/** The option code of colours: a colour reads well by itself ("Black"), a size needs its name ("Size 42"). */
export const colourOptionCode = 'colour'

/** Options as one line of text, e.g. "Size 42 · Black"; empty for a product sold in one form. */
export function describeOptions(options: readonly OrderLineOption[]): string {
  return options.map(({ code, name, value }) => (code === colourOptionCode ? value : `${name} ${value}`)).join(' · ')
}

/** Lowest and highest price of the live variants: a card shows "from" when they differ. */
export function priceRange(product: Pick<Product, 'variants' | 'price'>): {
  readonly min: number
  readonly max: number
} {
  if (product.variants.length === 0) return { min: product.price, max: product.price }
  const prices = product.variants.map((variant) => variant.price)
  return { min: Math.min(...prices), max: Math.max(...prices) }
}
