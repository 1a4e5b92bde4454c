/**
 * The order summary beside every checkout step and the payment: lines with their options, then
 * items, shipping, tax (with its rate, from the first step on) and total. A sidebar on a wide screen;
 * on a phone a closed `<details>` above the form that shows the total ("Show order summary · €123").
 * Both are rendered; CSS shows one (display: none takes the other out of the accessibility tree).
 */
import { createSignal, For, type JSX, Show } from 'solid-js'
import { describeOptions } from '../../shared/catalog/variant.ts'
import { type CheckoutTotals, taxRateBasisPoints } from '../../shared/checkout/checkout-totals.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import type { Order } from '../../shared/orders/order.ts'
import { useI18n } from '../platform/i18n.tsx'
import { Price } from '../ui/price.tsx'
import { type SummaryRow, summaryRows, type TaxShown, taxShown } from './order-summary-rows.ts'
import type { Review } from './review-lines.ts'

export type SummaryLine = {
  readonly key: string
  readonly name: string
  /** "Size 42 · Black"; empty for a product sold in one form. */
  readonly options: string
  readonly quantity: number
  /** Null for a line that can no longer be bought. */
  readonly amount: number | null
}

export type SummaryData = {
  readonly lines: readonly SummaryLine[]
  readonly totals: CheckoutTotals
  readonly currency: CurrencyCode
  /** The destination's tax: its rate, and whether it is added or contained in the prices. */
  readonly tax: TaxShown
  /** Last-known prices from this device (offline): marked as such. */
  readonly lastKnown: boolean
  /** The title of the discount in the totals, or null. */
  readonly discountTitle: string | null
}

export function summaryOfReview(review: Review, tax: TaxShown): SummaryData {
  return {
    lines: review.lines.map((line) => ({
      key: line.variantId,
      name: line.name,
      options: line.options,
      quantity: line.quantity,
      amount: line.status === 'unavailable' ? null : line.unitPrice * line.quantity,
    })),
    totals: review.totals,
    currency: review.currency,
    tax,
    lastKnown: review.lastKnown,
    discountTitle: review.discountTitle ?? null,
  }
}

/** The placed order, as the payment step shows it (its exclusive tax rate from the shared table). */
export function summaryOfOrder(order: Order): SummaryData {
  return {
    lines: order.lines.map((line) => ({
      key: line.variantId,
      name: line.name,
      options: describeOptions(line.options),
      quantity: line.quantity,
      amount: line.lineTotal,
    })),
    totals: order.totals,
    currency: order.currency,
    tax: taxShown(order.totals, order.currency, order.shippingAddress.country, taxRateBasisPoints),
    lastKnown: false,
    discountTitle: order.discount?.title ?? null,
  }
}

export function OrderSummary(props: { readonly summary: SummaryData | undefined }): JSX.Element {
  const { t } = useI18n()
  const [open, setOpen] = createSignal(false)
  return (
    <>
      <details class="order-summary order-summary--collapsible" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary class="order-summary__toggle">
          <span>{open() ? t('checkout.summary.hide') : t('checkout.summary.show')}</span>
          <Show when={props.summary}>
            {(summary) => (
              <span class="order-summary__toggle-total">
                <span aria-hidden="true">· </span>
                <Price amount={summary().totals.total} currency={summary().currency} lastKnown={summary().lastKnown} />
              </span>
            )}
          </Show>
        </summary>
        <SummaryBody summary={props.summary} />
      </details>
      <aside class="order-summary order-summary--sidebar" aria-labelledby="order-summary-title">
        <h2 id="order-summary-title">{t('checkout.summary.title')}</h2>
        <SummaryBody summary={props.summary} />
      </aside>
    </>
  )
}

function SummaryBody(props: { readonly summary: SummaryData | undefined }): JSX.Element {
  const { t } = useI18n()
  return (
    <Show
      when={props.summary}
      fallback={<div class="skeleton skeleton--lines" role="progressbar" aria-label={t('checkout.quoting')} />}
    >
      {(summary) => (
        <div class="order-summary__body">
          <ul class="order-summary__lines" aria-label={t('checkout.items')}>
            <For each={summary().lines}>
              {(line) => (
                <li class="order-summary__line">
                  <span class="order-summary__name">
                    {t('checkout.lineQuantity', { quantity: line.quantity, name: line.name })}
                    <Show when={line.options}>
                      <span class="order-summary__options">{line.options}</span>
                    </Show>
                  </span>
                  <Show when={line.amount !== null} fallback={<span>{t('checkout.lineUnavailable')}</span>}>
                    <Price amount={line.amount ?? 0} currency={summary().currency} />
                  </Show>
                </li>
              )}
            </For>
          </ul>
          <dl class="order-summary__totals">
            <For each={summaryRows(summary().totals, summary().tax, summary().discountTitle)}>
              {(row) => <TotalRow row={row} summary={summary()} />}
            </For>
          </dl>
        </div>
      )}
    </Show>
  )
}

/**
 * "Tax (19% VAT)", "Tax (none for this country)", or where prices contain it "Including VAT (19%)"
 * (Japan: consumption tax): the label of the tax wherever checkout shows it.
 */
export function useTaxLabel(): (tax: TaxShown) => string {
  const { t, formatNumber } = useI18n()
  const percent = (rate: number) => formatNumber(rate / 10_000, { style: 'percent', maximumFractionDigits: 2 })
  return (tax) => {
    if (tax.mode === 'inclusive') return t(`checkout.totals.taxIncluded.${tax.kind}`, { rate: percent(tax.rate) })
    return tax.rate > 0 ? t('checkout.totals.taxRate', { rate: percent(tax.rate) }) : t('checkout.totals.taxNone')
  }
}

function TotalRow(props: { readonly row: SummaryRow; readonly summary: SummaryData }): JSX.Element {
  const { t } = useI18n()
  const taxLabel = useTaxLabel()
  // The tax names its rate from the first step on, so the total at the end holds no surprise.
  const label = (): string => {
    const row = props.row
    switch (row.kind) {
      case 'items':
        return t('checkout.totals.items')
      case 'discount':
        return t('discount.line', { title: row.title })
      case 'shipping':
        return t('checkout.totals.shipping')
      case 'tax':
        return taxLabel(row.tax)
      case 'total':
        return t('checkout.totals.total')
    }
  }
  return (
    <div class="order-summary__row" classList={{ 'order-summary__row--total': props.row.kind === 'total' }}>
      <dt>{label()}</dt>
      <dd data-testid={props.row.kind === 'total' ? 'summary-total' : undefined}>
        <Price
          amount={props.row.amount}
          currency={props.summary.currency}
          lastKnown={props.summary.lastKnown}
          negative={props.row.kind === 'discount'}
        />
      </dd>
    </div>
  )
}
