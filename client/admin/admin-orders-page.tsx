/**
 * `/admin/orders`: every shopper's orders, newest first, filtered by status and searched by email or
 * order number (`?status=&q=` in the URL, so a view can be linked), one page at a time with "load
 * more". A table on wide screens, stacked cards on a phone. Online only; rendered for admins by
 * require-admin.tsx, in a chunk shoppers never download.
 */
import { A, useSearchParams } from '@solidjs/router'
import { batch, createEffect, createSignal, For, type JSX, on, Show } from 'solid-js'
import type { AdminOrderSummary } from '../../shared/orders/admin-order.ts'
import { type OrderStatus, orderStatuses } from '../../shared/orders/order-status.ts'
import { ApiError, getJson } from '../platform/api-client.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { Price } from '../ui/price.tsx'
import { AdminI18nProvider, useAdminI18n } from './admin-i18n.tsx'
import { AdminNav } from './admin-nav.tsx'
import { parseAdminOrderPage } from './admin-order-parsers.ts'
import { OrderStatusBadge } from './admin-order-status.tsx'
import './admin-orders.css'

type Filter = { readonly status: string; readonly q: string }

/** The page, rendered once its admin catalog (an `admin-*` chunk) has loaded. */
export function AdminOrdersPage(): JSX.Element {
  return (
    <AdminI18nProvider>
      <OrderList />
    </AdminI18nProvider>
  )
}

function OrderList(): JSX.Element {
  const { t } = useAdminI18n()
  useDocumentTitle(() => t('admin.orders.title'))
  const [params, setParams] = useSearchParams<{ status?: string; q?: string }>()
  const filter = (): Filter => ({ status: params.status ?? '', q: params.q ?? '' })
  const list = createOrderList()
  createEffect(on(filter, (current) => list.reload(current)))
  // The URL drives the list; submitting the same filter again reloads it (new orders since).
  const show = (next: Filter) => {
    if (next.status === filter().status && next.q === filter().q) void list.reload(next)
    else setParams({ status: next.status || undefined, q: next.q || undefined })
  }

  return (
    <section class="admin-orders" aria-labelledby="admin-orders-title" aria-busy={list.loading()}>
      <AdminNav />
      <h1 id="admin-orders-title">{t('admin.orders.title')}</h1>
      <FilterForm filter={filter()} onSubmit={show} />
      <Show when={list.error()}>
        {(message) => (
          <p class="notice" role="alert">
            {message()}
          </p>
        )}
      </Show>
      <Show when={list.loaded()} fallback={<Loading />}>
        <Show when={list.orders().length > 0} fallback={<Show when={!list.error()}>{t('admin.orders.empty')}</Show>}>
          <OrderTable orders={list.orders()} />
          <OrderCards orders={list.orders()} />
        </Show>
        <p class="visually-hidden" role="status">
          {t('admin.orders.shown', { count: list.orders().length })}
        </p>
        <Show when={list.nextCursor()}>
          <p class="load-more">
            <button type="button" class="button" disabled={list.loading()} onClick={() => void list.loadMore()}>
              {list.loading() ? t('admin.orders.loading') : t('admin.orders.loadMore')}
            </button>
          </p>
        </Show>
      </Show>
    </section>
  )
}

function Loading(): JSX.Element {
  const { t } = useAdminI18n()
  return (
    <p class="notice" role="status">
      {t('admin.orders.loading')}
    </p>
  )
}

/**
 * The pages loaded so far for one filter. A new filter starts over; an answer for an older filter
 * (the admin changed it meanwhile) is dropped, so pages of two filters never mix.
 */
function createOrderList() {
  const { t } = useAdminI18n()
  const [orders, setOrders] = createSignal<readonly AdminOrderSummary[]>([])
  const [nextCursor, setNextCursor] = createSignal<string | null>(null)
  const [loaded, setLoaded] = createSignal(false)
  const [loading, setLoading] = createSignal(false)
  const [error, setError] = createSignal<string | null>(null)
  let current: Filter = { status: '', q: '' }
  let generation = 0

  async function fetchPage(cursor: string | null, append: boolean): Promise<void> {
    const mine = ++generation
    setLoading(true)
    setError(null)
    const query = new URLSearchParams()
    if (current.status) query.set('status', current.status)
    if (current.q) query.set('q', current.q)
    if (cursor) query.set('cursor', cursor)
    try {
      const page = await getJson(`/api/admin/orders?${query}`, parseAdminOrderPage)
      if (mine !== generation) return
      batch(() => {
        setOrders((before) => (append ? [...before, ...page.orders] : page.orders))
        setNextCursor(page.nextCursor)
        setLoaded(true)
      })
    } catch (failure) {
      if (mine !== generation) return
      if (!(failure instanceof ApiError)) console.error('loading admin orders failed', failure)
      setError(t(failure instanceof ApiError ? `errors.${failure.code}` : 'errors.INTERNAL'))
      setLoaded(true)
    } finally {
      if (mine === generation) setLoading(false)
    }
  }

  return {
    orders,
    nextCursor,
    loaded,
    loading,
    error,
    reload(filter: Filter) {
      current = filter
      batch(() => {
        setOrders([])
        setNextCursor(null)
        setLoaded(false)
      })
      return fetchPage(null, false)
    },
    async loadMore() {
      const before = orders().length
      await fetchPage(nextCursor(), true)
      focusOrderAt(before)
    },
  }
}

/** Keyboard and screen reader users continue at the first order just loaded, not at the page top. */
function focusOrderAt(index: number): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('.admin-orders [data-order-link]')].filter(
    (link) => link.offsetParent !== null,
  )
  links[index]?.focus()
}

function FilterForm(props: { readonly filter: Filter; readonly onSubmit: (filter: Filter) => void }): JSX.Element {
  const { t } = useAdminI18n()
  let statusSelect: HTMLSelectElement | undefined
  let searchInput: HTMLInputElement | undefined
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    props.onSubmit({ status: statusSelect?.value ?? '', q: searchInput?.value.trim() ?? '' })
  }
  return (
    <form class="admin-orders__filters" aria-label={t('admin.orders.filters')} onSubmit={submit}>
      <div class="field">
        <label for="admin-orders-status">{t('admin.orders.statusFilter')}</label>
        <select ref={statusSelect} id="admin-orders-status" name="status">
          <option value="" selected={props.filter.status === ''}>
            {t('admin.orders.allStatuses')}
          </option>
          <For each={orderStatuses}>
            {(status: OrderStatus) => (
              <option value={status} selected={props.filter.status === status}>
                {t(`admin.orders.status.${status}`)}
              </option>
            )}
          </For>
        </select>
      </div>
      <div class="field admin-orders__search">
        <label for="admin-orders-q">{t('admin.orders.search')}</label>
        <input
          ref={searchInput}
          id="admin-orders-q"
          name="q"
          type="search"
          maxlength="254"
          autocomplete="off"
          value={props.filter.q}
          aria-describedby="admin-orders-q-hint"
        />
        <p id="admin-orders-q-hint" class="field__hint">
          {t('admin.orders.searchHint')}
        </p>
      </div>
      <button type="submit" class="button button--primary">
        {t('admin.orders.apply')}
      </button>
    </form>
  )
}

function OrderTable(props: { readonly orders: readonly AdminOrderSummary[] }): JSX.Element {
  const { t, formatDate, formatNumber } = useAdminI18n()
  return (
    <table class="admin-orders__table" aria-labelledby="admin-orders-title">
      <thead>
        <tr>
          <th scope="col">{t('admin.orders.column.number')}</th>
          <th scope="col">{t('admin.orders.column.date')}</th>
          <th scope="col">{t('admin.orders.column.email')}</th>
          <th scope="col">{t('admin.orders.column.status')}</th>
          <th scope="col" class="admin-orders__figure">
            {t('admin.orders.column.items')}
          </th>
          <th scope="col" class="admin-orders__figure">
            {t('admin.orders.column.total')}
          </th>
          <th scope="col" class="admin-orders__figure">
            {t('admin.orders.column.refunded')}
          </th>
        </tr>
      </thead>
      <tbody>
        <For each={props.orders}>
          {(order) => (
            <tr>
              <th scope="row">
                <A href={`/admin/orders/${order.id}`} data-order-link>
                  {t('admin.orders.number', { number: order.number })}
                </A>
              </th>
              <td>{formatDate(order.createdAt)}</td>
              <td class="admin-orders__email">{order.email}</td>
              <td>
                <OrderStatusBadge status={order.status} />
              </td>
              <td class="admin-orders__figure">{formatNumber(order.itemCount)}</td>
              <td class="admin-orders__figure">
                <Price amount={order.total} currency={order.currency} />
              </td>
              <td class="admin-orders__figure">
                <Show when={order.refundedTotal > 0} fallback="–">
                  <Price amount={order.refundedTotal} currency={order.currency} />
                </Show>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  )
}

/** The phone layout: one card per order, the same facts as a row of the table. */
function OrderCards(props: { readonly orders: readonly AdminOrderSummary[] }): JSX.Element {
  const { t, formatDate } = useAdminI18n()
  return (
    <ul class="admin-orders__cards" aria-labelledby="admin-orders-title">
      <For each={props.orders}>
        {(order) => (
          <li class="admin-order-card">
            <p class="admin-order-card__head">
              <A href={`/admin/orders/${order.id}`} data-order-link>
                {t('admin.orders.number', { number: order.number })}
              </A>
              <OrderStatusBadge status={order.status} />
            </p>
            <p class="admin-order-card__email">{order.email}</p>
            <p class="admin-order-card__meta">
              <span>{formatDate(order.createdAt)}</span>
              <span>{t('admin.orders.itemCount', { count: order.itemCount })}</span>
              <Price amount={order.total} currency={order.currency} />
            </p>
            <Show when={order.refundedTotal > 0}>
              <p class="admin-order-card__meta">
                {t('admin.orders.refundedLabel')} <Price amount={order.refundedTotal} currency={order.currency} />
              </p>
            </Show>
          </li>
        )}
      </For>
    </ul>
  )
}
