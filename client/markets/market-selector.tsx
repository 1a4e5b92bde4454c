/**
 * The shopper's country, and with it their market (currency, tax display): the footer's selector
 * lists the countries the checkout ships to, grouped by market with its currency ("Deutschland —
 * EUR €"); `MarketLink` in the header (shown on narrow screens, where the footer is far) names the
 * current market and moves focus to it. A native select: keyboard and screen readers work as they do
 * everywhere, and it fits a 360 px screen. server/pages/shop-views.ts renders the same markup.
 */
import { For, type JSX } from 'solid-js'
import { shippingCountries } from '../../shared/checkout/checkout-options.ts'
import { currencySymbol, marketsWithCountries } from '../../shared/markets/market-choice.ts'
import { useI18n } from '../platform/i18n.tsx'
import { useMarket } from './market-context.tsx'

/** Id of the footer's select: the header link's target. */
export const marketSelectId = 'market-select'

export function MarketSelector(): JSX.Element {
  const { t, locale } = useI18n()
  const market = useMarket()
  const names = () => new Intl.DisplayNames([locale()], { type: 'region' })
  const groups = marketsWithCountries(shippingCountries)
  return (
    <div class="footer-setting">
      <label class="footer-setting__label" for={marketSelectId}>
        {t('footer.country')}
      </label>
      <select id={marketSelectId} onChange={(event) => market.choose(event.currentTarget.value)}>
        <For each={groups}>
          {(group) => (
            <optgroup
              label={t('market.group', {
                market: t(`market.name.${group.market.id}`),
                currency: group.market.currency,
              })}
            >
              <For each={group.countries}>
                {(code) => (
                  <option value={code} selected={code === market.choice().country}>
                    {t('market.countryOption', {
                      country: names().of(code) ?? code,
                      currency: group.market.currency,
                      symbol: currencySymbol(locale(), group.market.currency),
                    })}
                  </option>
                )}
              </For>
            </optgroup>
          )}
        </For>
      </select>
    </div>
  )
}

/**
 * The header's way to the selector: the market's currency code, short enough for a phone's header;
 * its accessible name says the country and the currency, and starts from the same code.
 */
export function MarketLink(): JSX.Element {
  const { t, locale } = useI18n()
  const market = useMarket()
  const currency = () => market.choice().market.currency
  const country = () => new Intl.DisplayNames([locale()], { type: 'region' }).of(market.choice().country)
  return (
    <a
      class="header-link market-link"
      href={`#${marketSelectId}`}
      // Holds the visible code too, so a voice command naming the link finds it.
      aria-label={t('market.headerLink', { country: country() ?? market.choice().country, currency: currency() })}
      on:click={(event) => {
        // Focus the select itself (a fragment would only scroll): the next key press changes it.
        event.preventDefault()
        const select = document.getElementById(marketSelectId)
        select?.scrollIntoView({ block: 'center' })
        select?.focus()
      }}
    >
      {currency()}
    </a>
  )
}
