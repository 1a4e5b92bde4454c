/**
 * `/admin/dashboard`: today's orders and revenue (UTC day), orders per minute, active carts and low
 * stock, kept live by the server's `dashboard` events. Rendered for admins by require-admin.tsx, in
 * a chunk shoppers never download.
 */
import { A } from '@solidjs/router'
import { createSignal, For, type JSX, onCleanup, onMount, Show } from 'solid-js'
import { type DashboardSnapshot, dashboardEvent, lowStockThreshold } from '../../shared/admin/dashboard.ts'
import { describeOptions } from '../../shared/catalog/variant.ts'
import { useDocumentTitle } from '../platform/document-title.ts'
import { Price } from '../ui/price.tsx'
import { OrdersPerMinuteChart } from './admin-dashboard-chart.tsx'
import { parseDashboardSnapshot } from './admin-dashboard-parsers.ts'
import './admin-dashboard.css'
import { AdminI18nProvider, useAdminI18n } from './admin-i18n.tsx'
import { AdminNav } from './admin-nav.tsx'

const streamPath = '/api/admin/dashboard/stream'
const retryBaseMs = 1000
const retryMaxMs = 30_000

/** The page, rendered once its admin catalog (an `admin-*` chunk) has loaded. */
export function AdminDashboardPage(): JSX.Element {
  return (
    <AdminI18nProvider>
      <DashboardPage />
    </AdminI18nProvider>
  )
}

type StreamState = 'connecting' | 'live' | 'reconnecting'

const streamStateMessages = {
  connecting: 'admin.dashboard.connecting',
  live: 'admin.dashboard.live',
  reconnecting: 'admin.dashboard.reconnecting',
} as const satisfies Record<StreamState, string>

function DashboardPage(): JSX.Element {
  const { t } = useAdminI18n()
  useDocumentTitle(() => t('admin.dashboard.title'))
  const [snapshot, setSnapshot] = createSignal<DashboardSnapshot>()
  const [state, setState] = createSignal<StreamState>('connecting')
  onMount(() => {
    const stream = openDashboardStream({ onSnapshot: setSnapshot, onState: setState })
    onCleanup(stream.close)
  })

  return (
    <section class="admin-dashboard" aria-labelledby="admin-dashboard-title">
      <AdminNav />
      <h1 id="admin-dashboard-title">{t('admin.dashboard.title')}</h1>
      <p class="admin-dashboard__status" role="status">
        {t(streamStateMessages[state()])}
      </p>
      <Show when={snapshot()}>{(current) => <Dashboard snapshot={current()} />}</Show>
    </section>
  )
}

function Dashboard(props: { readonly snapshot: DashboardSnapshot }): JSX.Element {
  const { t, formatNumber } = useAdminI18n()
  return (
    <>
      <dl class="admin-dashboard__cards">
        <div>
          <dt>{t('admin.dashboard.ordersToday')}</dt>
          <dd data-testid="orders-today">{formatNumber(props.snapshot.ordersToday)}</dd>
        </div>
        <div>
          <dt>{t('admin.dashboard.revenueToday')}</dt>
          <dd>
            <Show when={props.snapshot.revenueToday.length > 0} fallback={formatNumber(0)}>
              <For each={props.snapshot.revenueToday}>
                {(row) => (
                  <span class="admin-dashboard__revenue">
                    <Price amount={row.amount} currency={row.currency} />
                  </span>
                )}
              </For>
            </Show>
          </dd>
        </div>
        <div>
          <dt>{t('admin.dashboard.activeCarts')}</dt>
          <dd>{formatNumber(props.snapshot.activeCarts)}</dd>
        </div>
        <div>
          <dt>{t('admin.reviews.dashboardPending')}</dt>
          <dd>
            <A href="/admin/reviews" data-testid="pending-reviews">
              {t('admin.reviews.dashboardLink', { count: props.snapshot.pendingReviews })}
            </A>
          </dd>
        </div>
      </dl>
      <p class="admin-dashboard__hint">{t('admin.dashboard.utcHint')}</p>
      <h2>{t('admin.dashboard.ordersPerMinute')}</h2>
      <OrdersPerMinuteChart minutes={props.snapshot.ordersPerMinute} />
      <h2>{t('admin.dashboard.lowStock', { threshold: lowStockThreshold })}</h2>
      <Show when={props.snapshot.lowStock.length > 0} fallback={<p>{t('admin.dashboard.noLowStock')}</p>}>
        <ul class="admin-dashboard__low-stock">
          <For each={props.snapshot.lowStock}>
            {(variant) => (
              <li>
                <span class="admin-dashboard__variant">
                  {/* The inventory's search matches SKUs, so the link opens this one variant's product. */}
                  <A href={`/admin/inventory?lowStock=1&q=${encodeURIComponent(variant.sku)}`}>{variant.name}</A>
                  <Show when={variant.options.length > 0}>
                    <span>{describeOptions(variant.options)}</span>
                  </Show>
                  <span class="admin-dashboard__sku">{t('admin.dashboard.sku', { sku: variant.sku })}</span>
                </span>
                <span>{t('admin.dashboard.stockLeft', { stock: variant.stock })}</span>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </>
  )
}

/**
 * The dashboard's EventSource. The browser retries a dropped connection by itself; an answer it
 * gives up on (CLOSED: a 5xx, a restart mid-handshake) is retried here with a growing delay.
 */
function openDashboardStream(handlers: {
  readonly onSnapshot: (snapshot: DashboardSnapshot) => void
  readonly onState: (state: StreamState) => void
}) {
  let source: EventSource | undefined
  let retryTimer: ReturnType<typeof setTimeout> | undefined
  let failures = 0
  let closed = false

  const connect = () => {
    const current = new EventSource(streamPath)
    source = current
    current.addEventListener('open', () => {
      failures = 0
      handlers.onState('live')
    })
    current.addEventListener(dashboardEvent, (message: MessageEvent<string>) => {
      try {
        handlers.onSnapshot(parseDashboardSnapshot(JSON.parse(message.data)))
      } catch (error) {
        console.error('dashboard stream: malformed snapshot', error)
      }
    })
    current.addEventListener('error', () => {
      handlers.onState('reconnecting')
      if (current.readyState === EventSource.CLOSED && !closed) scheduleReconnect()
    })
  }

  const scheduleReconnect = () => {
    failures += 1
    const delay = Math.min(retryBaseMs * 2 ** (failures - 1), retryMaxMs)
    retryTimer = setTimeout(connect, delay)
  }

  connect()
  return {
    close() {
      closed = true
      clearTimeout(retryTimer)
      source?.close()
    },
  }
}
