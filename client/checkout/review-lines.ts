/**
 * The review step compares what the shopper last saw (the local cart with the local catalog's
 * prices) with the server's quote, so a price or stock change since then is shown before paying
 * (DESIGN §3: the server recomputes everything at checkout, the client shows any difference).
 */
import type { CheckoutQuote, QuoteLineStatus } from '../../shared/checkout/checkout-options.ts'
import { type CheckoutTotals, checkoutTotals, type ShippingMethod } from '../../shared/checkout/checkout-totals.ts'
import type { ProductId } from '../../shared/ids.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import type { CartLineView } from '../cart/shopper-view.ts'

export type SeenLine = { readonly productId: ProductId; readonly unitPrice: number | undefined }

export type ReviewLine = {
  readonly productId: ProductId
  readonly name: string
  readonly quantity: number
  readonly unitPrice: number
  /** The price the shopper last saw, when the server's differs from it; else null. */
  readonly previousPrice: number | null
  readonly inStock: number
  readonly status: QuoteLineStatus
}

export function reviewLines(seen: readonly SeenLine[], quote: CheckoutQuote): ReviewLine[] {
  const seenPrices = new Map(seen.map((line) => [line.productId, line.unitPrice]))
  return quote.lines.map((line) => {
    const before = seenPrices.get(line.productId)
    return {
      productId: line.productId,
      name: line.name,
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
}

export function serverReview(seen: readonly SeenLine[], quote: CheckoutQuote): Review {
  return { lines: reviewLines(seen, quote), totals: quote.totals, currency: quote.currency, lastKnown: false }
}

/**
 * The review offline: the cart priced from the local catalog by the same shared rules the server
 * runs, so the totals match the order unless a price or the stock changed meanwhile.
 */
export function localReview(
  cart: readonly CartLineView[],
  input: { readonly shippingMethod: ShippingMethod; readonly country: string },
): Review {
  const lines = cart.map((line): ReviewLine => {
    const product = line.product
    const inStock = product && product.deletedAt === null ? product.stock : 0
    return {
      productId: line.productId,
      name: product?.name ?? line.productId,
      quantity: line.quantity,
      unitPrice: product?.price ?? 0,
      previousPrice: null,
      inStock,
      status: inStock <= 0 ? 'unavailable' : inStock < line.quantity ? 'limited' : 'ok',
    }
  })
  const buyable = lines.filter((line) => line.status !== 'unavailable')
  const totals = checkoutTotals({ lines: buyable, shippingMethod: input.shippingMethod, country: input.country })
  // A cart with no product on this device prices nothing: every amount is 0 whatever the currency.
  const currency = cart.find((line) => line.product)?.product?.currency ?? 'EUR'
  return { lines, totals, currency, lastKnown: true }
}
