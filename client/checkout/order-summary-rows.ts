/**
 * The totals rows of the checkout's order summary, in order. A row is data (what it is and its
 * amount), so a further row — a discount — is one more entry here and one label in the component.
 */
import type { CheckoutTotals } from '../../shared/checkout/checkout-totals.ts'

export type SummaryRow =
  | { readonly kind: 'items'; readonly amount: number }
  | { readonly kind: 'shipping'; readonly amount: number }
  /** `rate` in basis points (1900 = 19 %); 0 where the destination is untaxed. */
  | { readonly kind: 'tax'; readonly amount: number; readonly rate: number }
  | { readonly kind: 'total'; readonly amount: number }

export function summaryRows(totals: CheckoutTotals, taxRate: number): SummaryRow[] {
  return [
    { kind: 'items', amount: totals.items },
    { kind: 'shipping', amount: totals.shipping },
    { kind: 'tax', amount: totals.tax, rate: taxRate },
    { kind: 'total', amount: totals.total },
  ]
}
