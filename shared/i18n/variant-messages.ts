/**
 * The messages (locales/*.json ids and their values) a product page shows about its variants, for
 * the client's page and the server's HTML alike, so both say the same thing.
 */
import type { Product, ProductOption, ProductVariant } from '../catalog/product.ts'
import { stockLevel } from '../catalog/stock-level.ts'
import { variantOptions } from '../catalog/variant.ts'

export type Message<Id extends string = string> = {
  readonly id: Id
  readonly values?: Readonly<Record<string, string | number>>
}

/** Option codes name the same option across products (DESIGN §10), so the well-known ones read naturally. */
const chooseMessages = {
  size: 'variant.choose.size',
  colour: 'variant.choose.colour',
  capacity: 'variant.choose.capacity',
} as const

type ChooseMessageId = (typeof chooseMessages)[keyof typeof chooseMessages] | 'variant.choose'

/** What the add-to-cart button asks for while `option` is not chosen: "Choose a size". */
export function chooseOptionMessage(option: Pick<ProductOption, 'code' | 'name'>): Message<ChooseMessageId> {
  const known = chooseMessages[option.code as keyof typeof chooseMessages]
  return known ? { id: known } : { id: 'variant.choose', values: { option: option.name } }
}

type StockMessageId = 'stock.in' | 'stock.low' | 'stock.out' | 'stock.lowIn' | 'stock.outIn'

/**
 * The stock line of a product page: "Only 3 left in 42 · Black" for a variant of a product with
 * options (which variant runs low matters), "Only 3 left" for a product sold in one form.
 */
export function variantStockMessage(
  product: Pick<Product, 'options'>,
  variant: Pick<ProductVariant, 'stock' | 'optionValues'>,
): Message<StockMessageId> {
  const level = stockLevel(variant.stock)
  if (level === 'in') return { id: 'stock.in' }
  const named = variantLabel(product, variant)
  if (level === 'out') return named ? { id: 'stock.outIn', values: { variant: named } } : { id: 'stock.out' }
  return named
    ? { id: 'stock.lowIn', values: { count: variant.stock, variant: named } }
    : { id: 'stock.low', values: { count: variant.stock } }
}

/** The variant's values by themselves, in option order: "42 · Black"; empty without options. */
export function variantLabel(product: Pick<Product, 'options'>, variant: Pick<ProductVariant, 'optionValues'>): string {
  return variantOptions(product.options, variant)
    .map((option) => option.value)
    .join(' · ')
}
