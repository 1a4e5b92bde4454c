import { describe, expect, it } from 'vitest'
import type { VariantBySku } from './integration.repository.ts'
import { planStockSet } from './stock-set.ts'

const variant = (sku: string, stock: number, revision: number, onSale = true): VariantBySku => ({
  id: `id-${sku}`,
  productId: 'product',
  sku,
  onSale,
  stock,
  revision,
})

describe('planStockSet', () => {
  const found = [variant('A', 3, 7), variant('B', 10, 2), variant('OLD', 5, 1, false)]

  it('applies a delta to the stock as locked, and an absolute count at its revision or without one', () => {
    const plan = planStockSet(
      [
        { sku: 'A', delta: -3 },
        { sku: 'B', stock: 4, expectedRevision: 2 },
      ],
      found,
    )
    expect(plan).toEqual({
      ok: true,
      writes: [
        { id: 'id-A', stock: 0 },
        { id: 'id-B', stock: 4 },
      ],
      planned: [
        { index: 0, sku: 'A', variantId: 'id-A', productId: 'product', stock: 0 },
        { index: 1, sku: 'B', variantId: 'id-B', productId: 'product', stock: 4 },
      ],
    })
    expect(planStockSet([{ sku: 'A', stock: 9 }], found)).toMatchObject({ ok: true, writes: [{ stock: 9 }] })
  })

  it('refuses a stale revision with what the variant is now, before a delta that goes below 0', () => {
    const plan = planStockSet(
      [
        { sku: 'A', delta: -4 },
        { sku: 'B', stock: 4, expectedRevision: 1 },
      ],
      found,
    )
    expect(plan).toEqual({
      ok: false,
      refusal: 'stale',
      issues: [{ path: 'json.items.1.expectedRevision', message: 'the variant is at revision 2 now (stock 10)' }],
      conflicts: [{ index: 1, sku: 'B', stock: 10, revision: 2 }],
    })
    expect(planStockSet([{ sku: 'A', delta: -4 }], found)).toEqual({
      ok: false,
      refusal: 'insufficient',
      issues: [{ path: 'json.items.0.delta', message: 'would take the stock below 0 (3 in stock)' }],
      conflicts: [{ index: 0, sku: 'A', stock: 3, revision: 7 }],
    })
  })

  it('names unknown, withdrawn and repeated SKUs first (400), whatever else is wrong', () => {
    const plan = planStockSet(
      [
        { sku: 'A', delta: -9 },
        { sku: 'OLD', stock: 1 },
        { sku: 'NONE', stock: 1 },
        { sku: 'A', stock: 1 },
      ],
      found,
    )
    expect(plan).toEqual({
      ok: false,
      refusal: 'invalid',
      issues: [
        { path: 'json.items.1.sku', message: 'names no variant on sale' },
        { path: 'json.items.2.sku', message: 'names no variant on sale' },
        { path: 'json.items.3.sku', message: 'is used by an earlier item (json.items.0)' },
      ],
      conflicts: [],
    })
  })
})
