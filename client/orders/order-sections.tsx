/** The sections of the order page: lines and totals, payment, shipping, tracking, refunds, status history. */

import { A } from '@solidjs/router'
import { For, type JSX, Show } from 'solid-js'
import { describeOptions } from '../../shared/catalog/variant.ts'
import { vatRateOf } from '../../shared/markets/tax-rates.ts'
import { trackingUrl } from '../../shared/orders/carrier-tracking.ts'
import type { Order } from '../../shared/orders/order.ts'
import { AddressLines } from '../checkout/address-lines.tsx'
import { useTaxLabel } from '../checkout/order-summary.tsx'
import type { TaxShown } from '../checkout/order-summary-rows.ts'
import { paymentFailureMessage } from '../checkout/payment-failure.ts'
import { type MessageId, useI18n } from '../platform/i18n.tsx'
import { Price } from '../ui/price.tsx'
import { orderStatusLabels, paymentStatusLabels, refundStatusLabels, shippingMethodLabels } from './order-labels.ts'
import { createReviewSlugs, WriteReviewLink } from './order-review-links.tsx'
import { canPayNow, statusTimeline } from './order-view.ts'

type SectionProps = { readonly order: Order }

/** The checkout's payment step (client/checkout/payment-page.tsx). */
export function paymentPath(orderId: string): string {
  return `/checkout/pay/${orderId}`
}

export function OrderLines(props: SectionProps): JSX.Element {
  const { t } = useI18n()
  const currency = () => props.order.currency
  const taxLabel = useTaxLabel()
  // Prices that contained the tax (VAT, consumption tax): the total, then the part of it that is tax.
  const includedTax = (): TaxShown | undefined => {
    if (props.order.taxMode !== 'inclusive') return undefined
    const country = props.order.shippingAddress.country
    return { mode: 'inclusive', rate: vatRateOf(country), kind: country === 'JP' ? 'consumption' : 'vat' }
  }
  const reviewSlugs = createReviewSlugs(() => props.order)
  return (
    <section class="order__section" aria-labelledby="order-items-title">
      <h2 id="order-items-title">{t('orders.items')}</h2>
      <ul class="order-lines">
        <For each={props.order.lines}>
          {(line) => (
            <li class="order-line">
              <span class="order-line__name">
                {line.name}
                <Show when={line.options.length > 0}>
                  <span class="order-line__options">{describeOptions(line.options)}</span>
                </Show>
              </span>
              <span class="order-line__quantity">
                {t('orders.line.quantity', { count: line.quantity })}{' '}
                <Price amount={line.unitPrice} currency={currency()} />
              </span>
              <span class="order-line__total">
                <span class="visually-hidden">{t('orders.line.total')}: </span>
                <Price amount={line.lineTotal} currency={currency()} />
              </span>
              <WriteReviewLink slug={reviewSlugs().get(line.productId)} product={line.name} />
            </li>
          )}
        </For>
      </ul>
      <dl class="order-totals">
        <TotalRow label={t('orders.totals.items')} amount={props.order.totals.items} currency={currency()} />
        <Show when={props.order.discount}>
          {(discount) => (
            <TotalRow
              label={t('discount.line', { title: discount().code ?? discount().title })}
              amount={discount().amount}
              currency={currency()}
              negative
            />
          )}
        </Show>
        <TotalRow label={t('orders.totals.shipping')} amount={props.order.totals.shipping} currency={currency()} />
        <Show when={!includedTax()}>
          <TotalRow label={t('orders.totals.tax')} amount={props.order.totals.tax} currency={currency()} />
        </Show>
        <TotalRow label={t('orders.totals.total')} amount={props.order.totals.total} currency={currency()} strong />
        <Show when={includedTax()}>
          {(tax) => <TotalRow label={taxLabel(tax())} amount={props.order.totals.tax} currency={currency()} />}
        </Show>
        <Show when={props.order.refundedTotal > 0}>
          <TotalRow label={t('orders.totals.refunded')} amount={props.order.refundedTotal} currency={currency()} />
        </Show>
      </dl>
    </section>
  )
}

function TotalRow(props: {
  readonly label: string
  readonly amount: number
  readonly currency: Order['currency']
  readonly strong?: boolean
  readonly negative?: boolean
}): JSX.Element {
  return (
    <div class="order-totals__row" classList={{ 'order-totals__row--strong': props.strong === true }}>
      <dt>{props.label}</dt>
      <dd>
        <Price amount={props.amount} currency={props.currency} negative={props.negative === true} />
      </dd>
    </div>
  )
}

export function OrderPayment(props: SectionProps): JSX.Element {
  const { t, formatDate } = useI18n()
  const payment = () => props.order.payment
  const expiresAt = () => props.order.reservationExpiresAt
  const statusLabel = (): MessageId => {
    const status = payment().status
    return status === null ? 'orders.payment.none' : paymentStatusLabels[status]
  }
  return (
    <section class="order__section" aria-labelledby="order-payment-title">
      <h2 id="order-payment-title">{t('orders.payment.title')}</h2>
      <p class="order__payment-status">{t(statusLabel())}</p>
      <Show when={props.order.status === 'payment_failed'}>
        <p class="order__problem">{t(paymentFailureMessage(payment().failureReason))}</p>
      </Show>
      <Show when={canPayNow(props.order, new Date()) && expiresAt()}>
        {(until) => (
          <div class="order__pay">
            <p>{t('orders.payment.reservedUntil', { time: formatDate(until(), { timeStyle: 'short' }) })}</p>
            <A class="button button--primary" href={paymentPath(props.order.id)}>
              {t(props.order.status === 'payment_failed' ? 'orders.payment.retry' : 'orders.payment.payNow')}
            </A>
          </div>
        )}
      </Show>
    </section>
  )
}

export function OrderShipping(props: SectionProps): JSX.Element {
  const { t, locale } = useI18n()
  const address = () => props.order.shippingAddress
  return (
    <section class="order__section" aria-labelledby="order-shipping-title">
      <h2 id="order-shipping-title">{t('orders.shipping.title')}</h2>
      <div class="order-shipping">
        <AddressLines address={address()} locale={locale()} class="order-shipping__address" />
        <p class="order-shipping__method">
          {t('orders.shipping.method', { method: t(shippingMethodLabels[props.order.shippingMethod]) })}
        </p>
      </div>
    </section>
  )
}

/** The country in the page's language; the stored code when the browser does not know it. */
export function OrderRefunds(props: SectionProps): JSX.Element {
  const { t, formatDate } = useI18n()
  return (
    <Show when={props.order.refunds.length > 0}>
      <section class="order__section" aria-labelledby="order-refunds-title">
        <h2 id="order-refunds-title">{t('orders.refunds.title')}</h2>
        <ul class="order-refunds">
          <For each={props.order.refunds}>
            {(refund) => (
              <li class="order-refund">
                <Price amount={refund.amount} currency={props.order.currency} />
                <span>{t(refundStatusLabels[refund.status])}</span>
                <time datetime={refund.createdAt}>{formatDate(refund.createdAt)}</time>
                <Show when={refund.reason}>{(reason) => <span class="order-refund__reason">{reason()}</span>}</Show>
              </li>
            )}
          </For>
        </ul>
      </section>
    </Show>
  )
}

/**
 * Carrier, tracking number and dates, once the order ships. Orders stored before tracking existed
 * have no `tracking` field at all: treated like null.
 */
export function OrderTracking(props: SectionProps): JSX.Element {
  const { t, formatDate } = useI18n()
  const date = (iso: string) => <time datetime={iso}>{formatDate(iso, { dateStyle: 'long', timeStyle: 'short' })}</time>
  return (
    <Show when={props.order.tracking}>
      {(tracking) => (
        <section class="order__section" aria-labelledby="order-tracking-title">
          <h2 id="order-tracking-title">{t('orders.tracking.title')}</h2>
          <dl class="order-tracking">
            <dt>{t('orders.tracking.carrier')}</dt>
            <dd>{tracking().carrier}</dd>
            <dt>{t('orders.tracking.number')}</dt>
            <dd class="order-tracking__number">
              {tracking().trackingNumber}
              <Show when={trackingUrl(tracking().carrier, tracking().trackingNumber)}>
                {(url) => (
                  <>
                    {' '}
                    <a class="order-tracking__link" href={url()} rel="noopener noreferrer">
                      {t('orders.tracking.follow', { carrier: tracking().carrier })}
                    </a>
                  </>
                )}
              </Show>
            </dd>
            <dt>{t('orders.tracking.shippedAt')}</dt>
            <dd>{date(tracking().shippedAt)}</dd>
            <Show when={tracking().deliveredAt}>
              {(deliveredAt) => (
                <>
                  <dt>{t('orders.tracking.deliveredAt')}</dt>
                  <dd>{date(deliveredAt())}</dd>
                </>
              )}
            </Show>
          </dl>
        </section>
      )}
    </Show>
  )
}

/** Every status the order took, oldest first; the internal reason texts stay on the server side. */
export function OrderHistory(props: SectionProps): JSX.Element {
  const { t, formatDate } = useI18n()
  return (
    <section class="order__section" aria-labelledby="order-history-title">
      <h2 id="order-history-title">{t('orders.history.title')}</h2>
      <ol class="order-history">
        <For each={statusTimeline(props.order)}>
          {(entry) => (
            <li
              class="order-history__entry"
              classList={{ 'order-history__entry--current': entry.current }}
              aria-current={entry.current ? 'step' : undefined}
            >
              <span class="order-history__status">{t(orderStatusLabels[entry.to])}</span>
              <time class="order-history__time" datetime={entry.at}>
                {formatDate(entry.at)}
              </time>
              <Show when={entry.current}>
                <span class="order-history__now">{t('orders.history.current')}</span>
              </Show>
            </li>
          )}
        </For>
      </ol>
    </section>
  )
}
