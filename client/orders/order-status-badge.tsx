import type { JSX } from 'solid-js'
import type { OrderStatus } from '../../shared/orders/order-status.ts'
import { useI18n } from '../platform/i18n.tsx'
import { orderStatusLabels, orderStatusTones } from './order-labels.ts'

/** The order's status as a coloured pill; the colour repeats the text, it never replaces it. */
export function OrderStatusBadge(props: { readonly status: OrderStatus }): JSX.Element {
  const { t } = useI18n()
  return (
    <span class={`order-status order-status--${orderStatusTones[props.status]}`}>
      {t(orderStatusLabels[props.status])}
    </span>
  )
}
