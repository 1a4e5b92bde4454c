import { type JSX, Show } from 'solid-js'
import { taxKindOf } from '../../shared/markets/market.ts'
import type { PricedOffer, PricedProduct } from '../../shared/markets/price-in-market.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import { useMarket } from '../markets/market-context.tsx'
import { useI18n } from '../platform/i18n.tsx'

/** Shared with the server's pages (shared/markets/market.ts); imported from here by the cart. */
export { taxKindOf }

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

/**
 * A catalog price — a product ("from" its lowest variant) or one variant with its product's
 * currency — in the shopper's market (shared/markets/price-in-market.ts): the one way a catalog
 * price reaches the screen, so a market or rates change re-prices every card, page and line.
 */
export function CatalogPrice(props: {
  readonly source: PricedOffer | PricedProduct
  readonly lastKnown?: boolean
  /** Also "From …" (a search hit knows its variants differ without listing them). */
  readonly from?: boolean
  /** Show the converted price before a sale (a product page); cards leave it out. */
  readonly withCompareAt?: boolean
}): JSX.Element {
  const market = useMarket()
  const price = () => market.price(props.source)
  return (
    <Price
      amount={price().amount}
      currency={price().currency}
      from={price().from || props.from === true}
      compareAt={props.withCompareAt ? price().compareAt : null}
      lastKnown={props.lastKnown}
    />
  )
}

/** "incl. VAT" (Japan: "incl. consumption tax") where the market's prices contain the tax; else nothing. */
export function TaxIncludedNote(): JSX.Element {
  const { t } = useI18n()
  const market = useMarket()
  return (
    <Show when={market.market().taxMode === 'inclusive'}>
      <span class="tax-note">{t(`market.taxIncluded.${taxKindOf(market.market().id)}`)}</span>
    </Show>
  )
}
