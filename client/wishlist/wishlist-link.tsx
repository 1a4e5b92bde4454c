import { A } from '@solidjs/router'
import type { JSX } from 'solid-js'
import { useShopper } from '../cart/shopper-context.tsx'
import { useI18n } from '../platform/i18n.tsx'

/** The header's wishlist link; its accessible name carries the count. */
export function WishlistLink(): JSX.Element {
  const { t } = useI18n()
  const shopper = useShopper()
  const count = () => shopper.view().wishlist.length
  return (
    <A class="header-link" href="/wishlist">
      <span class="visually-hidden">{t('nav.wishlistWithCount', { count: count() })}</span>
      <span aria-hidden="true">{t('nav.wishlist')}</span>
      <span class="header-link__count" aria-hidden="true">
        {count()}
      </span>
    </A>
  )
}
