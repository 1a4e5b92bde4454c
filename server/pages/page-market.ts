/**
 * The market a server-rendered page prices in (decision 0026, issue 16): the shopper's choice the
 * app mirrors in the `market` cookie, else the one the page's language suggests — the same market
 * the app starts in, so taking over never swaps dollars for euros on screen.
 */
import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import type { Product } from '../../shared/catalog/product.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import { isMarketId, type Market, markets, suggestedMarket } from '../../shared/markets/market.ts'
import { marketCookieName, suggestedCountry } from '../../shared/markets/market-choice.ts'
import { type ExchangeRates, missingRates } from '../../shared/markets/market-price.ts'
import { priceInMarket } from '../../shared/markets/price-in-market.ts'
import { convertsInMarket, productInMarket } from '../../shared/markets/product-market-price.ts'
import type { SearchHit } from '../../shared/search/search-types.ts'

/** The market a page is priced in and the stored rates it converts with. */
export type PageMarket = { readonly market: Market; readonly rates: ExchangeRates }

/** The `market` cookie when it names a market; anything else is ignored for the suggestion. */
export function requestedPageMarket(c: Context, locale: Locale): Market {
  const chosen = getCookie(c, marketCookieName)
  return isMarketId(chosen) ? markets[chosen] : suggestedMarket(locale)
}

/**
 * The country a page shows selected for `market` (footer selector, header link): the cookie names a
 * market, not a country, so the language's own country in it (fr → FR), else the market's first.
 */
export function shownCountry(market: Market, locale: Locale): string {
  const suggested = suggestedCountry(locale)
  if (market.countries.includes(suggested)) return suggested
  const own = Object.entries(market.countryLocales).find(([, language]) => language === locale)
  return own?.[0] ?? market.countries[0] ?? suggested
}

/**
 * A product priced in the page's market; as it is stored when a rate it needs is missing (a product
 * in a currency the shop has no rate for): a page shows a price it has rather than failing.
 */
export function productInPageMarket<P extends Product>(product: P, pricing: PageMarket): P {
  const { market, rates } = pricing
  const unpriceable =
    convertsInMarket(product, market) && missingRates([product.currency], market.currency, rates).length > 0
  return unpriceable ? product : productInMarket(product, market, rates)
}

export function productsInPageMarket<P extends Product>(products: readonly P[], pricing: PageMarket): P[] {
  return products.map((product) => productInPageMarket(product, pricing))
}

/** A search hit as the app prices it (client/search/search-result-card.tsx): converted, never explicit. */
export function hitInPageMarket(hit: SearchHit, pricing: PageMarket): SearchHit {
  // priceInMarket keeps a price it has no rate for as it is, as the app does.
  const shown = priceInMarket({ price: hit.price, currency: hit.currency }, pricing.market, pricing.rates)
  return { ...hit, price: shown.amount, currency: shown.currency }
}
