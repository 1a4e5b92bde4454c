import { includedTax } from '../../shared/checkout/checkout-totals.ts'
import type { Market } from '../../shared/markets/market.ts'
import { vatRateOf } from '../../shared/markets/tax-rates.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import type { CartLineView } from './shopper-view.ts'

export type Subtotal = { readonly amount: number; readonly currency: CurrencyCode }

/**
 * Sum of unit price × quantity in integer minor units, at the lines' prices in the shopper's market,
 * one total per currency (every line is in the market's currency; a total never adds two). Lines
 * without a sellable variant are left out: they will not be charged. The server recomputes
 * everything at checkout (DESIGN §3).
 */
export function cartSubtotals(lines: readonly CartLineView[]): Subtotal[] {
  const totals = new Map<CurrencyCode, number>()
  for (const line of lines) {
    const { product, variant, unitPrice } = line
    if (!product || !variant || !unitPrice || product.deletedAt !== null || variant.stock <= 0) continue
    totals.set(unitPrice.currency, (totals.get(unitPrice.currency) ?? 0) + unitPrice.amount * line.quantity)
  }
  return [...totals].map(([currency, amount]) => ({ currency, amount }))
}

export type CartTax = { readonly rate: number; readonly amount: number }

/**
 * The tax the cart's items contain, where the market's prices include it (VAT, consumption tax) at
 * the destination's rate; null where tax is added at checkout (`exclusive`: shown there, as the
 * shipping method and address it depends on are known only then). The rule is the checkout's
 * (`includedTax`, on the whole, round half up), so the cart and the checkout agree on the items.
 */
export function cartIncludedTax(itemsAfterDiscount: number, market: Market, country: string): CartTax | null {
  if (market.taxMode !== 'inclusive') return null
  const rate = vatRateOf(country)
  return { rate, amount: includedTax(itemsAfterDiscount, rate) }
}
