import { type JSX, Show } from 'solid-js'
import type { CurrencyCode } from '../../shared/money.ts'
import { useI18n } from '../platform/i18n.tsx'

/** The one way a price reaches the screen: minor units in, the current locale's currency format out. */
export function Price(props: {
  readonly amount: number
  readonly currency: CurrencyCode
  /** Shown from the offline copy: mark it, since the server re-prices at checkout (DESIGN §3). */
  readonly lastKnown?: boolean
}): JSX.Element {
  const { t, formatPrice } = useI18n()
  return (
    <span class="price">
      <span class="price__amount">{formatPrice(props.amount, props.currency)}</span>
      <Show when={props.lastKnown}>
        <span class="price__note">{t('price.lastKnown')}</span>
      </Show>
    </span>
  )
}
