import { type JSX, Show } from 'solid-js'
import type { Product } from '../../shared/catalog/product.ts'
import { useShopper } from '../cart/shopper-context.tsx'
import { useI18n } from '../platform/i18n.tsx'

/**
 * A toggle button (aria-pressed) that saves the product to the wishlist or takes it off. Its name
 * stays the same in both states, as toggle buttons should: the filled heart and the pressed style
 * show the state. `compact` (product cards) shows only the heart and names the product.
 */
export function WishlistToggle(props: { readonly product: Product; readonly compact?: boolean }): JSX.Element {
  const { t } = useI18n()
  const shopper = useShopper()
  const pressed = () => shopper.isWishlisted(props.product.id)
  return (
    <button
      type="button"
      class="button wishlist-toggle"
      classList={{ 'button--icon': props.compact }}
      aria-pressed={pressed()}
      aria-label={props.compact ? t('wishlist.saveNamed', { name: props.product.name }) : undefined}
      onClick={() => void shopper.toggleWishlist(props.product.id)}
    >
      <span class="wishlist-toggle__heart" aria-hidden="true">
        {pressed() ? '♥' : '♡'}
      </span>
      <Show when={!props.compact}>
        <span>{t('wishlist.save')}</span>
      </Show>
    </button>
  )
}
