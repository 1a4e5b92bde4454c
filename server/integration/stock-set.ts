/**
 * The rules of a stock update by SKU, without I/O: each SKU names a variant on sale, once per batch.
 * Any failure fails the whole batch (all or nothing), each bad item named.
 */
import type { StockSetInput, StockSetResult } from '../../shared/api-keys/integration-schema.ts'
import type { FieldIssue } from '../../shared/errors.ts'
import type { VariantBySku } from './integration.repository.ts'

export type StockSetPlan =
  | {
      readonly ok: true
      readonly writes: { readonly id: string; readonly stock: number }[]
      readonly results: StockSetResult['items'][number][]
    }
  | { readonly ok: false; readonly issues: FieldIssue[] }

export function planStockSet(items: StockSetInput['items'], found: readonly VariantBySku[]): StockSetPlan {
  const bySku = new Map(found.map((variant) => [variant.sku, variant]))
  const firstIndex = new Map<string, number>()
  const issues: FieldIssue[] = []
  const results: StockSetResult['items'][number][] = []
  items.forEach((item, index) => {
    const path = `json.items.${index}.sku`
    const earlier = firstIndex.get(item.sku)
    const variant = bySku.get(item.sku)
    if (earlier !== undefined) issues.push({ path, message: `is used by an earlier item (json.items.${earlier})` })
    else if (!variant?.onSale) issues.push({ path, message: 'names no variant on sale' })
    firstIndex.set(item.sku, earlier ?? index)
    if (variant)
      results.push({ index, sku: item.sku, variantId: variant.id, productId: variant.productId, stock: item.stock })
  })
  if (issues.length > 0) return { ok: false, issues }
  return { ok: true, writes: results.map((result) => ({ id: result.variantId, stock: result.stock })), results }
}
