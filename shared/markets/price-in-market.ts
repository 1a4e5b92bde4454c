/**
 * The one path from a catalog price to the price the shopper sees in their market (decision 0026):
 * cards, the product page, the cart, the wishlist, search results and the offline checkout summary
 * all price through `priceInMarket`, so a figure never differs between two places on the device.
 * Rates may be unknown (never fetched, or missing the market's currency): the shopper then sees the
 * base market's prices — a price in a currency we cannot convert to would be a guess.
 */
import type { Product } from '../catalog/product.ts'
import { matchingVariants, type Selection, selectedVariant } from '../catalog/variant-selection.ts'
import type { CurrencyCode } from '../money.ts'
import { type Market, type MarketId, markets } from './market.ts'
import { baseCurrency, type ExchangeRates, hasUsableRate, marketPrice } from './market-price.ts'

/** The market selling in the catalog's base currency: where prices stand when rates are unknown. */
export const baseMarket: Market =
  Object.values(markets).find((market) => market.currency === baseCurrency) ?? markets.us

/** One price of the catalog: a variant (with its product's currency) or a search hit. */
export type PricedOffer = {
  readonly currency: CurrencyCode
  readonly price: number
  readonly compareAtPrice?: number | null
  readonly marketPrices?: Partial<Record<MarketId, number>> | undefined
}

/** A product: priced from its variants (the lowest one's, "from" when they differ). */
export type PricedProduct = {
  readonly currency: CurrencyCode
  readonly price: number
  readonly variants: readonly Omit<PricedOffer, 'currency'>[]
}

export type MarketPriceShown = {
  readonly amount: number
  readonly currency: CurrencyCode
  /** The price before a sale in the same currency, only when above `amount`; else null. */
  readonly compareAt: number | null
  /** A product whose variants cost different amounts here: "From …". */
  readonly from: boolean
}

/**
 * The market prices are shown in: `market` when its currency is the base or has a rate, else the
 * base market (before the first rates fetch, or when the server does not serve the currency).
 */
export function usableMarket(market: Market, rates: ExchangeRates | null | undefined): Market {
  return hasUsableRate(rates, market.currency) ? market : baseMarket
}

/** A merchant's price for the market, when one is set and is a valid amount. */
function explicitPrice(offer: Omit<PricedOffer, 'currency'>, market: Market): number | undefined {
  const amount = offer.marketPrices?.[market.id]
  return amount !== undefined && Number.isSafeInteger(amount) && amount >= 0 ? amount : undefined
}

/** An amount of `currency` (which has a rate) in `market`, converted and rounded by the market's rule. */
function convert(amount: number, currency: CurrencyCode, market: Market, rates: ExchangeRates | null | undefined) {
  return marketPrice({ base: { amount, currency }, market, rates: rates ?? {} }).amount
}

function offerPrice(offer: PricedOffer, market: Market, rates: ExchangeRates | null | undefined): MarketPriceShown {
  // A price in a currency the rates do not name stays as it is, explicit market prices included,
  // so a product's variants (and a cart's lines) never mix two currencies.
  if (!hasUsableRate(rates, offer.currency)) {
    const compareAt = offer.compareAtPrice && offer.compareAtPrice > offer.price ? offer.compareAtPrice : null
    return { amount: offer.price, currency: offer.currency, compareAt, from: false }
  }
  const explicit = explicitPrice(offer, market)
  const amount = explicit ?? convert(offer.price, offer.currency, market, rates)
  const was = offer.compareAtPrice ? convert(offer.compareAtPrice, offer.currency, market, rates) : null
  // A converted "before" price can fall below a merchant's own market price: then it is no sale.
  const compareAt = was !== null && was > amount ? was : null
  return { amount, currency: market.currency, compareAt, from: false }
}

/**
 * What the shopper pays for `source` in `market` (decision 0026): the merchant's explicit price for
 * the market wins; else the base price converted at `rates` and rounded by the market's rule; with
 * no usable rate, the base market's price. A product is priced by its lowest variant ("from" when
 * its variants' prices differ in this market) and shows no compare-at price.
 */
export function priceInMarket(
  source: PricedOffer | PricedProduct,
  market: Market,
  rates: ExchangeRates | null | undefined,
): MarketPriceShown {
  const target = usableMarket(market, rates)
  if (!('variants' in source)) return offerPrice(source, target, rates)
  if (source.variants.length === 0) return offerPrice({ currency: source.currency, price: source.price }, target, rates)
  const prices = source.variants.map((variant) => offerPrice({ ...variant, currency: source.currency }, target, rates))
  let lowest = prices[0] as MarketPriceShown
  for (const price of prices) if (price.amount < lowest.amount) lowest = price
  const from = prices.some((price) => price.amount !== lowest.amount)
  return { amount: lowest.amount, currency: lowest.currency, compareAt: null, from }
}

/** A variant of a product as `priceInMarket` prices it (the variant carries no currency of its own). */
export function offerOf(
  product: { readonly currency: CurrencyCode },
  variant: Omit<PricedOffer, 'currency'>,
): PricedOffer {
  return { ...variant, currency: product.currency }
}

/**
 * The price a product page shows for `selection` in `market`: the chosen variant's (with its
 * compare-at price), else "from" the lowest of the variants it still allows when they differ.
 */
export function selectionPriceInMarket(
  product: PricedProduct & Pick<Product, 'options' | 'variants'>,
  selection: Selection,
  market: Market,
  rates: ExchangeRates | null | undefined,
): MarketPriceShown {
  const chosen = selectedVariant(product, selection)
  if (chosen) return priceInMarket(offerOf(product, chosen), market, rates)
  return priceInMarket({ ...product, variants: matchingVariants(product, selection) }, market, rates)
}
