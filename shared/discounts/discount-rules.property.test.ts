/**
 * For random carts and rules: the discount never exceeds what is in scope, its split over the lines
 * adds up to it exactly without taking a line below zero, and the totals built on it never go
 * negative and still add up (total = items − discount + shipping + tax).
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkoutTotals, shippingMethods, taxRateBasisPoints } from '../checkout/checkout-totals.ts'
import { asCategoryId, asProductId, asVariantId } from '../ids.ts'
import type { DiscountBenefit, DiscountLine, DiscountRule, DiscountScope } from './discount.ts'
import { allocateProportionally, evaluateDiscount, isLineInScope } from './discount-rules.ts'

const lines = fc
  .array(
    fc.record({
      unitPrice: fc.integer({ min: 0, max: 1_000_000 }),
      quantity: fc.integer({ min: 1, max: 10 }),
      category: fc.constantFrom('a', 'b'),
      brand: fc.constantFrom('Acme', 'Other'),
    }),
    { maxLength: 20 },
  )
  .map((raw) =>
    raw.map(
      (l, i): DiscountLine => ({
        productId: asProductId(`p${i % 4}`),
        variantId: asVariantId(`v${i}`),
        categoryId: asCategoryId(l.category),
        brand: l.brand,
        collectionIds: i % 3 === 0 ? ['k'] : [],
        unitPrice: l.unitPrice,
        quantity: l.quantity,
      }),
    ),
  )

const benefit: fc.Arbitrary<DiscountBenefit> = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }).map((basisPoints) => ({ kind: 'percentage' as const, basisPoints })),
  fc.integer({ min: 0, max: 50_000_000 }).map((amount) => ({ kind: 'fixed' as const, amounts: { EUR: amount } })),
  fc.constant({ kind: 'free_shipping' as const }),
)
const scope: fc.Arbitrary<DiscountScope> = fc.oneof(
  fc.constant({ kind: 'all' as const }),
  fc.constant({ kind: 'products' as const, productIds: [asProductId('p1'), asProductId('p3')] }),
  fc.constant({ kind: 'categories' as const, categoryIds: [asCategoryId('a')] }),
  fc.constant({ kind: 'brands' as const, brands: ['acme'] }),
  fc.constant({ kind: 'collection' as const, collectionIds: ['k'] }),
)
const rule: fc.Arbitrary<DiscountRule> = fc
  .record({ benefit, scope, minimum: fc.integer({ min: 0, max: 100_000 }) })
  .map(({ benefit, scope, minimum }) => ({
    id: 'r',
    code: 'CODE',
    title: 'r',
    benefit,
    scope,
    minimumSubtotal: { EUR: minimum },
    startsAt: null,
    endsAt: null,
  }))
const now = new Date('2026-06-01T00:00:00Z')

describe('discounts over random carts', () => {
  it('never takes more than the lines in scope and splits exactly, per line within its total', () => {
    fc.assert(
      fc.property(lines, rule, (cartLines, r) => {
        const result = evaluateDiscount(r, { lines: cartLines, currency: 'EUR', now })
        if (!result.ok) return
        const { itemsAmount, allocation } = result.applied
        const eligible = cartLines
          .filter((l) => isLineInScope(r.scope, l))
          .reduce((s, l) => s + l.unitPrice * l.quantity, 0)
        expect(Number.isSafeInteger(itemsAmount)).toBe(true)
        expect(itemsAmount).toBeGreaterThanOrEqual(0)
        expect(itemsAmount).toBeLessThanOrEqual(eligible)
        expect(allocation.reduce((s, a) => s + a.amount, 0)).toBe(itemsAmount)
        allocation.forEach((a, i) => {
          const l = cartLines[i]
          if (!l) throw new Error('allocation longer than the cart')
          expect(a.variantId).toBe(l.variantId)
          expect(a.amount).toBeGreaterThanOrEqual(0)
          expect(a.amount).toBeLessThanOrEqual(isLineInScope(r.scope, l) ? l.unitPrice * l.quantity : 0)
        })
      }),
      { numRuns: 2000 },
    )
  })

  it('keeps totals non-negative and adding up, with tax on the discounted amount', () => {
    fc.assert(
      fc.property(
        lines,
        rule,
        fc.constantFrom(...shippingMethods),
        fc.constantFrom(...Object.keys(taxRateBasisPoints), 'US'),
        (cartLines, r, shippingMethod, country) => {
          const result = evaluateDiscount(r, { lines: cartLines, currency: 'EUR', now })
          const discount = result.ok
            ? { items: result.applied.itemsAmount, freeShipping: result.applied.freeShipping }
            : null
          const totals = checkoutTotals({ lines: cartLines, shippingMethod, country, discount })
          const plain = checkoutTotals({ lines: cartLines, shippingMethod, country })
          for (const amount of Object.values(totals)) {
            expect(Number.isSafeInteger(amount)).toBe(true)
            expect(amount).toBeGreaterThanOrEqual(0)
          }
          expect(totals.discount).toBeLessThanOrEqual(totals.items + totals.shipping)
          expect(totals.total).toBe(totals.items - totals.discount + totals.shipping + totals.tax)
          // A discount takes nothing off the tax it does not take off the amount: tax only falls with it.
          if (totals.shipping === plain.shipping) expect(totals.tax).toBeLessThanOrEqual(plain.tax)
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('splits any amount up to the weights exactly, proportionally within one unit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000_000 }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (weights, fraction) => {
          const total = weights.reduce((s, w) => s + w, 0)
          const amount = Math.floor(total * fraction)
          const parts = allocateProportionally(amount, weights)
          expect(parts.reduce((s, p) => s + p, 0)).toBe(total === 0 ? 0 : amount)
          parts.forEach((p, i) => {
            const w = weights[i] ?? 0
            expect(p).toBeGreaterThanOrEqual(0)
            expect(p).toBeLessThanOrEqual(w)
            if (total > 0) expect(Math.abs(p - (amount * w) / total)).toBeLessThan(1)
          })
        },
      ),
      { numRuns: 2000 },
    )
  })
})
