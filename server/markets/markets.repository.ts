/** The only SQL of markets: the stored exchange rates (decision 0026). */
import { and, eq, isNull, sql } from 'drizzle-orm'
import type { ExchangeRates } from '../../shared/markets/market-price.ts'
import type { MarketPrices } from '../../shared/markets/market-prices-schema.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import { exchangeRates, productVariants } from '../db/schema.ts'
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

/**
 * Replaces a live variant's explicit market prices; false when there is no such variant. A variant
 * write: the roll-up trigger moves its product past every sync cursor.
 */
export async function setVariantMarketPrices(db: Db, variantId: string, marketPrices: MarketPrices): Promise<boolean> {
  const updated = await db
    .update(productVariants)
    .set({ marketPrices })
    .where(and(eq(productVariants.id, variantId), isNull(productVariants.deletedAt)))
    .returning({ id: productVariants.id })
  return updated.length === 1
}

/** Replaces the explicit market prices of the live variants with these SKUs (an import's, after its upsert). */
export async function setMarketPricesBySku(
  db: Db,
  prices: readonly { readonly sku: string; readonly marketPrices: MarketPrices }[],
): Promise<void> {
  if (prices.length === 0) return
  await db.execute(sql`
    update product_variants v set market_prices = t."marketPrices"
    from jsonb_to_recordset(${JSON.stringify(prices)}::jsonb) as t(sku text, "marketPrices" jsonb)
    where v.sku = t.sku and v.deleted_at is null`)
}
