import { describe, expect, it } from 'vitest'
import { checkoutTotals, taxRateBasisPoints } from '../../shared/checkout/checkout-totals.ts'
import { summaryRows, type TaxShown, taxShown } from './order-summary-rows.ts'

const exclusive = (rate: number): TaxShown => ({ mode: 'exclusive', rate, kind: 'vat' })

describe('summaryRows', () => {
  it.each([
    ['DE', 1900],
    ['US', 0],
  ])('lists items, shipping, tax at the rate of %s and the total, adding up', (country, rate) => {
    const totals = checkoutTotals({ lines: [{ unitPrice: 2500, quantity: 2 }], shippingMethod: 'standard', country })
    const rows = summaryRows(totals, exclusive(taxRateBasisPoints[country] ?? 0))
    expect(rows.map((row) => row.kind)).toEqual(['items', 'shipping', 'tax', 'total'])
    expect(rows.find((row) => row.kind === 'tax')).toEqual({ kind: 'tax', amount: totals.tax, tax: exclusive(rate) })
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
    const rows = summaryRows(totals, exclusive(0), 'Spring 10 %')
    expect(rows.map((row) => row.kind)).toEqual(['items', 'discount', 'shipping', 'tax', 'total'])
    expect(rows[1]).toEqual({ kind: 'discount', amount: 500, title: 'Spring 10 %' })
    const parts = rows.slice(0, -1).reduce((sum, row) => sum + (row.kind === 'discount' ? -row.amount : row.amount), 0)
    expect(rows.at(-1)).toEqual({ kind: 'total', amount: parts })
  })

  it('shows tax a market’s prices contain after the total, which it is part of', () => {
    const totals = checkoutTotals({
      lines: [{ unitPrice: 2840, quantity: 2 }],
      shippingMethod: 'express',
      country: 'JP',
      taxMode: 'inclusive',
    })
    const tax = taxShown(totals, 'JPY', 'JP', taxRateBasisPoints)
    const rows = summaryRows(totals, tax)
    expect(rows.map((row) => row.kind)).toEqual(['items', 'shipping', 'total', 'tax'])
    expect(rows.find((row) => row.kind === 'total')?.amount).toBe(totals.items + totals.shipping)
  })
})

describe('taxShown', () => {
  const inclusiveDe = checkoutTotals({
    lines: [{ unitPrice: 11_900, quantity: 1 }],
    shippingMethod: 'standard',
    country: 'DE',
    taxMode: 'inclusive',
  })
  const exclusiveDe = checkoutTotals({
    lines: [{ unitPrice: 10_000, quantity: 1 }],
    shippingMethod: 'standard',
    country: 'DE',
  })
  const untaxedUs = checkoutTotals({
    lines: [{ unitPrice: 10_000, quantity: 1 }],
    shippingMethod: 'standard',
    country: 'US',
  })
  const untaxedJp = { items: 0, discount: 0, shipping: 0, tax: 0, total: 0 }

  it.each([
    [
      'euro figures whose total contains the VAT',
      inclusiveDe,
      'EUR',
      'DE',
      { mode: 'inclusive', rate: 1900, kind: 'vat' },
    ],
    [
      'figures from before markets: VAT added to dollars',
      exclusiveDe,
      'USD',
      'DE',
      { mode: 'exclusive', rate: 1900, kind: 'vat' },
    ],
    ['an untaxed US order', untaxedUs, 'USD', 'US', { mode: 'exclusive', rate: 0, kind: 'vat' }],
    [
      'no tax to tell by: yen figures for Japan read as the market does',
      untaxedJp,
      'JPY',
      'JP',
      { mode: 'inclusive', rate: 1000, kind: 'consumption' },
    ],
    [
      'no tax to tell by: dollars for Japan (no rates yet) as added tax',
      untaxedJp,
      'USD',
      'JP',
      { mode: 'exclusive', rate: 0, kind: 'consumption' },
    ],
  ] as const)('%s', (_name, totals, currency, country, want) => {
    expect(taxShown(totals, currency, country, taxRateBasisPoints)).toEqual(want)
  })
})
