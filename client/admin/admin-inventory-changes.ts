/** What an inventory variant form sends: only what the admin changed, checked before it leaves the page. */
import type { InventoryVariant, InventoryVariantUpdate } from '../../shared/catalog/admin-inventory-schema.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import { parseMoneyInput } from '../../shared/money-input.ts'
import type { AdminMessageId } from './admin-i18n.tsx'

export type Refusal = Extract<
  AdminMessageId,
  'admin.inventory.invalidPrice' | 'admin.inventory.invalidCompareAt' | 'admin.inventory.nothingChanged'
>

/**
 * The PATCH body for what the admin changed, or the id of why there is nothing valid to send. Prices
 * are typed in the product's currency (whole yen for JPY).
 */
export function changesOf(
  variant: InventoryVariant,
  priceText: string,
  compareText: string,
  delta: number,
  reason: string,
  currency?: CurrencyCode,
): InventoryVariantUpdate | Refusal {
  const price = parseMoneyInput(priceText, currency)
  if (!price.ok) return 'admin.inventory.invalidPrice'
  const compare = compareText.trim() === '' ? null : parseMoneyInput(compareText, currency)
  if (compare !== null && (!compare.ok || compare.amount <= price.amount)) return 'admin.inventory.invalidCompareAt'
  const compareAtPrice = compare?.amount ?? null
  const note = reason.trim()
  const update = {
    expectedRevision: variant.revision,
    ...(delta !== 0 ? { stockDelta: delta } : {}),
    ...(price.amount !== variant.price ? { price: price.amount } : {}),
    ...(compareAtPrice !== variant.compareAtPrice ? { compareAtPrice } : {}),
    ...(note ? { reason: note } : {}),
  }
  const changed = update.stockDelta !== undefined || update.price !== undefined || 'compareAtPrice' in update
  return changed ? update : 'admin.inventory.nothingChanged'
}
