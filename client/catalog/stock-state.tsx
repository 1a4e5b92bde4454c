import type { JSX } from 'solid-js'
import { stockLevel } from '../../shared/catalog/stock-level.ts'
import { useI18n } from '../platform/i18n.tsx'

export { lowStockThreshold } from '../../shared/catalog/stock-level.ts'

export function StockState(props: { readonly stock: number }): JSX.Element {
  const { t } = useI18n()
  const state = () => stockLevel(props.stock)
  return (
    <span class={`stock stock--${state()}`}>
      {state() === 'out' ? t('stock.out') : state() === 'low' ? t('stock.low', { count: props.stock }) : t('stock.in')}
    </span>
  )
}
