/**
 * `/admin/orders/:id`: one order in full for the admin — what was bought, the totals with refunds,
 * the payment and its attempts, where it ships, every status it took and every refund — and an
 * actions section (fulfil, ship, deliver, cancel: admin-order-actions.tsx; refund). Online only.
 */

import { A, useParams } from '@solidjs/router'
import { createResource, createSignal, For, type JSX, Match, Show, Switch } from 'solid-js'
import { describeOptions } from '../../shared/catalog/variant.ts'
import { type AdminOrder, remainingRefundable } from '../../shared/orders/admin-order.ts'
import { orderNumberOf } from '../../shared/orders/order-number.ts'
import { canTransition } from '../../shared/orders/order-status.ts'
import { ApiError, getJson } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { Price } from '../ui/price.tsx'
import { AdminI18nProvider, useAdminI18n } from './admin-i18n.tsx'
import { AdminNav } from './admin-nav.tsx'
import { hasOrderActions, OrderActions } from './admin-order-actions.tsx'
import { OrderStatusBadge } from './admin-order-status.tsx'
import { RefundForm } from './admin-refund-form.tsx'
import './admin-orders.css'
import { AddressLines } from '../checkout/address-lines.tsx'
import { parseAdminOrder } from './admin-order-parsers.ts'

/** The page, rendered once its admin catalog (an `admin-*` chunk) has loaded. */
export function AdminOrderPage(): JSX.Element {
  return (
    <AdminI18nProvider>
      <OrderDetailsPage />
    </AdminI18nProvider>
  )
}

function OrderDetailsPage(): JSX.Element {
  const { t } = useAdminI18n()
  const params = useParams<{ id: string }>()
  const [order, { refetch }] = createResource(
    () => params.id,
    (id) => getJson(`/api/admin/orders/${encodeURIComponent(id)}`, parseAdminOrder),
  )
  // The number is known once the order is loaded; until then the page is simply "Orders".
  const heading = () => {
    const current = latest()
    return current ? t('admin.orders.number', { number: orderNumberOf(current) }) : t('admin.orders.title')
  }
  useDocumentTitle(heading)
  // `latest` keeps the page (and the refund form's state) on screen while a refresh runs.
  const latest = () => (order.error ? undefined : order.latest)
  const errorCode = () => (order.error instanceof ApiError ? order.error.code : 'INTERNAL')

  return (
    <section class="admin-order" aria-labelledby="admin-order-title" aria-busy={order.loading}>
      <AdminNav />
      <p>
        <A href="/admin/orders">{t('admin.orders.back')}</A>
      </p>
      <h1 id="admin-order-title">{heading()}</h1>
      <Switch>
        <Match when={order.error}>
          <p class="notice" role="alert">
            {errorCode() === 'NOT_FOUND' || errorCode() === 'INVALID_INPUT'
              ? t('admin.orders.notFound')
              : t(`errors.${errorCode()}`)}
          </p>
        </Match>
        <Match when={latest()}>
          {(current) => <OrderDetails order={current()} onChanged={() => void refetch()} />}
        </Match>
        <Match when={true}>
          <p class="notice" role="status">
            {t('admin.orders.loadingOne')}
          </p>
        </Match>
      </Switch>
    </section>
  )
}

function OrderDetails(props: { readonly order: AdminOrder; readonly onChanged: () => void }): JSX.Element {
  const { t, formatDate } = useAdminI18n()
  return (
    <>
      <p class="admin-order__summary">
        <OrderStatusBadge status={props.order.status} />
        <span>{t('admin.orders.placedOn', { date: formatDate(props.order.createdAt) })}</span>
        <span class="admin-orders__email">{props.order.email}</span>
      </p>
      <div class="admin-order__layout">
        <div>
          <Actions order={props.order} onChanged={props.onChanged} />
          <Lines order={props.order} />
          <Totals order={props.order} />
          <Refunds order={props.order} />
        </div>
        <div>
          <Payment order={props.order} />
          <Shipping order={props.order} />
          <History order={props.order} />
        </div>
      </div>
    </>
  )
}

/** What the admin can do with the order now; each action decides for itself when it applies. */
function Actions(props: { readonly order: AdminOrder; readonly onChanged: () => void }): JSX.Element {
  const { t } = useAdminI18n()
  const [refunded, setRefunded] = createSignal<number | null>(null)
  let done: HTMLParagraphElement | undefined
  const remaining = () => remainingRefundable(props.order)
  // The server decides in the end; the transition table tells whether offering the form makes sense.
  const refundable = () => canTransition(props.order.status, 'refunded') && remaining() > 0
  const announce = (amount: number) => {
    setRefunded(amount)
    // The confirm button just went away: continue from the confirmation instead of the page top.
    done?.focus()
  }
  return (
    <section class="admin-order__section" aria-labelledby="admin-order-actions">
      <h2 id="admin-order-actions">{t('admin.orders.actions')}</h2>
      <p class="admin-order__done" role="status" tabindex="-1" ref={done}>
        <Show when={refunded()}>
          {(amount) => (
            <>
              {t('admin.orders.refund.done')} <Price amount={amount()} currency={props.order.currency} />
            </>
          )}
        </Show>
      </p>
      <Show when={!refundable() && !hasOrderActions(props.order)}>
        <p>{t('admin.orders.noActions')}</p>
      </Show>
      <OrderActions order={props.order} onChanged={props.onChanged} />
      <Show when={refundable()}>
        <RefundForm
          orderId={props.order.id}
          email={props.order.email}
          currency={props.order.currency}
          remaining={remaining()}
          onRefunded={announce}
          onChanged={props.onChanged}
        />
      </Show>
    </section>
  )
}

function Lines(props: { readonly order: AdminOrder }): JSX.Element {
  const { t, formatNumber } = useAdminI18n()
  return (
    <div class="admin-order__section">
      <h2 id="admin-order-lines">{t('admin.orders.lines')}</h2>
      {/* Scrolls sideways on a phone; focusable and named so keyboard users can scroll it. */}
      <section class="admin-order__scroll" aria-labelledby="admin-order-lines" tabindex="0">
        <table class="admin-order__table">
          <thead>
            <tr>
              <th scope="col">{t('admin.orders.product')}</th>
              <th scope="col">{t('admin.orders.unitPrice')}</th>
              <th scope="col">{t('admin.orders.quantity')}</th>
              <th scope="col">{t('admin.orders.lineTotal')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={props.order.lines}>
              {(line) => (
                <tr>
                  <th scope="row">
                    {line.name}
                    <span class="admin-order__line-detail">
                      {[describeOptions(line.options), `${t('admin.orders.sku')} ${line.sku}`]
                        .filter(Boolean)
                        .join(' · ')}
                    </span>
                  </th>
                  <td>
                    <Price amount={line.unitPrice} currency={props.order.currency} />
                  </td>
                  <td>{formatNumber(line.quantity)}</td>
                  <td>
                    <Price amount={line.lineTotal} currency={props.order.currency} />
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </div>
  )
}

function Totals(props: { readonly order: AdminOrder }): JSX.Element {
  const { t } = useAdminI18n()
  const amount = (value: number) => <Price amount={value} currency={props.order.currency} />
  return (
    <section class="admin-order__section" aria-labelledby="admin-order-totals">
      <h2 id="admin-order-totals">{t('admin.orders.totals')}</h2>
      <dl class="admin-order__facts admin-order__facts--figures">
        <dt>{t('admin.orders.items')}</dt>
        <dd>{amount(props.order.totals.items)}</dd>
        <Show when={props.order.discount}>
          {(discount) => (
            <>
              <dt>{t('admin.discounts.orderLine', { code: discount().code ?? discount().title })}</dt>
              <dd>
                <Price amount={discount().amount} currency={props.order.currency} negative />
              </dd>
            </>
          )}
        </Show>
        <dt>{t('admin.orders.shipping')}</dt>
        <dd>{amount(props.order.totals.shipping)}</dd>
        <dt>{t('admin.orders.tax')}</dt>
        <dd>{amount(props.order.totals.tax)}</dd>
        <dt>{t('admin.orders.total')}</dt>
        <dd class="admin-order__total">{amount(props.order.totals.total)}</dd>
        <dt>{t('admin.orders.refunded')}</dt>
        <dd data-testid="refunded-total">{amount(props.order.refundedTotal)}</dd>
        <dt>{t('admin.orders.remaining')}</dt>
        <dd>{amount(remainingRefundable(props.order))}</dd>
      </dl>
    </section>
  )
}

function Refunds(props: { readonly order: AdminOrder }): JSX.Element {
  const { t, formatDate } = useAdminI18n()
  return (
    <section class="admin-order__section" aria-labelledby="admin-order-refunds">
      <h2 id="admin-order-refunds">{t('admin.orders.refunds')}</h2>
      <Show when={props.order.refunds.length > 0} fallback={<p>{t('admin.orders.noRefunds')}</p>}>
        <ul class="admin-order__list" aria-labelledby="admin-order-refunds">
          <For each={props.order.refunds}>
            {(refund) => (
              <li>
                <Price amount={refund.amount} currency={props.order.currency} />{' '}
                <span class={`admin-refund admin-refund--${refund.status}`}>
                  {t(`admin.orders.refundStatus.${refund.status}`)}
                </span>{' '}
                <time datetime={refund.createdAt}>{formatDate(refund.createdAt)}</time>
                <span class="admin-order__note">{refund.reason ?? t('admin.orders.noReason')}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}

function Payment(props: { readonly order: AdminOrder }): JSX.Element {
  const { t, formatDate } = useAdminI18n()
  const payment = () => props.order.payment
  return (
    <section class="admin-order__section" aria-labelledby="admin-order-payment">
      <h2 id="admin-order-payment">{t('admin.orders.payment')}</h2>
      <dl class="admin-order__facts">
        <dt>{t('admin.orders.provider')}</dt>
        <dd>{t(`admin.orders.provider.${payment().provider}`)}</dd>
        <dt>{t('admin.orders.paymentStatus')}</dt>
        <dd>
          <Show when={payment().status} fallback="–">
            {(status) => t(`admin.orders.paymentStatus.${status()}`)}
          </Show>
        </dd>
        <Show when={payment().failureReason}>
          <dt>{t('admin.orders.failureReason')}</dt>
          <dd>{payment().failureReason}</dd>
        </Show>
      </dl>
      <h3 id="admin-order-attempts">{t('admin.orders.attempts')}</h3>
      <Show when={props.order.paymentAttempts.length > 0} fallback={<p>{t('admin.orders.noAttempts')}</p>}>
        <ol class="admin-order__list" aria-labelledby="admin-order-attempts">
          <For each={props.order.paymentAttempts}>
            {(attempt) => (
              <li>
                <time datetime={attempt.at}>{formatDate(attempt.at)}</time>{' '}
                {t(`admin.orders.paymentStatus.${attempt.status}`)}
                <Show when={attempt.cardLast4}>
                  {(last4) => <> · {t('admin.orders.cardEnding', { last4: last4() })}</>}
                </Show>
                <Show when={attempt.failureReason}>{(reason) => <> · {reason()}</>}</Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  )
}

function Shipping(props: { readonly order: AdminOrder }): JSX.Element {
  const { t, locale } = useAdminI18n()
  const address = () => props.order.shippingAddress
  return (
    <section class="admin-order__section" aria-labelledby="admin-order-shipping">
      <h2 id="admin-order-shipping">{t('admin.orders.shippingTo')}</h2>
      <p>{t(`admin.orders.method.${props.order.shippingMethod}`)}</p>
      <AddressLines address={address()} locale={locale()} class="admin-order__address" />
    </section>
  )
}

function History(props: { readonly order: AdminOrder }): JSX.Element {
  const { t, formatDate } = useAdminI18n()
  const status = (value: AdminOrder['status']) => t(`admin.orders.status.${value}`)
  return (
    <section class="admin-order__section" aria-labelledby="admin-order-history">
      <h2 id="admin-order-history">{t('admin.orders.history')}</h2>
      <ol class="admin-order__list admin-order__timeline" aria-labelledby="admin-order-history">
        <For each={props.order.history}>
          {(entry) => (
            <li>
              <time datetime={entry.at}>{formatDate(entry.at)}</time>{' '}
              <strong>
                {entry.from && entry.from !== entry.to
                  ? t('admin.orders.historyChange', { from: status(entry.from), to: status(entry.to) })
                  : status(entry.to)}
              </strong>
              <span class="admin-order__note">{entry.reason}</span>
            </li>
          )}
        </For>
      </ol>
    </section>
  )
}
