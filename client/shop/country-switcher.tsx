import { For, type JSX } from 'solid-js'
import { shippingCountries } from '../../shared/checkout/checkout-options.ts'
import { useI18n } from '../platform/i18n.tsx'
import { chooseShippingCountry, isShippingCountry, shippingCountry } from './shipping-country.ts'

/**
 * The footer's shipping country (decision 0022), named in the shopper's language; kept on this
 * device. server/pages/page-layout.ts renders the same markup with the default country.
 */
export function CountrySwitcher(): JSX.Element {
  const { t, locale } = useI18n()
  const names = () => new Intl.DisplayNames([locale()], { type: 'region' })
  return (
    <label class="footer-setting">
      <span class="footer-setting__label">{t('footer.country')}</span>
      <select
        onChange={(event) => {
          const value = event.currentTarget.value
          if (isShippingCountry(value)) chooseShippingCountry(value)
        }}
      >
        <For each={shippingCountries}>
          {(code) => (
            <option value={code} selected={code === shippingCountry()}>
              {names().of(code) ?? code}
            </option>
          )}
        </For>
      </select>
    </label>
  )
}
