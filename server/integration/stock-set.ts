/**
 * The rules of a stock update by SKU, without I/O, over the variants as locked now: each SKU names a
 * variant on sale, once per batch; a `delta` is applied to the stock held now and may not take it
 * below 0; an absolute `stock` with `expectedRevision` applies only while the variant is still at
 * that revision (else the ERP counted before a sale and would bring sold units back).
 * Any failure fails the whole batch (all or nothing), each bad item named.
 */
import type { StockSetConflict, StockSetInput } from '../../shared/api-keys/integration-schema.ts'
import type { FieldIssue } from '../../shared/errors.ts'
import type { VariantBySku } from './integration.repository.ts'

export type StockSetPlanned = {
  readonly index: number
  readonly sku: string
  readonly variantId: string
  readonly productId: string
  readonly stock: number
}

/** Why a batch is refused: bad input (400), a stale revision (409) or too few units for a delta (409). */
export type StockSetRefusal = 'invalid' | 'stale' | 'insufficient'

export type StockSetPlan =
  | {
      readonly ok: true
      readonly writes: { readonly id: string; readonly stock: number }[]
      readonly planned: StockSetPlanned[]
    }
  | {
      readonly ok: false
      readonly refusal: StockSetRefusal
      readonly issues: FieldIssue[]
      /** For a 409: the named items as they are now, so the ERP can read again and retry. */
      readonly conflicts: StockSetConflict[]
    }

export function planStockSet(items: StockSetInput['items'], found: readonly VariantBySku[]): StockSetPlan {
  const bySku = new Map(found.map((variant) => [variant.sku, variant]))
  const firstIndex = new Map<string, number>()
  const invalid: FieldIssue[] = []
  const stale: { issue: FieldIssue; conflict: StockSetConflict }[] = []
  const insufficient: { issue: FieldIssue; conflict: StockSetConflict }[] = []
  const planned: StockSetPlanned[] = []
  items.forEach((item, index) => {
    const path = `json.items.${index}`
    const earlier = firstIndex.get(item.sku)
    const variant = bySku.get(item.sku)
    firstIndex.set(item.sku, earlier ?? index)
    if (earlier !== undefined) {
      invalid.push({ path: `${path}.sku`, message: `is used by an earlier item (json.items.${earlier})` })
      return
    }
    if (!variant?.onSale) {
      invalid.push({ path: `${path}.sku`, message: 'names no variant on sale' })
      return
    }
    const now = { index, sku: item.sku, stock: variant.stock, revision: variant.revision }
    if (item.expectedRevision !== undefined && item.expectedRevision !== variant.revision) {
      stale.push({
        issue: {
          path: `${path}.expectedRevision`,
          message: `the variant is at revision ${variant.revision} now (stock ${variant.stock})`,
        },
        conflict: now,
      })
      return
    }
    const stock = item.delta === undefined ? item.stock : variant.stock + item.delta
    if (stock === undefined) throw new Error('a stock item without stock or delta passed validation')
    if (stock < 0) {
      insufficient.push({
        issue: { path: `${path}.delta`, message: `would take the stock below 0 (${variant.stock} in stock)` },
        conflict: now,
      })
      return
    }
    planned.push({ index, sku: item.sku, variantId: variant.id, productId: variant.productId, stock })
  })
  if (invalid.length > 0) return { ok: false, refusal: 'invalid', issues: invalid, conflicts: [] }
  for (const [refusal, named] of [
    ['stale', stale],
    ['insufficient', insufficient],
  ] as const)
    if (named.length > 0)
      return { ok: false, refusal, issues: named.map((n) => n.issue), conflicts: named.map((n) => n.conflict) }
  return { ok: true, writes: planned.map((p) => ({ id: p.variantId, stock: p.stock })), planned }
}
