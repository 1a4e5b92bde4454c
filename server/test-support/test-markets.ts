/** Markets for tests: the demo's exchange rates, and a test product's explicit market prices. */
import { eq } from 'drizzle-orm'
import type { MarketPrices } from '../../shared/markets/market-prices-schema.ts'
import { productVariants } from '../db/schema.ts'
import { demoExchangeRates } from '../markets/demo-markets.ts'
import { upsertExchangeRates } from '../markets/markets.repository.ts'
import type { Db } from '../platform/db.ts'

/** Stores the demo's rates (1 USD = 0.92 EUR, 0.79 GBP, 151.37 JPY) unless rates are stored already. */
export async function storeTestExchangeRates(db: Db): Promise<void> {
  await upsertExchangeRates(db, demoExchangeRates, { now: new Date(), onlyMissing: true })
}

/** Sets the explicit market prices of every variant of a product (one, for a product sold in one form). */
export async function setMarketPrices(db: Db, productId: string, marketPrices: MarketPrices): Promise<void> {
  await db.update(productVariants).set({ marketPrices }).where(eq(productVariants.productId, productId))
}
