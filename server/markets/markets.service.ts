/**
 * Markets on the server (decision 0026): which market a request prices in, the stored exchange
 * rates it converts with, and catalog products priced in it (shared/markets/product-market-price.ts).
 */
import type { Product } from '../../shared/catalog/product.ts'
import { ErrorCode } from '../../shared/errors.ts'
import { type Market, type MarketId, marketOfCountry, markets } from '../../shared/markets/market.ts'
import { baseCurrency, type ExchangeRates, missingRates } from '../../shared/markets/market-price.ts'
import type { ExchangeRatesInput, MarketPrices } from '../../shared/markets/market-prices-schema.ts'
import { usableMarket } from '../../shared/markets/price-in-market.ts'
import { convertsInMarket, productInMarket, variantMarketPrice } from '../../shared/markets/product-market-price.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import { publishCatalogChanged } from '../events/catalog-changed.ts'
import type { PricedVariant } from '../orders/orders.repository.ts'
import type { AppDeps } from '../platform/app-env.ts'
import { AppError } from '../platform/http-errors.ts'
import { readExchangeRates, setVariantMarketPrices, upsertExchangeRates } from './markets.repository.ts'

type Deps = Pick<AppDeps, 'db'>

/** `GET /api/markets/rates` (contract 2): rates from the base currency in millionths. */
export type RatesAnswer = {
  readonly base: CurrencyCode
  readonly rates: ExchangeRates
  /** When the latest rate was set; null while the shop has set none. */
  readonly updatedAt: string | null
}

export async function readRates(deps: Deps): Promise<RatesAnswer> {
  const { rates, updatedAt } = await readExchangeRates(deps.db)
  return { base: baseCurrency, rates, updatedAt: updatedAt?.toISOString() ?? null }
}

/** The market a catalog read asked for: `market` by id, else `country`'s; none when neither is given. */
export function requestedMarket(query: { readonly market?: MarketId; readonly country?: string }): Market | null {
  if (query.market) return markets[query.market]
  if (query.country) return marketOfCountry(query.country)
  return null
}

/**
 * The stored rates, refusing (503, naming the currency) when `market` needs one the shop has not
 * set: a converted price without a rate would be a guess. `baseCurrencies` are the currencies the
 * priced products are in (the base, USD, for the demo catalog).
 */
export async function ratesFor(
  deps: Deps,
  market: Market,
  baseCurrencies: Iterable<CurrencyCode> = [baseCurrency],
): Promise<ExchangeRates> {
  const bases = [...baseCurrencies]
  // Prices already in the market's currency are taken as they are (marketPrice): no read at all.
  if (bases.every((base) => base === market.currency)) return {}
  const { rates } = await readExchangeRates(deps.db)
  const missing = missingRates(bases, market.currency, rates)
  if (missing.length > 0)
    throw new AppError(
      ErrorCode.Unavailable,
      `No exchange rate for ${missing.join(', ')} is set: prices in the ${market.id} market cannot be computed.`,
    )
  return rates
}

/**
 * The market a server-rendered page can price in, with the stored rates: `market` when its currency
 * is the base or has a rate, else the base market (`usableMarket`, as the app does) — a page shows
 * base prices rather than failing when the shop has not set a rate.
 */
export async function usableMarketWithRates(
  deps: Deps,
  market: Market,
): Promise<{ market: Market; rates: ExchangeRates }> {
  // Read even for the base market: a product the merchant prices in another currency converts too.
  const { rates } = await readExchangeRates(deps.db)
  return { market: usableMarket(market, rates), rates }
}

/** Products priced in `market` (as stored without one). */
export async function pricedInMarket<P extends Product>(
  deps: Deps,
  products: readonly P[],
  market: Market | null,
): Promise<P[]> {
  if (!market || products.length === 0) return [...products]
  // Only a price to convert needs a rate: an explicit price does not (a "was" price still converts).
  const converting = products.filter((product) => convertsInMarket(product, market))
  const rates = await ratesFor(
    deps,
    market,
    converting.map((product) => product.currency),
  )
  return products.map((product) => productInMarket(product, market, rates))
}

/**
 * Variants as a checkout in `market` sells them: price and currency the market's (explicit wins,
 * else converted and rounded), so quote, order lines, totals and the payment share one currency.
 */
export async function variantsInMarket<K>(
  deps: Deps,
  priced: ReadonlyMap<K, PricedVariant>,
  market: Market,
): Promise<Map<K, PricedVariant>> {
  if (priced.size === 0) return new Map()
  const rates = await ratesFor(
    deps,
    market,
    [...priced.values()].filter((v) => v.marketPrices[market.id] === undefined).map((v) => v.currency),
  )
  return new Map(
    [...priced].map(([id, variant]) => [
      id,
      {
        ...variant,
        price: variantMarketPrice(variant, variant, market, rates),
        currency: market.currency,
      },
    ]),
  )
}

type WriteDeps = Pick<AppDeps, 'db' | 'bus' | 'logger' | 'clock' | 'responseCache'>

/**
 * Sets exchange rates (the admin's or an integration's): every converted price follows at once, so
 * the cached catalog answers are dropped as after any price change.
 */
export async function setExchangeRates(deps: WriteDeps, input: ExchangeRatesInput): Promise<RatesAnswer> {
  await upsertExchangeRates(deps.db, input.rates, { now: deps.clock() })
  deps.logger.info({ rates: input.rates }, 'exchange rates set')
  await publishCatalogChanged(deps)
  return readRates(deps)
}

/** Replaces a variant's explicit market prices (an empty object: every market converts again). */
export async function setMarketPricesOfVariant(
  deps: WriteDeps,
  variantId: string,
  marketPrices: MarketPrices,
): Promise<{ variantId: string; marketPrices: MarketPrices }> {
  if (!(await setVariantMarketPrices(deps.db, variantId, marketPrices)))
    throw new AppError(ErrorCode.NotFound, `No variant ${variantId} on sale.`)
  deps.logger.info({ variantId, marketPrices }, 'market prices set')
  await publishCatalogChanged(deps)
  return { variantId, marketPrices }
}
