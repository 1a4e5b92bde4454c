/**
 * A toast on any page when the shop moves one of the shopper's orders on (issue 6): the event
 * stream's order pokes refresh the stored orders (sync-engine.ts), and this compares each new
 * Dexie result with the previous one — so every open tab announces it, the leader and the others.
 */
import { useNavigate } from '@solidjs/router'
import { createEffect, createSignal, For, type JSX } from 'solid-js'
import type { Order } from '../../shared/orders/order.ts'
import { orderNumberOf } from '../../shared/orders/order-number.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { type MessageId, useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { Toast } from '../ui/toast.tsx'
import { type OrderChange, type OrderSnapshot, orderChanges, snapshotOrders } from './order-changes.ts'

const toastLifetimeMs = 10_000

const messages = {
  fulfilling: 'orders.changed.fulfilling',
  shipped: 'orders.changed.shipped',
  delivered: 'orders.changed.delivered',
  canceled: 'orders.changed.canceled',
  refunded: 'orders.changed.refunded',
  partially_refunded: 'orders.changed.partially_refunded',
  tracking: 'orders.changed.tracking',
} as const satisfies Record<OrderChange['change'], MessageId>

export function OrderChangeToasts(): JSX.Element {
  const { t } = useI18n()
  const { db } = useOffline()
  const navigate = useNavigate()
  const [shown, setShown] = createSignal<readonly OrderChange[]>([])
  const stored = createLiveQuery(() => () => db.orders.toArray())
  let previous: OrderSnapshot | undefined

  createEffect(() => {
    const orders: readonly Order[] | undefined = stored.value()
    if (!orders) return
    if (previous) for (const change of orderChanges(previous, orders)) show(change)
    previous = snapshotOrders(orders)
  })

  function show(change: OrderChange): void {
    // One toast per order: the latest news replaces the earlier one.
    setShown((list) => [...list.filter((c) => c.orderId !== change.orderId), change])
    setTimeout(() => dismiss(change), toastLifetimeMs)
  }

  function dismiss(change: OrderChange): void {
    setShown((list) => list.filter((c) => c !== change))
  }

  return (
    <For each={shown()}>
      {(change) => (
        <Toast
          message={t(messages[change.change], { number: orderNumberOf({ id: change.orderId, number: change.number }) })}
          actionLabel={t('orders.changed.view')}
          onAction={() => {
            dismiss(change)
            navigate(`/orders/${encodeURIComponent(change.orderId)}`)
          }}
          onDismiss={() => dismiss(change)}
        />
      )}
    </For>
  )
}
