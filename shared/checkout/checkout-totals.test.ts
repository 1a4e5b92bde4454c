import { describe, expect, it } from 'vitest'
import { checkoutTotals } from './checkout-totals.ts'

describe('checkoutTotals', () => {
  it.each([
    // lines, method, country → items, shipping, tax, total
    [[[1000, 2]], 'standard', 'US', 2000, 495, 0, 2495],
    [[[1000, 2]], 'express', 'US', 2000, 1495, 0, 3495],
    [[[5000, 2]], 'standard', 'US', 10_000, 0, 0, 10_000],
    [[[5000, 2]], 'express', 'US', 10_000, 1495, 0, 11_495],
    [[[1000, 1]], 'standard', 'DE', 1000, 495, 284, 1779], // 1495 × 0.19 = 284.05 → 284
    [[[1005, 1]], 'standard', 'DE', 1005, 495, 285, 1785], // 1500 × 0.19 = 285
    [[[50, 1]], 'standard', 'GB', 50, 495, 109, 654], // 545 × 0.2 = 109
    [[[5, 1]], 'standard', 'NL', 5, 495, 105, 605], // 500 × 0.21 = 105
    [[[1, 1]], 'standard', 'FR', 1, 495, 99, 595], // 496 × 0.2 = 99.2 → 99
    [[[3, 1]], 'standard', 'FR', 3, 495, 100, 598], // 498 × 0.2 = 99.6 → 100
    [[[2, 1]], 'standard', 'AT', 2, 495, 99, 596], // 497 × 0.2 = 99.4 → 99
    [[[10, 1]], 'standard', 'DE', 10, 495, 96, 601], // 505 × 0.19 = 95.95 → 96
    [[[55, 1]], 'standard', 'DE', 55, 495, 105, 655], // 550 × 0.19 = 104.5 → 105 (half up)
    [
      [
        [1999, 3],
        [250, 4],
      ],
      'standard',
      'US',
      6997,
      495,
      0,
      7492,
    ],
  ] as const)(
    '%j by %s to %s: items %i, shipping %i, tax %i, total %i',
    (lines, method, country, items, shipping, tax, total) => {
      const totals = checkoutTotals({
        lines: lines.map(([unitPrice, quantity]) => ({ unitPrice, quantity })),
        shippingMethod: method,
        country,
      })
      expect(totals).toEqual({ items, discount: 0, shipping, tax, total })
    },
  )
})

describe('checkoutTotals with a discount', () => {
  it.each([
    // items discount, free shipping, method, country → discount, shipping, tax, total
    [1000, false, 'standard', 'US', 1000, 495, 0, 4495], // 5000 − 1000 + 495
    [1000, false, 'standard', 'DE', 1000, 495, 854, 5349], // tax on the discounted amount: 4495 × 0.19 = 854.05
    [0, true, 'standard', 'US', 495, 495, 0, 5000], // free shipping waives the method's price
    [0, true, 'express', 'DE', 1495, 1495, 950, 5950], // 5000 × 0.19
    [9000, false, 'standard', 'US', 5000, 495, 0, 495], // never more than the items
  ] as const)(
    '%i off items (free shipping %s) by %s to %s: discount %i, shipping %i, tax %i, total %i',
    (items, freeShipping, method, country, discount, shipping, tax, total) => {
      const totals = checkoutTotals({
        lines: [{ unitPrice: 2500, quantity: 2 }],
        shippingMethod: method,
        country,
        discount: { items, freeShipping },
      })
      expect(totals).toEqual({ items: 5000, discount, shipping, tax, total })
    },
  )

  it('ships standard free only when the items after their discount reach the threshold', () => {
    const lines = [{ unitPrice: 10_000, quantity: 1 }]
    const full = checkoutTotals({ lines, shippingMethod: 'standard', country: 'US' })
    const discounted = checkoutTotals({
      lines,
      shippingMethod: 'standard',
      country: 'US',
      discount: { items: 1, freeShipping: false },
    })
    expect(full.shipping).toBe(0)
    expect(discounted.shipping).toBe(495)
    expect(discounted.total).toBe(9999 + 495)
  })
})
