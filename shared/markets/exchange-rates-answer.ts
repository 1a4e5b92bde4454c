/**
 * Wire type of `GET /api/markets/rates` (contract 2 of issue 16), and its check: the device keeps
 * the last answer and prices offline with it, so a malformed one must fail here, not on a card.
 */
import { type CurrencyCode, currencyCodes } from '../money.ts'
import { baseCurrency, type ExchangeRates } from './market-price.ts'

export type ExchangeRatesAnswer = {
  /** Always the catalog's base currency: the rates convert from it. */
  readonly base: CurrencyCode
  /** Millionths of a unit per unit of the base (`EUR: 920000`). */
  readonly rates: ExchangeRates
  /** ISO time the rates were set. */
  readonly updatedAt: string
}

/** As the device stores it (the answer, and when this device fetched it). */
export type StoredExchangeRates = ExchangeRatesAnswer & { readonly fetchedAt: string }

function isCurrencyCode(value: string): value is CurrencyCode {
  return (currencyCodes as readonly string[]).includes(value)
}

/**
 * The answer's rates, keeping only currencies the shop knows with a positive integer rate. Throws
 * on another base currency (the device's prices would all be wrong) or a shape it cannot read.
 */
export function parseExchangeRatesAnswer(body: unknown): ExchangeRatesAnswer {
  if (typeof body !== 'object' || body === null) throw new TypeError('exchange rates: not an object')
  const { base, rates, updatedAt } = body as Record<string, unknown>
  if (base !== baseCurrency) throw new TypeError(`exchange rates: base ${String(base)} is not ${baseCurrency}`)
  if (typeof updatedAt !== 'string' || Number.isNaN(Date.parse(updatedAt)))
    throw new TypeError('exchange rates: bad updatedAt')
  if (typeof rates !== 'object' || rates === null || Array.isArray(rates))
    throw new TypeError('exchange rates: rates is not an object')
  const kept: Partial<Record<CurrencyCode, number>> = {}
  for (const [currency, rate] of Object.entries(rates)) {
    // A currency this build does not know yet is skipped, not fatal: a newer server may sell in it.
    if (isCurrencyCode(currency) && typeof rate === 'number' && Number.isSafeInteger(rate) && rate > 0)
      kept[currency] = rate
  }
  return { base: baseCurrency, rates: kept, updatedAt }
}
