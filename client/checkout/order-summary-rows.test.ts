import { describe, expect, it } from 'vitest'
import { checkoutTotals, taxRateBasisPoints } from '../../shared/checkout/checkout-totals.ts'
import { summaryRows } from './order-summary-rows.ts'

describe('summaryRows', () => {
  it.each([
    ['DE', 1900],
    ['US', 0],
  ])('lists items, shipping, tax at the rate of %s and the total, adding up', (country, rate) => {
    const totals = checkoutTotals({ lines: [{ unitPrice: 2500, quantity: 2 }], shippingMethod: 'standard', country })
    const rows = summaryRows(totals, taxRateBasisPoints[country] ?? 0)
    expect(rows.map((row) => row.kind)).toEqual(['items', 'shipping', 'tax', 'total'])
    expect(rows.find((row) => row.kind === 'tax')).toEqual({ kind: 'tax', amount: totals.tax, rate })
    const parts = rows.filter((row) => row.kind !== 'total').reduce((sum, row) => sum + row.amount, 0)
    expect(rows.at(-1)).toEqual({ kind: 'total', amount: parts })
  })

  it('subtracts a discount, named by its title, right after the items', () => {
    const totals = checkoutTotals({
      lines: [{ unitPrice: 2500, quantity: 2 }],
      shippingMethod: 'standard',
      country: 'US',
      discount: { items: 500, freeShipping: false },
    })
    const rows = summaryRows(totals, 0, 'Spring 10 %')
    expect(rows.map((row) => row.kind)).toEqual(['items', 'discount', 'shipping', 'tax', 'total'])
    expect(rows[1]).toEqual({ kind: 'discount', amount: 500, title: 'Spring 10 %' })
    const parts = rows.slice(0, -1).reduce((sum, row) => sum + (row.kind === 'discount' ? -row.amount : row.amount), 0)
    expect(rows.at(-1)).toEqual({ kind: 'total', amount: parts })
  })
})
