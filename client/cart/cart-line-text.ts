/** How a cart line is shown wherever it appears (the cart page, the add-to-cart drawer). */
import { describeOptions, variantOptions } from '../../shared/catalog/variant.ts'
import type { CartLineView } from './shopper-view.ts'

/** The variant's own first image (its colour), else the product's first. */
export function lineImage(line: CartLineView) {
  const index = line.variant?.imageIndexes[0] ?? 0
  return line.product?.images[index] ?? line.product?.images[0]
}

/** "Size 42 · Black", or '' for a product sold in one form. */
export function lineOptionsText(line: CartLineView): string {
  if (!line.product || !line.variant) return ''
  return describeOptions(variantOptions(line.product.options, line.variant))
}
