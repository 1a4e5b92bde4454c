/**
 * The totals rows of the checkout's order summary, in order. A row is data (what it is and its
 * amount), so a further row — a discount — is one more entry here and one label in the component.
 */
import type { CheckoutTotals } from '../../shared/checkout/checkout-totals.ts'
import { marketOfCountry, type TaxMode } from '../../shared/markets/market.ts'
import { vatRateOf } from '../../shared/markets/tax-rates.ts'
import type { CurrencyCode } from '../../shared/money.ts'

/**
 * How the figures' tax reads: added on top (`exclusive`, "Tax (19% VAT)") or contained in the prices
 * (`inclusive`, "Including VAT (19%)", after the total). `kind` names the tax Japan calls
 * consumption tax. `rate` in basis points (1900 = 19 %); 0 where the destination is untaxed.
 */
export type TaxShown = { readonly mode: TaxMode; readonly rate: number; readonly kind: 'vat' | 'consumption' }

/**
 * The tax of figures the server (or this device) computed for `country` in `currency`. Read from
 * the figures themselves where they tell — a total without the tax on top contains it — so a quote
 * or order priced before markets (tax added to US dollars) reads as it was computed; a tax of 0
 * tells nothing, and the market of the country and currency decides.
 */
export function taxShown(
  totals: CheckoutTotals,
  currency: CurrencyCode,
  country: string,
  exclusiveRates: Readonly<Record<string, number>>,
): TaxShown {
  const market = marketOfCountry(country)
  const kind = market.id === 'jp' ? 'consumption' : 'vat'
  const taxable = totals.items + totals.shipping - totals.discount
  const included =
    totals.tax > 0 ? totals.total === taxable : market.taxMode === 'inclusive' && market.currency === currency
  return included
    ? { mode: 'inclusive', rate: vatRateOf(country), kind }
    : { mode: 'exclusive', rate: exclusiveRates[country.toUpperCase()] ?? 0, kind }
}

export type SummaryRow =
  | { readonly kind: 'items'; readonly amount: number }
  /** Subtracted: shown as a negative amount, with the title of the code or promotion. */
  | { readonly kind: 'discount'; readonly amount: number; readonly title: string }
  | { readonly kind: 'shipping'; readonly amount: number }
  /** Added before the total (`exclusive`), or the part of the total that is tax, after it (`inclusive`). */
  | { readonly kind: 'tax'; readonly amount: number; readonly tax: TaxShown }
  | { readonly kind: 'total'; readonly amount: number }

export function summaryRows(totals: CheckoutTotals, tax: TaxShown, discountTitle: string | null = null): SummaryRow[] {
  const taxRow: SummaryRow = { kind: 'tax', amount: totals.tax, tax }
  const total: SummaryRow = { kind: 'total', amount: totals.total }
  return [
    { kind: 'items', amount: totals.items },
    ...(totals.discount > 0
      ? [{ kind: 'discount' as const, amount: totals.discount, title: discountTitle ?? '' }]
      : []),
    { kind: 'shipping', amount: totals.shipping },
    ...(tax.mode === 'inclusive' ? [total, taxRow] : [taxRow, total]),
  ]
}
