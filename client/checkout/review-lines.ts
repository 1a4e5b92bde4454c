/**
 * The review step compares what the shopper last saw (the local cart with the local catalog's
 * prices) with the server's quote, so a price or stock change since then is shown before paying
 * (DESIGN §3: the server recomputes everything at checkout, the client shows any difference).
 */

import { describeOptions, variantOptions } from '../../shared/catalog/variant.ts'
import type { CheckoutQuote, QuoteLineStatus } from '../../shared/checkout/checkout-options.ts'
import { type CheckoutTotals, checkoutTotals, type ShippingMethod } from '../../shared/checkout/checkout-totals.ts'
import type { AppliedDiscount, DiscountRule } from '../../shared/discounts/discount.ts'
import type { VariantId } from '../../shared/ids.ts'
import { markets, type TaxMode } from '../../shared/markets/market.ts'
import type { ExchangeRates } from '../../shared/markets/market-price.ts'
import { offerOf, priceInMarket } from '../../shared/markets/price-in-market.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import type { Collection } from '../../shared/storefront/collection.ts'
import type { CartLineView } from '../cart/shopper-view.ts'
import { discountLinesOf, previewDiscount } from '../discounts/discount-preview.ts'
import type { AppliedCode } from '../local-data/local-db.ts'

export type SeenLine = { readonly variantId: VariantId; readonly unitPrice: number | undefined }

export type ReviewLine = {
  readonly variantId: VariantId
  readonly name: string
  /** "Size 42 · Black"; empty for a product sold in one form. */
  readonly options: string
  readonly quantity: number
  readonly unitPrice: number
  /** The price the shopper last saw, when the server's differs from it; else null. */
  readonly previousPrice: number | null
  readonly inStock: number
  readonly status: QuoteLineStatus
}

export function reviewLines(seen: readonly SeenLine[], quote: CheckoutQuote): ReviewLine[] {
  const seenPrices = new Map(seen.map((line) => [line.variantId, line.unitPrice]))
  return quote.lines.map((line) => {
    const before = seenPrices.get(line.variantId)
    return {
      variantId: line.variantId,
      name: line.name,
      options: describeOptions(line.options),
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      previousPrice: line.status !== 'unavailable' && before !== undefined && before !== line.unitPrice ? before : null,
      inStock: line.inStock,
      status: line.status,
    }
  })
}

/** The order can be placed only when every line can be delivered in full. */
export function canPlaceOrder(lines: readonly ReviewLine[]): boolean {
  return lines.length > 0 && lines.every((line) => line.status === 'ok')
}

export type Review = {
  readonly lines: readonly ReviewLine[]
  readonly totals: CheckoutTotals
  readonly currency: CurrencyCode
  /** From this device's last-known catalog (offline), not the server: the server reprices on placing. */
  readonly lastKnown: boolean
  /** The title of the discount in the totals (a code's or an automatic promotion's), or null. */
  readonly discountTitle?: string | null
}

export function serverReview(seen: readonly SeenLine[], quote: CheckoutQuote): Review {
  return {
    lines: reviewLines(seen, quote),
    totals: quote.totals,
    currency: quote.currency,
    lastKnown: false,
    discountTitle: quote.discount?.rule.title ?? null,
  }
}

/**
 * The review offline: the cart priced from the local catalog in the shopper's market (its lines'
 * `unitPrice`) by the same shared rules the server runs, so the totals match the order unless a
 * price, a rate or the stock changed meanwhile.
 */
export function localReview(
  cart: readonly CartLineView[],
  input: {
    readonly shippingMethod: ShippingMethod
    readonly country: string
    /** The shopper's market's (absent: `exclusive`, tax added). */
    readonly taxMode?: TaxMode | undefined
  },
  discounts: {
    readonly code: AppliedCode | undefined
    readonly promotions: readonly DiscountRule[]
    /** The storefront document's collections, for a collection-scoped discount. */
    readonly collections: readonly Collection[]
    readonly now: Date
  } = { code: undefined, promotions: [], collections: [], now: new Date() },
): Review {
  const lines = cart.map((line): ReviewLine => {
    const { product, variant } = line
    const inStock = product && variant && product.deletedAt === null ? variant.stock : 0
    return {
      variantId: line.variantId,
      name: product?.name ?? line.productId,
      options: product && variant ? describeOptions(variantOptions(product.options, variant)) : '',
      quantity: line.quantity,
      unitPrice: line.unitPrice?.amount ?? 0,
      previousPrice: null,
      inStock,
      status: inStock <= 0 ? 'unavailable' : inStock < line.quantity ? 'limited' : 'ok',
    }
  })
  const buyable = lines.filter((line) => line.status !== 'unavailable')
  // A cart with no product on this device prices nothing: every amount is 0 whatever the currency.
  const currency = cart.find((line) => line.unitPrice)?.unitPrice?.currency ?? 'EUR'
  const totalsWith = (applied: AppliedDiscount | null) =>
    checkoutTotals({
      lines: buyable,
      shippingMethod: input.shippingMethod,
      country: input.country,
      taxMode: input.taxMode,
      discount: applied && { items: applied.itemsAmount, freeShipping: applied.freeShipping },
      currency,
    })
  const { collections, ...rules } = discounts
  const { applied } = previewDiscount({
    lines: discountLinesOf(cart, collections),
    currency,
    ...rules,
    totalWith: (candidate) => totalsWith(candidate).total,
  })
  return { lines, totals: totalsWith(applied), currency, lastKnown: true, discountTitle: applied?.rule.title ?? null }
}

/**
 * What the shopper saw for each line, priced (by this device's catalog and rates) in the market the
 * server quoted in: the checkout's country decides it, and may differ from the market the cart was
 * shown in a moment ago. A line this device cannot price in that currency has nothing to compare.
 */
export function seenPrices(
  cart: readonly CartLineView[],
  currency: CurrencyCode,
  rates: ExchangeRates | null,
): SeenLine[] {
  const market = Object.values(markets).find((candidate) => candidate.currency === currency)
  return cart.map((line) => {
    const price =
      market && line.product && line.variant ? priceInMarket(offerOf(line.product, line.variant), market, rates) : null
    return { variantId: line.variantId, unitPrice: price?.currency === currency ? price.amount : undefined }
  })
}
