/**
 * Money is integer minor units everywhere: for random carts, totals are the sum of their parts and
 * the tax matches the documented rule, recomputed here independently with BigInt — added on top
 * (the default, exclusive mode) or included in the prices (inclusive mode).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { vatRateBasisPoints } from '../markets/tax-rates.ts'
import {
  checkoutTotals,
  freeStandardShippingFrom,
  shippingMethods,
  shippingPrices,
  taxRateBasisPoints,
} from './checkout-totals.ts'

const line = fc.record({ unitPrice: fc.integer({ min: 0, max: 1_000_000 }), quantity: fc.integer({ min: 1, max: 10 }) })
const cart = fc.record({
  lines: fc.array(line, { maxLength: 20 }),
  shippingMethod: fc.constantFrom(...shippingMethods),
  // Every taxed country, and untaxed ones (listed nowhere).
  country: fc.constantFrom(...Object.keys(taxRateBasisPoints), 'US', 'CH', 'JP'),
})

/** Round half up of taxable × rate / 10 000, in exact integer arithmetic. */
function expectedTax(taxable: number, basisPoints: number): number {
  const scaled = BigInt(taxable) * BigInt(basisPoints)
  const quotient = scaled / 10_000n
  return Number(scaled % 10_000n >= 5_000n ? quotient + 1n : quotient)
}

describe('checkoutTotals over random carts', () => {
  it('adds up: total = items + shipping + tax, items = Σ unit price × quantity', () => {
    fc.assert(
      fc.property(cart, (input) => {
        const totals = checkoutTotals(input)
        const items = input.lines.reduce((sum, l) => sum + BigInt(l.unitPrice) * BigInt(l.quantity), 0n)
        expect(BigInt(totals.items)).toBe(items)
        expect(totals.total).toBe(totals.items + totals.shipping + totals.tax)
      }),
      { numRuns: 2000 },
    )
  })

  it('gives every amount as a non-negative safe integer', () => {
    fc.assert(
      fc.property(cart, (input) => {
        for (const amount of Object.values(checkoutTotals(input))) {
          expect(Number.isSafeInteger(amount)).toBe(true)
          expect(amount).toBeGreaterThanOrEqual(0)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('taxes items + shipping once, rounded half up, at the destination’s rate (0 where untaxed)', () => {
    fc.assert(
      fc.property(cart, (input) => {
        const totals = checkoutTotals(input)
        const rate = taxRateBasisPoints[input.country] ?? 0
        expect(totals.tax).toBe(expectedTax(totals.items + totals.shipping, rate))
      }),
      { numRuns: 2000 },
    )
  })

  it('ships standard free from the threshold and charges the method’s price below it', () => {
    fc.assert(
      fc.property(cart, (input) => {
        const { items, shipping } = checkoutTotals(input)
        const free = input.shippingMethod === 'standard' && items >= freeStandardShippingFrom
        expect(shipping).toBe(free ? 0 : shippingPrices[input.shippingMethod])
      }),
      { numRuns: 2000 },
    )
  })

  it('rounds exact halves up at the boundary (taxable × rate ending in …5000)', () => {
    // Random carts rarely hit an exact half; at 19 % every taxable amount ending in 50 does (550 → 104.5).
    fc.assert(
      fc.property(fc.integer({ min: 15, max: 100_000 }), (k) => {
        const taxable = 100 * k + 50
        const unitPrice = taxable - shippingPrices.express
        const totals = checkoutTotals({ lines: [{ unitPrice, quantity: 1 }], shippingMethod: 'express', country: 'DE' })
        expect(totals.tax).toBe(expectedTax(taxable, 1900))
        expect(totals.tax * 10_000 - taxable * 1900).toBeGreaterThan(0)
      }),
    )
  })
})

const discount = fc.option(fc.record({ items: fc.integer({ min: 0, max: 5_000_000 }), freeShipping: fc.boolean() }), {
  nil: null,
})
const inclusiveCart = fc.record({
  lines: fc.array(line, { maxLength: 20 }),
  shippingMethod: fc.constantFrom(...shippingMethods),
  // Every country with a VAT rate, and untaxed ones.
  country: fc.constantFrom(...Object.keys(vatRateBasisPoints), 'US', 'CH'),
  discount,
})

/** Round half up of gross × rate / (10 000 + rate), in exact integer arithmetic. */
function expectedIncludedTax(gross: number, basisPoints: number): number {
  const scaled = BigInt(gross) * BigInt(basisPoints)
  const divisor = 10_000n + BigInt(basisPoints)
  const quotient = scaled / divisor
  return Number(2n * (scaled % divisor) >= divisor ? quotient + 1n : quotient)
}

describe('checkoutTotals over random carts with tax included in the prices', () => {
  it('adds up without adding tax: total = items + shipping − discount, never negative', () => {
    fc.assert(
      fc.property(inclusiveCart, (input) => {
        const totals = checkoutTotals({ ...input, taxMode: 'inclusive' })
        expect(totals.total).toBe(totals.items + totals.shipping - totals.discount)
        expect(totals.total).toBeGreaterThanOrEqual(0)
      }),
      { numRuns: 2000 },
    )
  })

  it('gives every amount as a non-negative safe integer, the tax never more than the total', () => {
    fc.assert(
      fc.property(inclusiveCart, (input) => {
        const totals = checkoutTotals({ ...input, taxMode: 'inclusive' })
        for (const amount of Object.values(totals)) {
          expect(Number.isSafeInteger(amount)).toBe(true)
          expect(amount).toBeGreaterThanOrEqual(0)
        }
        expect(totals.tax).toBeLessThanOrEqual(totals.total)
      }),
      { numRuns: 2000 },
    )
  })

  it('finds the included tax once on the total, rounded half up, at the destination’s VAT rate (0 where none)', () => {
    fc.assert(
      fc.property(inclusiveCart, (input) => {
        const totals = checkoutTotals({ ...input, taxMode: 'inclusive' })
        const rate = vatRateBasisPoints[input.country] ?? 0
        expect(totals.tax).toBe(expectedIncludedTax(totals.total, rate))
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps items, discount and shipping as the exclusive mode has them: only tax and total differ', () => {
    fc.assert(
      fc.property(inclusiveCart, (input) => {
        const { tax: _tax, total: _total, ...included } = checkoutTotals({ ...input, taxMode: 'inclusive' })
        const { tax: _t, total: _o, ...added } = checkoutTotals(input)
        expect(included).toEqual(added)
      }),
      { numRuns: 1000 },
    )
  })

  it('leaves the default mode exactly as before: exclusive, at the checkout’s rates', () => {
    fc.assert(
      fc.property(inclusiveCart, (input) => {
        const totals = checkoutTotals(input)
        expect(checkoutTotals({ ...input, taxMode: 'exclusive' })).toEqual(totals)
        const taxable = totals.items + totals.shipping - totals.discount
        expect(totals.tax).toBe(expectedTax(taxable, taxRateBasisPoints[input.country] ?? 0))
        expect(totals.total).toBe(taxable + totals.tax)
      }),
      { numRuns: 1000 },
    )
  })
})
