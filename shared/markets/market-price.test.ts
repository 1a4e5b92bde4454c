import { describe, expect, it } from 'vitest'
import type { CurrencyCode } from '../money.ts'
import { type MarketId, markets } from './market.ts'
import {
  type ExchangeRates,
  marketPrice,
  missingRates,
  type RoundingRule,
  roundingStep,
  roundPrice,
} from './market-price.ts'

const charm99: RoundingRule = { kind: 'charm', ending: 99 }
const tens: RoundingRule = { kind: 'nearest', step: 10 }
const rates: ExchangeRates = { EUR: 920_000, GBP: 790_000, JPY: 150_000_000 }

describe('roundPrice', () => {
  it.each<[string, RoundingRule, number, number]>([
    ['a charm price down to the nearer .99', charm99, 1920, 1899],
    ['a round price down to the .99 just below', charm99, 2000, 1999],
    ['a price already ending in .99 as it is', charm99, 1999, 1999],
    ['a tie between two .99 prices up', charm99, 1949, 1999],
    ['a cent under the tie down', charm99, 1948, 1899],
    ['past the middle up', charm99, 150, 199],
    ['a positive price below 0.99 up to 0.99, never to 0', charm99, 1, 99],
    ['0.49 up to 0.99', charm99, 49, 99],
    ['0 as 0, so a free product stays free', charm99, 0, 0],
    ['yen to the nearest ten, down', tens, 2843, 2840],
    ['yen to the nearest ten, a tie up', tens, 2845, 2850],
    ['a whole ten as it is', tens, 2840, 2840],
    ['a few yen up to ten, never to 0', tens, 4, 10],
    ['0 yen as 0', tens, 0, 0],
    ['with no rule, as it is', { kind: 'none' }, 1234, 1234],
    ['a Japanese ¥x,980 ending down', { kind: 'charm', ending: 980 }, 2300, 1980],
    ['a Japanese ¥x,980 ending, a tie up', { kind: 'charm', ending: 980 }, 2480, 2980],
    ['a .95 ending', { kind: 'charm', ending: 95 }, 1000, 995],
    ['nearest 5 cents', { kind: 'nearest', step: 5 }, 1232, 1230],
  ])('rounds %s (%j: %i → %i)', (_name, rule, amount, rounded) => {
    expect(roundPrice(amount, rule)).toBe(rounded)
  })

  it.each<[RoundingRule, number]>([
    [charm99, 100],
    [{ kind: 'charm', ending: 980 }, 1000],
    [{ kind: 'charm', ending: 9 }, 10],
    [tens, 10],
    [{ kind: 'none' }, 1],
  ])('steps %j by %i minor units', (rule, step) => {
    expect(roundingStep(rule)).toBe(step)
  })

  it.each<[string, RoundingRule, number]>([
    ['a negative amount', charm99, -1],
    ['a fraction of a minor unit', charm99, 1.5],
    ['a zero step', { kind: 'nearest', step: 0 }, 100],
    ['a fractional step', { kind: 'nearest', step: 2.5 }, 100],
    ['a zero charm ending', { kind: 'charm', ending: 0 }, 100],
  ])('refuses %s', (_name, rule, amount) => {
    expect(() => roundPrice(amount, rule)).toThrow(RangeError)
  })
})

describe('marketPrice', () => {
  it.each<[string, MarketId, number, ExchangeRates, number]>([
    // market, base in US cents, rates → amount in the market's minor units
    ['$19.99 × 0.92 = €18.3908 → €17.99 (nearer than €18.99)', 'eu', 1999, rates, 1799],
    ['$20.00 × 0.92 = €18.40 → €17.99 (0.41 away, €18.99 is 0.59)', 'eu', 2000, rates, 1799],
    ['$21.00 × 0.92 = €19.32 → €18.99', 'eu', 2100, rates, 1899],
    ['$49.00 × 0.79 = £38.71 → £38.99', 'uk', 4900, rates, 3899],
    ['$19.99 × 150 = ¥2,998.5 → ¥3,000', 'jp', 1999, rates, 3000],
    ['$18.95 × 150 = ¥2,842.5 → ¥2,840', 'jp', 1895, rates, 2840],
    ['$0.01 × 0.92 = €0.0092 → €0.99, not free', 'eu', 1, rates, 99],
    ['$0.01 × 150 = ¥1.5 → ¥10, not free', 'jp', 1, rates, 10],
    ['$0 → €0: a free product stays free', 'eu', 0, rates, 0],
    ['$0 → ¥0', 'jp', 0, rates, 0],
    // Rounded once from the exact amount: rounding ¥2,844.5 to ¥2,845 first would then give ¥2,850.
    ['$20.00 × 142.225 = ¥2,844.5 → ¥2,840 (rounded once, exactly)', 'jp', 2000, { JPY: 142_225_000 }, 2840],
    ['$20.00 × 142.225001 = ¥2,844.50002 → ¥2,840', 'jp', 2000, { JPY: 142_225_001 }, 2840],
    ['$20.01 × 142.225 = ¥2,845.92 → ¥2,850', 'jp', 2001, { JPY: 142_225_000 }, 2850],
    ['$19.95 in the US market as it is: its own currency is not converted nor rounded', 'us', 1995, rates, 1995],
    ['$19.20 in the US market as it is', 'us', 1920, rates, 1920],
  ])('prices %s', (_name, id, base, rates, amount) => {
    const market = markets[id]
    expect(marketPrice({ base: { amount: base, currency: 'USD' }, market, rates })).toEqual({
      amount,
      currency: market.currency,
    })
  })

  it.each<[string, MarketId, CurrencyCode, number]>([
    ['a euro price set for the EU market, unrounded', 'eu', 'EUR', 1850],
    ['a yen price set for Japan, not in tens', 'jp', 'JPY', 2843],
    ['a dollar price set for the US market over the base', 'us', 'USD', 1500],
    ['a free price set for the market', 'uk', 'GBP', 0],
  ])('takes %s', (_name, id, currency, amount) => {
    const explicit = { amount, currency }
    const price = marketPrice({ base: { amount: 1999, currency: 'USD' }, explicit, market: markets[id], rates })
    expect(price).toEqual(explicit)
  })

  it('converts when the explicit price is null', () => {
    const price = marketPrice({ base: { amount: 1999, currency: 'USD' }, explicit: null, market: markets.eu, rates })
    expect(price).toEqual({ amount: 1799, currency: 'EUR' })
  })

  it('needs no rate when an explicit price is set', () => {
    const explicit = { amount: 2980, currency: 'JPY' } as const
    expect(marketPrice({ base: { amount: 1999, currency: 'USD' }, explicit, market: markets.jp, rates: {} })).toBe(
      explicit,
    )
  })

  it('converts a base in another currency through the base currency, exactly', () => {
    // €9.20 = $10.00 (at 0.92) = ¥1,500.
    const price = marketPrice({ base: { amount: 920, currency: 'EUR' }, market: markets.jp, rates })
    expect(price).toEqual({ amount: 1500, currency: 'JPY' })
  })

  it('handles amounts whose product with the rate passes 2^53', () => {
    const base = { amount: 9_000_000_000_000, currency: 'USD' } as const // $90 billion
    const price = marketPrice({ base, market: markets.jp, rates: { JPY: 150_000_000 } })
    expect(price).toEqual({ amount: 13_500_000_000_000, currency: 'JPY' })
  })

  it.each<[string, () => unknown]>([
    ['a missing rate', () => marketPrice({ base: { amount: 100, currency: 'USD' }, market: markets.eu, rates: {} })],
    [
      'a rate that is not integer millionths',
      () => marketPrice({ base: { amount: 100, currency: 'USD' }, market: markets.eu, rates: { EUR: 0.92 } }),
    ],
    [
      'a zero rate',
      () => marketPrice({ base: { amount: 100, currency: 'USD' }, market: markets.eu, rates: { EUR: 0 } }),
    ],
    [
      'an explicit price in another currency than the market’s',
      () =>
        marketPrice({
          base: { amount: 100, currency: 'USD' },
          explicit: { amount: 100, currency: 'USD' },
          market: markets.eu,
          rates,
        }),
    ],
    [
      'a fractional base amount',
      () => marketPrice({ base: { amount: 19.99, currency: 'USD' }, market: markets.eu, rates }),
    ],
    [
      'a result past the safe integer range',
      () => marketPrice({ base: { amount: Number.MAX_SAFE_INTEGER, currency: 'USD' }, market: markets.jp, rates }),
    ],
  ])('refuses %s', (_name, price) => {
    expect(price).toThrow(RangeError)
  })
})

describe('missingRates', () => {
  const rates: ExchangeRates = { EUR: 920_000, JPY: 0 }

  it.each<[string, CurrencyCode[], CurrencyCode, CurrencyCode[]]>([
    ['nothing when every price already is in the target currency', ['EUR', 'EUR'], 'EUR', []],
    ['nothing from the base currency into a currency with a rate', ['USD'], 'EUR', []],
    ['the target when it has no rate', ['USD'], 'GBP', ['GBP']],
    ['a source without a rate as well as the target', ['GBP', 'USD'], 'JPY', ['GBP', 'JPY']],
    ['a rate that is not a positive integer, as missing', ['USD'], 'JPY', ['JPY']],
    ['nothing into the base currency from one with a rate', ['EUR'], 'USD', []],
  ])('names %s', (_, from, to, expected) => {
    expect(missingRates(from, to, rates)).toEqual(expected)
  })

  it('agrees with marketPrice: a conversion it clears never throws, one it refuses does', () => {
    for (const id of Object.keys(markets) as MarketId[]) {
      const market = markets[id]
      const convert = () => marketPrice({ base: { amount: 1999, currency: 'GBP' }, market, rates })
      if (missingRates(['GBP'], market.currency, rates).length === 0) expect(convert).not.toThrow()
      else expect(convert).toThrow(RangeError)
    }
  })
})
