/**
 * A product's price in a market (decision 0026): the price set for the market when there is one,
 * else the catalog's base price converted at a stored exchange rate and rounded by the market's
 * rule. Exact integer arithmetic (BigInt) from the base amount to the rounded result: the converted
 * amount is a fraction that is rounded once, by the rule, never first to a minor unit and again.
 */
import { type CurrencyCode, currencyDecimals, isMinorUnits, type Money } from '../money.ts'
import type { Market } from './market.ts'

/** The catalog's prices are set in US dollars; every other currency is converted from them. */
export const baseCurrency: CurrencyCode = 'USD'

/**
 * Exchange rates from the base currency in millionths, as stored: 1 USD = 0.92 EUR → `EUR: 920_000`,
 * 1 USD = 151.37 JPY → `JPY: 151_370_000`. The base currency's own rate is 1 000 000 and implied.
 */
export type ExchangeRates = Readonly<Partial<Record<CurrencyCode, number>>>

const ratesScale = 1_000_000n

/**
 * How a converted price is rounded, in minor units, to the NEAREST allowed price (ties up):
 * - `charm`: prices ending in `ending`, repeating every next power of ten (99 → …x.99 every 100
 *   minor units; 980 → ¥1,980, ¥2,980 every 1 000 yen);
 * - `nearest`: multiples of `step` (10 → whole tens of yen);
 * - `none`: the nearest minor unit.
 * A positive price never rounds to 0: below the first allowed price it takes that price (€0.30 → €0.99,
 * ¥3 → ¥10); 0 stays 0, so a free product stays free.
 */
export type RoundingRule =
  | { readonly kind: 'charm'; readonly ending: number }
  | { readonly kind: 'nearest'; readonly step: number }
  | { readonly kind: 'none' }

/** The allowed prices of a rule: `offset + k × step` for k ≥ 0. */
type Grid = { readonly step: bigint; readonly offset: bigint }

function gridOf(rule: RoundingRule): Grid {
  switch (rule.kind) {
    case 'charm':
      if (!Number.isSafeInteger(rule.ending) || rule.ending <= 0)
        throw new RangeError(`charm ending must be a positive integer, got ${rule.ending}`)
      return { step: 10n ** BigInt(String(rule.ending).length), offset: BigInt(rule.ending) }
    case 'nearest':
      if (!Number.isSafeInteger(rule.step) || rule.step <= 0)
        throw new RangeError(`rounding step must be a positive integer, got ${rule.step}`)
      return { step: BigInt(rule.step), offset: 0n }
    case 'none':
      return { step: 1n, offset: 0n }
  }
}

/** The distance between two neighbouring prices the rule allows (charm 99 → 100, nearest 10 → 10, none → 1). */
export function roundingStep(rule: RoundingRule): number {
  return Number(gridOf(rule).step)
}

function floorDiv(a: bigint, b: bigint): bigint {
  const quotient = a / b
  return a % b < 0n ? quotient - 1n : quotient
}

/** `numerator / denominator` (both ≥ 0, denominator > 0) rounded by the rule; see RoundingRule. */
function roundFraction(numerator: bigint, denominator: bigint, rule: RoundingRule): number {
  if (numerator === 0n) return 0
  const { step, offset } = gridOf(rule)
  // k = floor((x − offset) / step + ½): the nearest allowed price, a tie going to the higher one.
  const k = floorDiv(2n * (numerator - offset * denominator) + step * denominator, 2n * step * denominator)
  const rounded = (k < 0n ? 0n : k) * step + offset
  const result = rounded === 0n ? step : rounded
  if (result > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('price out of the safe integer range')
  return Number(result)
}

/** An integer amount of minor units rounded by the rule (an admin's suggestion, or a test's). */
export function roundPrice(amount: number, rule: RoundingRule): number {
  if (!isMinorUnits(amount)) throw new RangeError(`amount must be integer minor units, got ${amount}`)
  return roundFraction(BigInt(amount), 1n, rule)
}

/** Whether `rates` can convert from or to `currency`: the base needs none, any other a positive integer. */
export function hasUsableRate(rates: ExchangeRates | null | undefined, currency: CurrencyCode): boolean {
  if (currency === baseCurrency) return true
  const rate = rates?.[currency]
  return rate !== undefined && Number.isSafeInteger(rate) && rate > 0
}

/**
 * The currencies whose rate converting prices in `from` into `to` needs and `rates` lacks: the one
 * check behind the catalog API's 503 and a server page's fallback to stored prices. None when every
 * price already is in `to`.
 */
export function missingRates(
  from: Iterable<CurrencyCode>,
  to: CurrencyCode,
  rates: ExchangeRates | null | undefined,
): CurrencyCode[] {
  const missing = new Set<CurrencyCode>()
  for (const currency of new Set(from)) {
    if (currency === to) continue
    for (const needed of [currency, to]) if (!hasUsableRate(rates, needed)) missing.add(needed)
  }
  return [...missing]
}

function rateMicrosOf(currency: CurrencyCode, rates: ExchangeRates): bigint {
  if (!hasUsableRate(rates, currency))
    throw new RangeError(`no usable exchange rate for ${currency}: ${rates[currency]}`)
  return currency === baseCurrency ? ratesScale : BigInt(rates[currency] as number)
}

/**
 * `amount` of `from` in `to` as an exact fraction of `to`'s minor units. A base in another currency
 * than the base currency goes through it (`to` rate ÷ `from` rate), still exactly.
 */
function convertExactly(amount: number, from: CurrencyCode, to: CurrencyCode, rates: ExchangeRates) {
  const numerator = BigInt(amount) * rateMicrosOf(to, rates) * 10n ** BigInt(currencyDecimals(to))
  const denominator = rateMicrosOf(from, rates) * 10n ** BigInt(currencyDecimals(from))
  return { numerator, denominator }
}

/**
 * The price in the market's currency: `explicit` when the merchant set one for the market (it must
 * be in the market's currency, and is never rounded); the base price as it is when the market sells
 * in the base's own currency (a merchant's own price is not "charmed"); else the base converted at
 * `rates` and rounded by the market's rule. Throws on a missing rate or a mismatched explicit price.
 */
export function marketPrice(input: {
  readonly base: Money
  readonly explicit?: Money | null | undefined
  readonly market: Market
  readonly rates: ExchangeRates
}): Money {
  const { base, explicit, market, rates } = input
  if (explicit) {
    if (explicit.currency !== market.currency)
      throw new RangeError(`explicit price in ${explicit.currency} for the ${market.id} market (${market.currency})`)
    return explicit
  }
  if (!isMinorUnits(base.amount)) throw new RangeError(`base price must be integer minor units, got ${base.amount}`)
  if (base.currency === market.currency) return base
  const { numerator, denominator } = convertExactly(base.amount, base.currency, market.currency, rates)
  return { amount: roundFraction(numerator, denominator, market.rounding), currency: market.currency }
}
