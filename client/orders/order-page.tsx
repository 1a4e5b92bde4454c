/**
 * `/orders/:id`: one order from Dexie — so it shows offline once this device has seen it — refreshed
 * from the server when the page opens online. `?placed=1` (the checkout's last step) adds the thank-you
 * banner. An order this device never stored says so offline, and "not found" once the server says so.
 */
import { A, useParams, useSearchParams } from '@solidjs/router'
import { For, type JSX, Match, Show, Switch } from 'solid-js'
import { messageParts } from '../../shared/i18n/message-parts.ts'
import type { Order } from '../../shared/orders/order.ts'
import { orderNumberOf } from '../../shared/orders/order-number.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import {
  OrderHistory,
  OrderLines,
  OrderPayment,
  OrderRefunds,
  OrderShipping,
  OrderTracking,
} from './order-sections.tsx'
import { OrderStatusBadge } from './order-status-badge.tsx'
import { readOrder, refreshOrder } from './orders-store.ts'
import { PushOptIn } from './push-opt-in.tsx'
import { RefreshFailed } from './refresh-failed.tsx'
import { failureOf, useRefresh } from './use-refresh.ts'
import './orders.css'

export function OrderPage(): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const params = useParams<{ id: string }>()
  const [search] = useSearchParams<{ placed?: string }>()
  const stored = createLiveQuery(() => {
    const id = params.id
    return () => readOrder(db, id)
  })
  // The live query keeps the previous order while the next id's first result is on its way.
  const order = () => {
    const current = stored.value()
    return current?.id === params.id ? current : undefined
  }
  const lookup = useRefresh(() => {
    const id = params.id
    return () => refreshOrder(db, id)
  })
  const waiting = () => {
    const state = lookup()
    return !stored.ready() || state.status === 'loading' || (state.status === 'done' && state.value === 'found')
  }
  const notFound = () => {
    const state = lookup()
    return state.status === 'done' && state.value === 'not_found'
  }
  useDocumentTitle(() => {
    const current = order()
    return current ? t('orders.number', { number: orderNumberOf(current) }) : t('orders.title')
  })

  return (
    <section class="order" aria-labelledby="order-title">
      <Switch>
        <Match when={order()}>{(current) => <OrderDetails order={current()} placed={search.placed === '1'} />}</Match>
        <Match when={notFound()}>
          <div class="notice-page">
            <h1 id="order-title">{t('errors.NOT_FOUND')}</h1>
            <p>{t('orders.notFound')}</p>
            <A class="button button--primary" href="/orders">
              {t('orders.all')}
            </A>
          </div>
        </Match>
        <Match when={waiting()}>
          <h1 id="order-title" class="visually-hidden">
            {t('orders.title')}
          </h1>
          <div class="skeleton skeleton--lines" role="progressbar" aria-busy="true" aria-label={t('orders.title')} />
        </Match>
        <Match when={failureOf(lookup())}>
          {(code) => (
            <>
              <h1 id="order-title">{t('orders.title')}</h1>
              <RefreshFailed code={code()} offlineText={t('orders.offline.order')} />
            </>
          )}
        </Match>
      </Switch>
    </section>
  )
}

function OrderDetails(props: { readonly order: Order; readonly placed: boolean }): JSX.Element {
  const { t, formatDate } = useI18n()
  const { network } = useOffline()
  const number = () => orderNumberOf(props.order)
  return (
    <>
      <p class="order__back">
        <A href="/orders">{t('orders.all')}</A>
      </p>
      <Show when={props.placed}>
        <div class="order-placed">
          <p class="order-placed__title">
            {/* The number in one piece: broken at its hyphen, a right-to-left line shows it jumbled. */}
            <For each={messageParts((values) => t('orders.placed.title', values), ['number'])}>
              {(part) => (part.slot ? <bdi class="order-number">{number()}</bdi> : part.text)}
            </For>
          </p>
          <p>{t('orders.placed.email', { email: props.order.email })}</p>
        </div>
        <PushOptIn />
      </Show>
      <header class="order__header">
        <h1 id="order-title">{t('orders.number', { number: number() })}</h1>
        <OrderStatusBadge status={props.order.status} />
      </header>
      <p class="order__placed-on">
        {t('orders.placedOn', { date: formatDate(props.order.createdAt, { dateStyle: 'long', timeStyle: 'short' }) })}
      </p>
      <Show when={!network.isOnline()}>
        <p class="notice">{t('orders.offline.copy')}</p>
      </Show>
      <OrderLines order={props.order} />
      <OrderPayment order={props.order} />
      <OrderShipping order={props.order} />
      <OrderTracking order={props.order} />
      <OrderRefunds order={props.order} />
      <OrderHistory order={props.order} />
    </>
  )
}
