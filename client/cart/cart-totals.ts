import type { CurrencyCode } from '../../shared/money.ts'
import type { CartLineView } from './shopper-view.ts'

export type Subtotal = { readonly amount: number; readonly currency: CurrencyCode }

/**
 * Sum of unit price × quantity in integer minor units, one total per currency (the demo catalog has
 * one; a total never adds two currencies). Lines without a sellable variant are left out: they will
 * not be charged. The server recomputes everything at checkout (DESIGN §3).
 */
export function cartSubtotals(lines: readonly CartLineView[]): Subtotal[] {
  const totals = new Map<CurrencyCode, number>()
  for (const line of lines) {
    const { product, variant } = line
    if (!product || !variant || product.deletedAt !== null || variant.stock <= 0) continue
    totals.set(product.currency, (totals.get(product.currency) ?? 0) + variant.price * line.quantity)
  }
  return [...totals].map(([currency, amount]) => ({ currency, amount }))
}
