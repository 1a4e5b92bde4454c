import type { JSX } from 'solid-js'
import { useI18n } from '../platform/i18n.tsx'
import { useMarket } from './market-context.tsx'

/**
 * "Prices in euros (EUR) for Germany" near a cart total: the currency the order will be in is
 * known before checkout, and the country that decides it can be changed (the footer's selector,
 * or the checkout's address).
 */
export function PricesInNote(): JSX.Element {
  const { t, locale } = useI18n()
  const market = useMarket()
  const text = () => {
    const currency = market.market().currency
    const currencyName = new Intl.DisplayNames([locale()], { type: 'currency' }).of(currency) ?? currency
    const country = market.choice().country
    return t('market.pricesIn', {
      currency: `${currencyName} (${currency})`,
      country: new Intl.DisplayNames([locale()], { type: 'region' }).of(country) ?? country,
    })
  }
  return (
    <p class="cart-summary__note" data-testid="market-note">
      {text()}
    </p>
  )
}
