/**
 * The demo shop's markets data (decision 0026): exchange rates, and a few prices set per market so
 * "an explicit price wins over the converted one" shows in the demo — the flagship (the first
 * featured product) at €129.99 and ¥19,800 where conversion would say €123.99 and ¥20,430, and one
 * monitor at a round pound price.
 */

import type { ExchangeRates } from '../../shared/markets/market-price.ts'
import type { MarketPrices } from '../../shared/markets/market-prices-schema.ts'
import type { DemoCatalog } from '../catalog/demo-catalog.ts'

/** Millionths per US dollar, as a merchant would set them (1 USD = 0.92 EUR, 0.79 GBP, 151.37 JPY). */
export const demoExchangeRates: ExchangeRates = { EUR: 920_000, GBP: 790_000, JPY: 151_370_000 }

const explicitBySlug: Readonly<Record<string, MarketPrices>> = {
  'sonora-nimbus-studio-wireless-headphones': { eu: 12_999, jp: 19_800 },
  'vista-24-creator-4k-monitor': { eu: 54_900, uk: 47_900 },
}

/** Explicit market prices by variant id: every variant of the products above. */
export function demoMarketPrices(catalog: Pick<DemoCatalog, 'products' | 'variants'>): Map<string, MarketPrices> {
  const byProduct = new Map(
    catalog.products.flatMap((product) => {
      const prices = explicitBySlug[product.slug]
      return prices ? [[product.id, prices] as const] : []
    }),
  )
  return new Map(
    catalog.variants.flatMap((variant) => {
      const prices = byProduct.get(variant.productId)
      return prices ? [[variant.id, prices] as const] : []
    }),
  )
}
