/** The only SQL of markets: the stored exchange rates (decision 0026). */
import { sql } from 'drizzle-orm'
import type { ExchangeRates } from '../../shared/markets/market-price.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import { exchangeRates } from '../db/schema.ts'
import type { Db } from '../platform/db.ts'

export type StoredRates = {
  readonly rates: ExchangeRates
  /** When the latest of them was set; null while none is stored. */
  readonly updatedAt: Date | null
}

export async function readExchangeRates(db: Db): Promise<StoredRates> {
  const rows = await db.select().from(exchangeRates)
  const rates: Partial<Record<CurrencyCode, number>> = {}
  let updatedAt: Date | null = null
  for (const row of rows) {
    rates[row.currency] = row.rateMicros
    if (!updatedAt || row.updatedAt > updatedAt) updatedAt = row.updatedAt
  }
  return { rates, updatedAt }
}

/**
 * Sets the given rates (others stay as they are). `onlyMissing`: keeps a rate already stored, so
 * the demo seed never overwrites one the shop set.
 */
export async function upsertExchangeRates(
  db: Db,
  rates: ExchangeRates,
  options: { readonly now: Date; readonly onlyMissing?: boolean },
): Promise<void> {
  const values = Object.entries(rates).map(([currency, rateMicros]) => ({
    currency: currency as CurrencyCode,
    rateMicros: rateMicros as number,
    updatedAt: options.now,
  }))
  if (values.length === 0) return
  const insert = db.insert(exchangeRates).values(values)
  await (options.onlyMissing
    ? insert.onConflictDoNothing()
    : insert.onConflictDoUpdate({
        target: exchangeRates.currency,
        set: { rateMicros: sql`excluded.rate_micros`, updatedAt: sql`excluded.updated_at` },
      }))
}
