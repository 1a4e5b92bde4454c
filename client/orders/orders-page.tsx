/**
 * `/orders`: the shopper's orders, newest first, from Dexie — so the list shows offline with the
 * time it was last fetched — refreshed from the server whenever the page opens online.
 */
import { A } from '@solidjs/router'
import { For, type JSX, Match, Show, Switch } from 'solid-js'
import type { Order } from '../../shared/orders/order.ts'
import { orderNumberOf } from '../../shared/orders/order-number.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { Price } from '../ui/price.tsx'
import { OrderStatusBadge } from './order-status-badge.tsx'
import { itemCount } from './order-view.ts'
import { readOrdersNewestFirst, readOrdersSyncedAt, refreshOrders } from './orders-store.ts'
import { RefreshFailed } from './refresh-failed.tsx'
import { failureOf, useRefresh } from './use-refresh.ts'
import './orders.css'

export function OrdersPage(): JSX.Element {
  const { t, formatDate, formatRelativeTime } = useI18n()
  const { db, network } = useOffline()
  const orders = createLiveQuery(() => () => readOrdersNewestFirst(db), [])
  const syncedAt = createLiveQuery(() => () => readOrdersSyncedAt(db), null)
  const refresh = useRefresh(() => () => refreshOrders(db))
  useDocumentTitle(() => t('orders.title'))

  return (
    <section class="orders" aria-labelledby="orders-title">
      <h1 id="orders-title">{t('orders.title')}</h1>
      <Show when={!network.isOnline() && syncedAt.value()}>
        {(time) => (
          <p class="notice" title={formatDate(time())}>
            {t('orders.lastUpdated', { ago: formatRelativeTime(time()) })}
          </p>
        )}
      </Show>
      <Switch>
        <Match when={orders.value().length > 0}>
          <ul class="order-list">
            <For each={orders.value()}>{(order) => <OrderCard order={order} />}</For>
          </ul>
        </Match>
        <Match when={!orders.ready() || !syncedAt.ready() || refresh().status === 'loading'}>
          <div class="skeleton skeleton--lines" role="progressbar" aria-busy="true" aria-label={t('orders.title')} />
        </Match>
        <Match when={syncedAt.value() !== null || refresh().status === 'done'}>
          <div class="notice-page">
            <p>{t('orders.empty')}</p>
            <A class="button button--primary" href="/">
              {t('cart.continueShopping')}
            </A>
          </div>
        </Match>
        <Match when={failureOf(refresh())}>
          {(code) => <RefreshFailed code={code()} offlineText={t('orders.offline.list')} />}
        </Match>
      </Switch>
    </section>
  )
}

function OrderCard(props: { readonly order: Order }): JSX.Element {
  const { t, formatDate } = useI18n()
  return (
    <li>
      <A class="order-card" href={`/orders/${props.order.id}`}>
        <span class="order-card__number">{t('orders.number', { number: orderNumberOf(props.order) })}</span>
        <OrderStatusBadge status={props.order.status} />
        <span class="order-card__meta">
          <time datetime={props.order.createdAt}>{formatDate(props.order.createdAt, { dateStyle: 'medium' })}</time>
          <span aria-hidden="true"> · </span>
          <span>{t('orders.itemCount', { count: itemCount(props.order) })}</span>
        </span>
        <span class="order-card__total">
          <span class="visually-hidden">{t('orders.totals.total')}: </span>
          <Price amount={props.order.totals.total} currency={props.order.currency} />
        </span>
      </A>
    </li>
  )
}
