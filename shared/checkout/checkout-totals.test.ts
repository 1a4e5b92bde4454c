import { describe, expect, it } from 'vitest'
import { checkoutTotals, includedTax, shippingPriceOf, shippingRatesOf } from './checkout-totals.ts'

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

describe('checkoutTotals with tax included in the prices', () => {
  it.each([
    // lines, method, country → items, shipping, tax, total (= items + shipping; tax is the part of it)
    [[[11_900, 1]], 'standard', 'DE', 11_900, 0, 1900, 11_900], // €119.00 gross at 19 %: 11 900 × 19/119 = €19.00
    [[[10_000, 1]], 'standard', 'FR', 10_000, 0, 1667, 10_000], // €100.00 at 20 %: 10 000 / 6 = 1666.67 → €16.67
    [[[10_000, 1]], 'standard', 'DK', 10_000, 0, 2000, 10_000], // 25 %: 10 000 × 25/125
    [[[12_200, 1]], 'standard', 'IT', 12_200, 0, 2200, 12_200], // 22 %
    [[[1210, 1]], 'standard', 'ES', 1210, 495, 296, 1705], // 1705 × 21/121 = 295.91 → 296
    [[[2500, 2]], 'standard', 'NL', 5000, 495, 954, 5495], // 5495 × 21/121 = 953.68 → 954
    [[[5000, 1]], 'express', 'GB', 5000, 1495, 1083, 6495], // 6495 / 6 = 1082.5 → 1083 (half up)
    [[[5000, 1]], 'standard', 'AT', 5000, 495, 916, 5495], // 5495 / 6 = 915.83 → 916
    [[[3000, 2]], 'standard', 'JP', 6000, 495, 590, 6495], // 6495 × 10/110 = 590.45 → 590
    [[[1000, 2]], 'standard', 'US', 2000, 495, 0, 2495], // no VAT in the table: nothing included
    [[[1000, 2]], 'standard', 'CH', 2000, 495, 0, 2495],
  ] as const)(
    '%j by %s to %s: items %i, shipping %i, tax included %i, total %i',
    (lines, method, country, items, shipping, tax, total) => {
      const totals = checkoutTotals({
        lines: lines.map(([unitPrice, quantity]) => ({ unitPrice, quantity })),
        shippingMethod: method,
        country,
        taxMode: 'inclusive',
      })
      expect(totals).toEqual({ items, discount: 0, shipping, tax, total })
    },
  )

  it.each([
    // items discount, free shipping, method, country → discount, shipping, tax, total
    [1000, false, 'standard', 'DE', 1000, 495, 718, 4495], // the tax included in what is paid: 4495 × 19/119 = 717.69
    [0, true, 'express', 'DE', 1495, 1495, 798, 5000], // 5000 × 19/119 = 798.32
    [9000, false, 'standard', 'DE', 5000, 495, 79, 495], // only shipping is left to pay: 495 × 19/119 = 79.03
    [1000, false, 'standard', 'US', 1000, 495, 0, 4495],
  ] as const)(
    '%i off items (free shipping %s) by %s to %s: discount %i, shipping %i, tax included %i, total %i',
    (items, freeShipping, method, country, discount, shipping, tax, total) => {
      const totals = checkoutTotals({
        lines: [{ unitPrice: 2500, quantity: 2 }],
        shippingMethod: method,
        country,
        discount: { items, freeShipping },
        taxMode: 'inclusive',
      })
      expect(totals).toEqual({ items: 5000, discount, shipping, tax, total })
    },
  )

  it('charges the same cart more when tax is added than when it is included', () => {
    const lines = [{ unitPrice: 1000, quantity: 1 }]
    const added = checkoutTotals({ lines, shippingMethod: 'standard', country: 'DE' })
    const included = checkoutTotals({ lines, shippingMethod: 'standard', country: 'DE', taxMode: 'inclusive' })
    expect(added).toEqual({ items: 1000, discount: 0, shipping: 495, tax: 284, total: 1779 })
    expect(included).toEqual({ items: 1000, discount: 0, shipping: 495, tax: 239, total: 1495 }) // 1495 × 19/119 = 238.7
  })

  it('taxes by the VAT table when included: Belgium, Italy, Spain, Denmark and Japan, untaxed when added', () => {
    const lines = [{ unitPrice: 10_000, quantity: 1 }]
    for (const country of ['BE', 'IT', 'ES', 'DK', 'JP']) {
      expect(checkoutTotals({ lines, shippingMethod: 'standard', country }).tax, country).toBe(0)
      const included = checkoutTotals({ lines, shippingMethod: 'standard', country, taxMode: 'inclusive' })
      expect(included.tax, country).toBeGreaterThan(0)
    }
  })

  it('reads an explicit exclusive mode as the default', () => {
    const input = { lines: [{ unitPrice: 1005, quantity: 3 }], shippingMethod: 'express', country: 'FR' } as const
    expect(checkoutTotals({ ...input, taxMode: 'exclusive' })).toEqual(checkoutTotals(input))
  })
})

describe('includedTax', () => {
  it.each([
    [11_900, 1900, 1900],
    [10_000, 2000, 1667],
    [6495, 2000, 1083], // 1082.5, half up
    [6489, 2000, 1082], // 1081.5 → 1082
    [6488, 2000, 1081], // 1081.33
    [1, 2000, 0],
    [3, 2000, 1], // 0.5 → 1
    [0, 1900, 0],
    [10_000, 0, 0],
    [11_000, 1000, 1000],
  ])('finds in %i gross at %i basis points %i of tax', (gross, rate, tax) => {
    expect(includedTax(gross, rate)).toBe(tax)
  })
})

describe('shipping per currency', () => {
  it.each([
    // currency, standard, express, free standard from (minor units of the currency)
    ['USD', 495, 1495, 10_000], // $4.95, $14.95, free from $100
    ['EUR', 495, 1495, 10_000], // €4.95, €14.95, free from €100
    ['GBP', 395, 1195, 8_000], // £3.95, £11.95, free from £80
    ['JPY', 600, 1500, 10_000], // ¥600, ¥1,500, free from ¥10,000 (the yen has no minor unit)
  ] as const)('%s: standard %i, express %i, standard free from %i', (currency, standard, express, freeFrom) => {
    expect(shippingRatesOf(currency)).toEqual({ prices: { standard, express }, freeStandardFrom: freeFrom })
    expect(shippingPriceOf('standard', freeFrom - 1, currency)).toBe(standard)
    expect(shippingPriceOf('standard', freeFrom, currency)).toBe(0)
    expect(shippingPriceOf('express', freeFrom, currency)).toBe(express)
  })

  it.each([
    // currency, lines, method, items after discount → shipping, total (US: no tax added)
    ['JPY', [[2980, 1]], 'standard', 0, 600, 3580],
    ['JPY', [[2980, 1]], 'express', 0, 1500, 4480],
    ['JPY', [[4980, 2]], 'standard', 0, 600, 10_560], // ¥9,960 is under ¥10,000
    ['JPY', [[5000, 2]], 'standard', 0, 0, 10_000],
    ['JPY', [[5000, 2]], 'standard', 1, 600, 10_599], // the discount takes the items under the threshold
    ['GBP', [[7999, 1]], 'standard', 0, 395, 8394],
    ['GBP', [[8000, 1]], 'standard', 0, 0, 8000],
    ['EUR', [[9999, 1]], 'standard', 0, 495, 10_494],
    ['USD', [[9999, 1]], 'express', 0, 1495, 11_494],
  ] as const)('%s %j by %s with %i off: shipping %i, total %i', (currency, lines, method, off, shipping, total) => {
    const totals = checkoutTotals({
      lines: lines.map(([unitPrice, quantity]) => ({ unitPrice, quantity })),
      shippingMethod: method,
      country: 'US',
      currency,
      discount: off ? { items: off, freeShipping: false } : null,
    })
    expect([totals.shipping, totals.total]).toEqual([shipping, total])
  })

  it('charges USD rates when no currency is given (callers from before markets)', () => {
    const lines = [{ unitPrice: 1000, quantity: 1 }]
    expect(checkoutTotals({ lines, shippingMethod: 'standard', country: 'US' })).toEqual(
      checkoutTotals({ lines, shippingMethod: 'standard', country: 'US', currency: 'USD' }),
    )
  })

  it('prices a Japanese order inclusive of consumption tax in whole yen', () => {
    const totals = checkoutTotals({
      lines: [{ unitPrice: 2980, quantity: 1 }],
      shippingMethod: 'standard',
      country: 'JP',
      currency: 'JPY',
      taxMode: 'inclusive',
    })
    // ¥3,580 contains 10 % consumption tax: 3580 × 1000 / 11000 = 325.45… → ¥325.
    expect(totals).toEqual({ items: 2980, discount: 0, shipping: 600, tax: 325, total: 3580 })
  })
})
