import { describe, expect, it } from 'vitest'
import { asCategoryId, asProductId, asVariantId } from '../ids.ts'
import type { DiscountLine, DiscountRule } from './discount.ts'
import {
  allocateProportionally,
  chooseDiscount,
  evaluateDiscount,
  isLineInScope,
  percentageOf,
} from './discount-rules.ts'

const now = new Date('2026-06-01T12:00:00Z')

function line(n: number, unitPrice: number, quantity = 1, extra: Partial<DiscountLine> = {}): DiscountLine {
  return {
    productId: asProductId(`p${n}`),
    variantId: asVariantId(`v${n}`),
    categoryId: asCategoryId('shoes'),
    brand: 'Acme',
    unitPrice,
    quantity,
    ...extra,
  }
}

function rule(overrides: Partial<DiscountRule> = {}): DiscountRule {
  return {
    id: 'd1',
    code: 'SAVE10',
    title: '10% off',
    benefit: { kind: 'percentage', basisPoints: 1000 },
    scope: { kind: 'all' },
    minimumSubtotal: {},
    startsAt: null,
    endsAt: null,
    ...overrides,
  }
}

const cart = (lines: DiscountLine[], usage?: { usesLeft: number | null; customerUsesLeft: number | null }) => ({
  lines,
  currency: 'EUR' as const,
  now,
  ...(usage ? { usage } : {}),
})

describe('evaluateDiscount', () => {
  it.each([
    ['not started', rule({ startsAt: '2026-06-02T00:00:00Z' }), undefined, 'DISCOUNT_NOT_STARTED'],
    ['ended', rule({ endsAt: '2026-06-01T12:00:00Z' }), undefined, 'DISCOUNT_EXPIRED'],
    ['no uses left', rule(), { usesLeft: 0, customerUsesLeft: null }, 'DISCOUNT_USAGE_LIMIT_REACHED'],
    ['used by this customer', rule(), { usesLeft: 5, customerUsesLeft: 0 }, 'DISCOUNT_ALREADY_USED'],
    ['below the minimum', rule({ minimumSubtotal: { EUR: 5001 } }), undefined, 'DISCOUNT_MINIMUM_NOT_MET'],
    ['no line in scope', rule({ scope: { kind: 'brands', brands: ['Other'] } }), undefined, 'DISCOUNT_NOT_APPLICABLE'],
    [
      'with a minimum only in other currencies',
      rule({ minimumSubtotal: { USD: 100, JPY: 1000 } }),
      undefined,
      'DISCOUNT_NOT_APPLICABLE',
    ],
    [
      'fixed in another currency',
      rule({ benefit: { kind: 'fixed', amounts: { USD: 500 } } }),
      undefined,
      'DISCOUNT_NOT_APPLICABLE',
    ],
  ] as const)('refuses a code %s', (_, r, usage, refusal) => {
    expect(evaluateDiscount(r, cart([line(1, 2500, 2)], usage))).toEqual({ ok: false, refusal })
  })

  it('takes a percentage of the lines in scope only, rounded half up, allocated to them', () => {
    const r = rule({
      scope: { kind: 'categories', categoryIds: [asCategoryId('shoes')] },
      benefit: { kind: 'percentage', basisPoints: 1250 },
    })
    const result = evaluateDiscount(
      r,
      cart([line(1, 999, 1), line(2, 5000, 1, { categoryId: asCategoryId('hats') }), line(3, 1001, 3)]),
    )
    // 12.5 % of 999 + 3003 = 4002 → 500.25 → 500
    expect(result).toMatchObject({
      ok: true,
      applied: {
        itemsAmount: 500,
        freeShipping: false,
        allocation: [
          { variantId: 'v1', amount: 125 },
          { variantId: 'v2', amount: 0 },
          { variantId: 'v3', amount: 375 },
        ],
      },
    })
  })

  it('caps a fixed amount at the eligible subtotal and meets the minimum exactly', () => {
    const r = rule({ benefit: { kind: 'fixed', amounts: { EUR: 10_000 } }, minimumSubtotal: { EUR: 5000 } })
    const result = evaluateDiscount(r, cart([line(1, 2500, 2)]))
    expect(result).toMatchObject({ ok: true, applied: { itemsAmount: 5000, allocation: [{ amount: 5000 }] } })
  })

  describe('amounts per currency', () => {
    const yen = (lines: DiscountLine[]) => ({ lines, currency: 'JPY' as const, now })
    const twoCurrencies = rule({
      benefit: { kind: 'fixed', amounts: { EUR: 1000, JPY: 1500 } },
      minimumSubtotal: { EUR: 5000, JPY: 8000 },
    })
    it.each([
      // cart, items → refusal or amount off (minor units of the cart's currency)
      ['a euro cart over €50', cart([line(1, 2500, 2)]), 1000],
      ['a yen cart over ¥8,000', yen([line(1, 2980, 3)]), 1500],
      ['a yen cart under ¥8,000', yen([line(1, 2980, 2)]), 'DISCOUNT_MINIMUM_NOT_MET'],
    ] as const)('takes the amounts of the cart currency: %s', (_, c, expected) => {
      const result = evaluateDiscount(twoCurrencies, c)
      if (typeof expected === 'string') expect(result).toEqual({ ok: false, refusal: expected })
      else expect(result).toMatchObject({ ok: true, applied: { itemsAmount: expected } })
    })

    it('applies a percentage with no minimum in every currency, rounding to whole yen', () => {
      const result = evaluateDiscount(
        rule({ benefit: { kind: 'percentage', basisPoints: 1000 } }),
        yen([line(1, 2985)]),
      )
      // 10 % of ¥2,985 = ¥298.5 → ¥299 (the yen is the minor unit).
      expect(result).toMatchObject({ ok: true, applied: { itemsAmount: 299 } })
    })
  })

  it('matches brands without regard to case and products by id', () => {
    expect(evaluateDiscount(rule({ scope: { kind: 'brands', brands: ['ACME'] } }), cart([line(1, 100)])).ok).toBe(true)
    const byProduct = rule({ scope: { kind: 'products', productIds: [asProductId('p2')] } })
    expect(evaluateDiscount(byProduct, cart([line(1, 100)])).ok).toBe(false)
    expect(evaluateDiscount(byProduct, cart([line(1, 100), line(2, 100)])).ok).toBe(true)
  })

  describe('a collection scope', () => {
    const inSale = { collectionIds: ['sale', 'summer'] }
    const cases: [string, readonly string[], Partial<DiscountLine>, boolean][] = [
      ['covers a line in the collection', ['sale'], inSale, true],
      ['covers a line in any of its collections', ['winter', 'summer'], inSale, true],
      ['does not cover a line in other collections', ['winter'], inSale, false],
      ['does not cover a line in no collection', ['sale'], { collectionIds: [] }, false],
      ['does not cover a line whose collections the caller did not compute', ['sale'], {}, false],
    ]
    it.each(cases)('%s', (_name, collectionIds, extra, expected) => {
      expect(isLineInScope({ kind: 'collection', collectionIds }, line(1, 100, 1, extra))).toBe(expected)
    })

    it('discounts only the lines in the collection', () => {
      const r = rule({
        benefit: { kind: 'percentage', basisPoints: 2000 },
        scope: { kind: 'collection', collectionIds: ['sale'] },
      })
      const result = evaluateDiscount(r, cart([line(1, 1000, 1, inSale), line(2, 3000)]))
      expect(result).toMatchObject({
        ok: true,
        applied: { itemsAmount: 200, allocation: [{ amount: 200 }, { amount: 0 }] },
      })
    })
  })

  it('waives shipping for a free-shipping code and takes nothing off the items', () => {
    const result = evaluateDiscount(rule({ benefit: { kind: 'free_shipping' } }), cart([line(1, 100)]))
    expect(result).toMatchObject({
      ok: true,
      applied: { itemsAmount: 0, freeShipping: true, allocation: [{ amount: 0 }] },
    })
  })
})

describe('percentageOf and allocateProportionally', () => {
  it.each([
    [1000, 1000, 100],
    [5, 1000, 1], // 0.5 → 1 (half up)
    [4, 1000, 0], // 0.4 → 0
    [1999, 2500, 500], // 499.75
    [100, 20_000, 100], // capped at 100 %
  ])('%i at %i basis points is %i', (amount, bp, expected) => {
    expect(percentageOf(amount, bp)).toBe(expected)
  })

  it('gives leftover units to the largest remainders, the earlier line on a tie', () => {
    expect(allocateProportionally(10, [1, 1, 1])).toEqual([4, 3, 3])
    expect(allocateProportionally(2, [100, 0, 300])).toEqual([1, 0, 1])
    expect(allocateProportionally(0, [5, 5])).toEqual([0, 0])
  })
})

describe('chooseDiscount', () => {
  const automatic = [
    rule({ id: 'a5', code: null, benefit: { kind: 'percentage', basisPoints: 500 } }),
    rule({
      id: 'a10',
      code: null,
      benefit: { kind: 'percentage', basisPoints: 1000 },
      minimumSubtotal: { EUR: 15_000 },
    }),
  ]
  const totalWith = (applied: { itemsAmount: number }) => 20_000 - applied.itemsAmount

  it('picks the automatic promotion that saves the most among those that apply', () => {
    expect(chooseDiscount(null, automatic, cart([line(1, 20_000)]), totalWith)?.rule.id).toBe('a10')
    expect(chooseDiscount(null, automatic, cart([line(1, 10_000)]), totalWith)?.rule.id).toBe('a5')
  })

  it('uses an applying code instead of any automatic promotion, and the promotions when the code is refused', () => {
    const c = cart([line(1, 20_000)])
    const code = evaluateDiscount(rule({ id: 'c', benefit: { kind: 'fixed', amounts: { EUR: 100 } } }), c)
    expect(chooseDiscount(code, automatic, c, totalWith)?.rule.id).toBe('c')
    const refused = evaluateDiscount(rule({ endsAt: '2020-01-01T00:00:00Z' }), c)
    expect(chooseDiscount(refused, automatic, c, totalWith)?.rule.id).toBe('a10')
  })
})
