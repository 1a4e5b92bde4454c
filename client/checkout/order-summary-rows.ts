/**
 * The totals rows of the checkout's order summary, in order. A row is data (what it is and its
 * amount), so a further row — a discount — is one more entry here and one label in the component.
 */
import type { CheckoutTotals } from '../../shared/checkout/checkout-totals.ts'

export type SummaryRow =
  | { readonly kind: 'items'; readonly amount: number }
  /** Subtracted: shown as a negative amount, with the title of the code or promotion. */
  | { readonly kind: 'discount'; readonly amount: number; readonly title: string }
  | { readonly kind: 'shipping'; readonly amount: number }
  /** `rate` in basis points (1900 = 19 %); 0 where the destination is untaxed. */
  | { readonly kind: 'tax'; readonly amount: number; readonly rate: number }
  | { readonly kind: 'total'; readonly amount: number }

export function summaryRows(
  totals: CheckoutTotals,
  taxRate: number,
  discountTitle: string | null = null,
): SummaryRow[] {
  return [
    { kind: 'items', amount: totals.items },
    ...(totals.discount > 0
      ? [{ kind: 'discount' as const, amount: totals.discount, title: discountTitle ?? '' }]
      : []),
    { kind: 'shipping', amount: totals.shipping },
    { kind: 'tax', amount: totals.tax, rate: taxRate },
    { kind: 'total', amount: totals.total },
  ]
}
