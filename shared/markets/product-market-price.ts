/**
 * A catalog product priced in a market (decision 0026, contract 2): each variant's price is
 * `marketPrice` of its base price and its explicit price for the market; the product's "from" price
 * is the lowest of its variants'. The server's catalog answers `?market=` with it; a device may
 * price its offline copy with the same function.
 */
import type { Product, ProductVariant } from '../catalog/product.ts'
import type { Market } from './market.ts'
import { type ExchangeRates, marketPrice } from './market-price.ts'

/**
 * One variant's price in `market`, in minor units of the market's currency. `baseCurrency` is the
 * product's currency (the catalog's base currency, USD, in the demo shop).
 */
export function variantMarketPrice(
  variant: Pick<ProductVariant, 'price' | 'marketPrices'>,
  product: Pick<Product, 'currency'>,
  market: Market,
  rates: ExchangeRates,
): number {
  const explicit = variant.marketPrices?.[market.id]
  return marketPrice({
    base: { amount: variant.price, currency: product.currency },
    explicit: explicit === undefined ? null : { amount: explicit, currency: market.currency },
    market,
    rates,
  }).amount
}

/**
 * Whether pricing `product` in `market` converts an amount (and so needs rates): a variant without
 * the merchant's price for the market, or with a "was" price, which always converts.
 */
export function convertsInMarket(product: Pick<Product, 'variants'>, market: Market): boolean {
  return (
    product.variants.length === 0 ||
    product.variants.some((v) => v.marketPrices?.[market.id] === undefined || v.compareAtPrice !== null)
  )
}

/**
 * The product as shown in `market`: currency, variant prices and the "from" price in the market's
 * currency. A compare-at ("was") price is converted by the same rule and kept only while it stays
 * above the variant's market price (an explicit price may be set below or above it). `marketPrices`
 * stay on the variants as they are, so the answer still says which prices the merchant set.
 */
export function productInMarket<P extends Product>(product: P, market: Market, rates: ExchangeRates): P {
  if (product.currency === market.currency && !product.variants.some((v) => v.marketPrices?.[market.id] !== undefined))
    return product
  const variants = product.variants.map((variant): ProductVariant => {
    const price = variantMarketPrice(variant, product, market, rates)
    const wasPrice =
      variant.compareAtPrice === null
        ? null
        : variantMarketPrice({ price: variant.compareAtPrice }, product, market, rates)
    return { ...variant, price, compareAtPrice: wasPrice !== null && wasPrice > price ? wasPrice : null }
  })
  // A product always has a live variant (catalog-rows.ts); without one its price is converted alone.
  const from =
    variants.length > 0
      ? Math.min(...variants.map((v) => v.price))
      : variantMarketPrice({ price: product.price }, product, market, rates)
  return { ...product, currency: market.currency, price: from, variants }
}
