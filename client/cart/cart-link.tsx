import { A } from '@solidjs/router'
import type { JSX } from 'solid-js'
import { useI18n } from '../platform/i18n.tsx'
import { useShopper } from './shopper-context.tsx'

/** The header's cart link; its accessible name carries the count ("Cart, 3 items"). */
export function CartLink(): JSX.Element {
  const { t } = useI18n()
  const shopper = useShopper()
  const count = () => shopper.view().itemCount
  return (
    <A class="header-link" href="/cart">
      <span class="visually-hidden">{t('nav.cartWithCount', { count: count() })}</span>
      <span aria-hidden="true">{t('nav.cart')}</span>
      <span class="header-link__count" aria-hidden="true">
        {count()}
      </span>
    </A>
  )
}
