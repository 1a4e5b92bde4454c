/**
 * Market prices over random bases, rates and rules: always a non-negative safe integer in the
 * market's currency, within one rounding step of the exact converted amount (checked with BigInt),
 * on the rule's grid, never cheaper for a dearer base, and an explicit price always wins.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { currencyDecimals } from '../money.ts'
import { type Market, marketIds, markets } from './market.ts'
import { marketPrice, type RoundingRule, roundingStep, roundPrice } from './market-price.ts'

const rule: fc.Arbitrary<RoundingRule> = fc.oneof(
  fc.constant<RoundingRule>({ kind: 'none' }),
  fc.integer({ min: 1, max: 10_000 }).map((step): RoundingRule => ({ kind: 'nearest', step })),
  fc.integer({ min: 1, max: 9_999 }).map((ending): RoundingRule => ({ kind: 'charm', ending })),
)
const amount = fc.integer({ min: 0, max: 1_000_000_000 })
const rateMicros = fc.integer({ min: 1, max: 1_000_000_000 })
/** A converting market (not the base's own) with a random rule, so every rule meets every currency. */
const market: fc.Arbitrary<Market> = fc
  .record({ id: fc.constantFrom(...marketIds.filter((id) => id !== 'us')), rounding: rule })
  .map(({ id, rounding }) => ({ ...markets[id], rounding }))
const input = fc.record({ base: amount, market, rateMicros })

function priceOf({ base, market, rateMicros }: { base: number; market: Market; rateMicros: number }) {
  return marketPrice({ base: { amount: base, currency: 'USD' }, market, rates: { [market.currency]: rateMicros } })
}

/** The exact converted amount in the market's minor units, as numerator / denominator. */
function exact({ base, market, rateMicros }: { base: number; market: Market; rateMicros: number }) {
  return {
    numerator: BigInt(base) * BigInt(rateMicros) * 10n ** BigInt(currencyDecimals(market.currency)),
    denominator: 100n * 1_000_000n,
  }
}

describe('marketPrice over random prices, rates and rules', () => {
  it('gives a non-negative safe integer in the market’s currency', () => {
    fc.assert(
      fc.property(input, (value) => {
        const price = priceOf(value)
        expect(Number.isSafeInteger(price.amount)).toBe(true)
        expect(price.amount).toBeGreaterThanOrEqual(0)
        expect(price.currency).toBe(value.market.currency)
      }),
      { numRuns: 2000 },
    )
  })

  it('moves the exact converted amount by less than one rounding step, and keeps 0 at 0', () => {
    fc.assert(
      fc.property(input, (value) => {
        const { amount } = priceOf(value)
        const { numerator, denominator } = exact(value)
        const distance = BigInt(amount) * denominator - numerator
        const step = BigInt(roundingStep(value.market.rounding))
        expect((distance < 0n ? -distance : distance) < step * denominator).toBe(true)
        expect(amount === 0).toBe(numerator === 0n)
      }),
      { numRuns: 2000 },
    )
  })

  it('lands on the rule’s grid: a charm ending, a multiple of the step', () => {
    fc.assert(
      fc.property(input, (value) => {
        const { amount } = priceOf(value)
        const { rounding } = value.market
        if (amount === 0) return
        if (rounding.kind === 'charm') expect(amount % roundingStep(rounding)).toBe(rounding.ending)
        if (rounding.kind === 'nearest') expect(amount % rounding.step).toBe(0)
      }),
      { numRuns: 2000 },
    )
  })

  it('never prices a dearer base below a cheaper one', () => {
    fc.assert(
      fc.property(input, amount, (value, other) => {
        const [low, high] = value.base <= other ? [value.base, other] : [other, value.base]
        expect(priceOf({ ...value, base: low }).amount).toBeLessThanOrEqual(priceOf({ ...value, base: high }).amount)
      }),
      { numRuns: 2000 },
    )
  })

  it('takes the explicit price whenever one is set, whatever the base and rate', () => {
    fc.assert(
      fc.property(input, amount, ({ base, market, rateMicros }, explicitAmount) => {
        const explicit = { amount: explicitAmount, currency: market.currency }
        const rates = { [market.currency]: rateMicros }
        expect(marketPrice({ base: { amount: base, currency: 'USD' }, explicit, market, rates })).toEqual(explicit)
      }),
      { numRuns: 1000 },
    )
  })
})

describe('roundPrice over random amounts and rules', () => {
  it('moves an amount by at most half a step, except a small one lifted to the first allowed price', () => {
    fc.assert(
      fc.property(amount, rule, (value, rounding) => {
        const rounded = roundPrice(value, rounding)
        const step = roundingStep(rounding)
        expect(Math.abs(rounded - value)).toBeLessThan(step)
        if (rounded > step) expect(2 * Math.abs(rounded - value)).toBeLessThanOrEqual(step)
      }),
      { numRuns: 2000 },
    )
  })

  it('leaves a price already on the grid as it is', () => {
    fc.assert(
      fc.property(amount, rule, (value, rounding) => {
        const rounded = roundPrice(value, rounding)
        expect(roundPrice(rounded, rounding)).toBe(rounded)
      }),
      { numRuns: 2000 },
    )
  })
})
