/**
 * Step 3: the order as it will be placed — the server's prices, stock and totals (or, offline, this
 * device's last-known ones, marked as such), with every change since the shopper last saw the cart
 * called out: "was X, now Y", fewer in stock, no longer sold. The quote comes from the steps
 * (checkout-quote.ts), which price the order summary with it from the first step on.
 */
import { A } from '@solidjs/router'
import { createSignal, For, type JSX, Match, Show, Switch } from 'solid-js'
import { messageParts } from '../../shared/i18n/message-parts.ts'
import { DiscountCodeField } from '../discounts/discount-code-field.tsx'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { Price } from '../ui/price.tsx'
import type { CheckoutQuoteState } from './checkout-quote.ts'
import { useTaxLabel } from './order-summary.tsx'
import type { TaxShown } from './order-summary-rows.ts'
import { canPlaceOrder, type Review, type ReviewLine } from './review-lines.ts'

export function ReviewStep(props: {
  readonly quote: CheckoutQuoteState
  /** How the review's tax reads (its rate, added or included), as in the order summary. */
  readonly taxOf: (review: Review) => TaxShown
  readonly placeError: string | null
  readonly onPlaceOrder: () => Promise<void>
}): JSX.Element {
  const { t } = useI18n()
  const { network } = useOffline()
  const [placing, setPlacing] = createSignal(false)
  const review = () => props.quote.review()
  const refusal = () => {
    const reason = props.quote.discountRefusal()
    return reason ? t(`errors.${reason}`) : null
  }

  async function place(): Promise<void> {
    setPlacing(true)
    try {
      await props.onPlaceOrder()
    } finally {
      setPlacing(false)
    }
  }

  return (
    <div aria-busy={props.quote.loading()}>
      <Show when={props.quote.errorCode()}>
        {(code) => (
          <p class="notice" role="alert">
            {t(`errors.${code()}`)}
          </p>
        )}
      </Show>
      <Show
        when={review()}
        fallback={<div class="skeleton skeleton--lines" role="progressbar" aria-label={t('checkout.quoting')} />}
      >
        {(current) => (
          <>
            <ReviewSummary review={current()} tax={props.taxOf(current())} />
            <DiscountCodeField id="checkout-discount-code" refusal={refusal()} />
            <Show when={!canPlaceOrder(current().lines)}>
              <p class="notice" role="alert">
                {t('checkout.fixCart')} <A href="/cart">{t('checkout.backToCart')}</A>
              </p>
            </Show>
            <Show when={!network.isOnline()}>
              <p class="notice">{t('checkout.offlineNote')}</p>
            </Show>
            <Show when={props.placeError}>
              <p class="notice" role="alert">
                {props.placeError}
              </p>
            </Show>
            <button
              type="button"
              class="button button--primary checkout__place"
              disabled={placing() || !canPlaceOrder(current().lines)}
              onClick={() => void place()}
            >
              {placing() ? t('checkout.placing') : t('checkout.placeOrder')}
            </button>
          </>
        )}
      </Show>
    </div>
  )
}

function ReviewSummary(props: { readonly review: Review; readonly tax: TaxShown }): JSX.Element {
  const { t } = useI18n()
  const taxLabel = useTaxLabel()
  return (
    <>
      <Show when={props.review.lastKnown}>
        <p class="notice">{t('checkout.reviewLastKnown')}</p>
      </Show>
      <ul class="checkout__lines" aria-label={t('checkout.items')}>
        <For each={props.review.lines}>
          {(line) => <ReviewLineItem line={line} currency={props.review.currency} lastKnown={props.review.lastKnown} />}
        </For>
      </ul>
      <dl class="checkout__totals">
        <TotalRow label={t('checkout.totals.items')} amount={props.review.totals.items} review={props.review} />
        <Show when={props.review.totals.discount > 0}>
          <TotalRow
            label={t('discount.line', { title: props.review.discountTitle ?? '' })}
            amount={props.review.totals.discount}
            review={props.review}
            negative
            testId="checkout-discount"
          />
        </Show>
        <TotalRow label={t('checkout.totals.shipping')} amount={props.review.totals.shipping} review={props.review} />
        <Show when={props.tax.mode === 'exclusive'}>
          <TotalRow label={taxLabel(props.tax)} amount={props.review.totals.tax} review={props.review} />
        </Show>
        <TotalRow
          label={t('checkout.totals.total')}
          amount={props.review.totals.total}
          review={props.review}
          strong
          testId="checkout-total"
        />
        {/* Prices that contain the tax: the total holds it, so it is said after the total. */}
        <Show when={props.tax.mode === 'inclusive'}>
          <TotalRow label={taxLabel(props.tax)} amount={props.review.totals.tax} review={props.review} />
        </Show>
      </dl>
    </>
  )
}

function ReviewLineItem(props: {
  readonly line: ReviewLine
  readonly currency: Review['currency']
  readonly lastKnown: boolean
}): JSX.Element {
  const { t } = useI18n()
  const changed = () => props.line.previousPrice !== null || props.line.status !== 'ok'
  return (
    <li class="checkout__line" classList={{ 'checkout__line--changed': changed() }}>
      <span class="checkout__line-name">
        {t('checkout.lineQuantity', { quantity: props.line.quantity, name: props.line.name })}
        <Show when={props.line.options}>
          <span class="checkout__line-options">{props.line.options}</span>
        </Show>
      </span>
      <Show when={props.line.status !== 'unavailable'}>
        <span class="checkout__line-price">
          <Price amount={props.line.unitPrice * props.line.quantity} currency={props.currency} />
        </span>
      </Show>
      <Switch>
        <Match when={props.line.status === 'unavailable'}>
          <p class="checkout__line-change">{t('checkout.lineUnavailable')}</p>
        </Match>
        <Match when={props.line.status === 'limited'}>
          <p class="checkout__line-change">{t('checkout.lineLimited', { count: props.line.inStock })}</p>
        </Match>
      </Switch>
      <Show when={props.line.previousPrice !== null}>
        <p class="checkout__line-change">
          <For each={messageParts((values) => t('checkout.priceChanged', values), ['was', 'now'])}>
            {(part) =>
              part.slot ? (
                <Price
                  amount={part.slot === 'was' ? (props.line.previousPrice ?? 0) : props.line.unitPrice}
                  currency={props.currency}
                />
              ) : (
                part.text
              )
            }
          </For>
        </p>
      </Show>
    </li>
  )
}

function TotalRow(props: {
  readonly label: string
  readonly amount: number
  readonly review: Review
  readonly strong?: boolean
  readonly testId?: string
  readonly negative?: boolean
}): JSX.Element {
  return (
    <div class="checkout__total-row" classList={{ 'checkout__total-row--grand': props.strong === true }}>
      <dt>{props.label}</dt>
      <dd data-testid={props.testId}>
        <Price
          amount={props.amount}
          currency={props.review.currency}
          lastKnown={props.review.lastKnown}
          negative={props.negative === true}
        />
      </dd>
    </div>
  )
}
