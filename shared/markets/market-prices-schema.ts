/**
 * Explicit per-variant market prices and exchange rates on the wire (decision 0026): what the admin
 * and the integration API send, and the catalog's `?market=` / `?country=` parameters.
 */
import { z } from 'zod'
import type { CurrencyCode } from '../money.ts'
import { type MarketId, marketIds } from './market.ts'

/** Prices the merchant set per market, in minor units of each market's currency; absent = convert. */
export type MarketPrices = Readonly<Partial<Record<MarketId, number>>>

/** The largest price a column of minor units (Postgres integer) holds. */
const maxMinorUnits = 2_147_483_647

const minorUnits = z
  .number()
  .int('must be an integer of minor units')
  .min(0, 'must not be negative')
  .max(maxMinorUnits, `must be at most ${maxMinorUnits}`)

/** `{ "eu": 1799, "jp": 2980 }`: known market ids only, each an integer of the market currency's minor units. */
export const marketPricesSchema = z
  .partialRecord(z.enum(marketIds, { message: `must be one of ${marketIds.join(', ')}` }), minorUnits)
  .transform((prices): MarketPrices => prices)

/** The currencies with a rate: every one but the base currency (USD, market-price.ts). */
export const ratedCurrencies = ['EUR', 'GBP', 'JPY'] as const satisfies readonly CurrencyCode[]

/**
 * A million units per base unit at most: any price of an integer column then converts within the
 * safe integer range (2^31 × 10^6 × 100 < 2^53), so no rate can make a catalog read fail.
 */
const maxRateMicros = 1_000_000_000_000

/** Rates from the base currency in millionths (`{ "EUR": 920000 }`); the base currency's own is implied. */
export const exchangeRatesInput = z
  .object({
    rates: z
      .partialRecord(
        z.enum(ratedCurrencies, { message: `must be one of ${ratedCurrencies.join(', ')}` }),
        z.number().int('must be an integer of millionths').positive('must be positive').max(maxRateMicros),
      )
      .refine((rates) => Object.keys(rates).length > 0, 'must name at least one currency'),
  })
  .strict()
export type ExchangeRatesInput = z.infer<typeof exchangeRatesInput>

/**
 * The market a catalog read prices in: `market` by id, or `country` (ISO 3166-1 alpha-2) whose
 * market it is (`marketOfCountry`, the fallback market for a country no market lists). `market`
 * wins when both are given. Neither: the catalog's own prices, as before markets.
 */
export const marketQuery = z.object({
  market: z.enum(marketIds, { message: `must be one of ${marketIds.join(', ')}` }).optional(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, 'must be a two-letter country code')
    .transform((v) => v.toUpperCase())
    .optional(),
})

/** `PUT /api/admin/markets/variants/:variantId/prices`: the variant's explicit prices, replacing all of them. */
export const variantMarketPricesInput = z.object({ marketPrices: marketPricesSchema }).strict()
export type VariantMarketPricesInput = z.infer<typeof variantMarketPricesInput>
