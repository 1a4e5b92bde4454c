import type { JSX } from 'solid-js'
import { useI18n } from '../platform/i18n.tsx'

/** From this many units down the page says how many are left. */
export const lowStockThreshold = 5

export function StockState(props: { readonly stock: number }): JSX.Element {
  const { t } = useI18n()
  const state = () => (props.stock <= 0 ? 'out' : props.stock <= lowStockThreshold ? 'low' : 'in')
  return (
    <span class={`stock stock--${state()}`}>
      {state() === 'out' ? t('stock.out') : state() === 'low' ? t('stock.low', { count: props.stock }) : t('stock.in')}
    </span>
  )
}
