import { For, type JSX } from 'solid-js'
import { shopPolicyMessages } from '../../shared/i18n/policy-messages.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import { defaultShopPolicies, type ShopPolicies } from '../../shared/shop/shop-policies.ts'
import { useI18n } from '../platform/i18n.tsx'
import { documentPageData } from '../platform/page-data.ts'

/**
 * The product page's "Shipping & returns": a closed disclosure, one line per promise (as
 * server/pages/catalog-views.ts renders it). The promises are the ones the server put in this
 * document's product page data, else the shop's defaults (offline, or a visit that began elsewhere).
 */
export function ShippingReturns(props: { readonly currency: CurrencyCode }): JSX.Element {
  const { t, formatPrice } = useI18n()
  const lines = () =>
    shopPolicyMessages(shopPolicies(), props.currency, (amount) => formatPrice(amount, props.currency))
  return (
    <details class="policies">
      <summary class="policies__summary">{t('product.shippingReturns')}</summary>
      <ul class="policies__list">
        <For each={lines()}>{(line) => <li>{t(line.id, line.values)}</li>}</For>
      </ul>
    </details>
  )
}

function shopPolicies(): ShopPolicies {
  const data = documentPageData()
  return data?.page === 'product' ? data.policies : defaultShopPolicies
}
