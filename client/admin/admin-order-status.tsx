/** An order's status as a coloured badge with its translated name (the colour only repeats the text). */
import type { JSX } from 'solid-js'
import type { OrderStatus } from '../../shared/orders/order-status.ts'
import { useAdminI18n } from './admin-i18n.tsx'

export function OrderStatusBadge(props: { readonly status: OrderStatus }): JSX.Element {
  const { t } = useAdminI18n()
  return <span class={`admin-status admin-status--${props.status}`}>{t(`admin.orders.status.${props.status}`)}</span>
}
