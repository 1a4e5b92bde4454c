/**
 * The device's exchange rates: fetched from `GET /api/markets/rates` when online and kept in the
 * Dexie `meta` table, so market prices (and cart totals) work offline after the first fetch. Until
 * then — or against a server without the endpoint — prices stay in the base market.
 */

import { parseExchangeRatesAnswer, type StoredExchangeRates } from '../../shared/markets/exchange-rates-answer.ts'
import type { ExchangeRates } from '../../shared/markets/market-price.ts'
import type { LocalDb } from '../local-data/local-db.ts'
import { metaKeys } from '../local-data/storage-keys.ts'
import { ApiError, getJson } from '../platform/api-client.ts'

export const exchangeRatesPath = '/api/markets/rates'

/** The last rates this device fetched, or null before the first fetch (a Dexie querier). */
export async function readExchangeRates(db: LocalDb): Promise<ExchangeRates | null> {
  const row = await db.meta.get(metaKeys.exchangeRates)
  return row?.key === metaKeys.exchangeRates ? row.value.rates : null
}

/**
 * Fetches the rates and stores them. Offline, or when the server has no rates endpoint (404), the
 * stored ones stand: that is expected, not an error to report.
 */
export async function refreshExchangeRates(db: LocalDb, now: () => Date = () => new Date()): Promise<void> {
  try {
    const answer = await getJson(exchangeRatesPath, parseExchangeRatesAnswer)
    const value: StoredExchangeRates = { ...answer, fetchedAt: now().toISOString() }
    await db.meta.put({ key: metaKeys.exchangeRates, value })
  } catch (error) {
    if (error instanceof ApiError && (error.code === 'NETWORK' || error.status === 404)) return
    throw error
  }
}
