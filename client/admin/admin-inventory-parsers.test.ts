import { describe, expect, it } from 'vitest'
import { parseInventoryUpdateOutcome } from './admin-inventory-parsers.ts'

const item = {
  id: '00000000-0000-4000-8000-0000000000a1',
  slug: 'trail-shoe',
  name: 'Trail shoe',
  categoryId: '00000000-0000-4000-8000-0000000000c1',
  categoryName: 'Shoes',
  currency: 'EUR',
  stock: 4,
  options: [{ code: 'size', name: 'Size', values: [{ code: '42', label: '42' }] }],
  variants: [
    {
      id: '00000000-0000-4000-8000-000000000001',
      sku: 'SHOE-42',
      optionValues: { size: '42' },
      price: 8999,
      compareAtPrice: null,
      stock: 4,
      revision: 3,
    },
  ],
}
const problem = { type: '/problems/x', title: 'x', status: 409, instance: '/api/admin/inventory/variants/x' }

describe('parseInventoryUpdateOutcome', () => {
  it('reads a saved variant, a stale edit with the product now, and a refusal by code', () => {
    expect(parseInventoryUpdateOutcome({ item })).toEqual({ status: 'saved', item })
    expect(parseInventoryUpdateOutcome({ ...problem, code: 'EDIT_CONFLICT', item })).toEqual({
      status: 'conflict',
      item,
    })
    expect(parseInventoryUpdateOutcome({ ...problem, code: 'OUT_OF_STOCK' })).toEqual({
      status: 'refused',
      code: 'OUT_OF_STOCK',
    })
  })

  it('throws on a body of another shape', () => {
    expect(() => parseInventoryUpdateOutcome({ item: { ...item, variants: [{ sku: 1 }] } })).toThrow(TypeError)
    expect(() => parseInventoryUpdateOutcome({ ...problem, code: 'EDIT_CONFLICT' })).toThrow(TypeError)
    expect(() => parseInventoryUpdateOutcome({ ...problem, code: 'NO_SUCH_CODE' })).toThrow(TypeError)
  })
})
