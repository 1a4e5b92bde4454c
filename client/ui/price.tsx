import { type JSX, Show } from 'solid-js'
import type { CurrencyCode } from '../../shared/money.ts'
import { useI18n } from '../platform/i18n.tsx'

/**
 * The one way a price reaches the screen: minor units in, the current locale's currency format out.
 * server/pages/catalog-views.ts (`priceHtml`) renders the same markup for the first view.
 */
export function Price(props: {
  readonly amount: number
  readonly currency: CurrencyCode
  /** Shown from the offline copy: mark it, since the server re-prices at checkout (DESIGN §3). */
  readonly lastKnown?: boolean
  /** The lowest of several prices (variants that differ): "From $49.00". */
  readonly from?: boolean
  /** The price before a sale, shown struck through after the price. */
  readonly compareAt?: number | null
  /** An amount taken off (a discount): shown with a minus sign in the locale's format. */
  readonly negative?: boolean
}): JSX.Element {
  const { t, formatPrice } = useI18n()
  const amount = () => formatPrice(props.negative ? -props.amount : props.amount, props.currency)
  return (
    <span class="price">
      <span class="price__amount">{props.from ? t('price.from', { price: amount() }) : amount()}</span>
      <Show when={props.compareAt}>
        {(was) => (
          <s class="price__was">
            <span class="visually-hidden">{t('price.was')} </span>
            {formatPrice(was(), props.currency)}
          </s>
        )}
      </Show>
      <Show when={props.lastKnown}>
        <span class="price__note">{t('price.lastKnown')}</span>
      </Show>
    </span>
  )
}
