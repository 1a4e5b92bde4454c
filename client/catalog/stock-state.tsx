import type { JSX } from 'solid-js'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import { stockLevel } from '../../shared/catalog/stock-level.ts'
import { variantStockMessage } from '../../shared/i18n/variant-messages.ts'
import { useI18n } from '../platform/i18n.tsx'

export { lowStockThreshold } from '../../shared/catalog/stock-level.ts'

/** The chosen variant's stock: "Only 3 left in 42 · Black" (see `variantStockMessage`). */
export function StockState(props: {
  readonly product: Pick<Product, 'options'>
  readonly variant: Pick<ProductVariant, 'stock' | 'optionValues'>
}): JSX.Element {
  const { t } = useI18n()
  const text = () => {
    const message = variantStockMessage(props.product, props.variant)
    return t(message.id, message.values)
  }
  return <span class={`stock stock--${stockLevel(props.variant.stock)}`}>{text()}</span>
}
