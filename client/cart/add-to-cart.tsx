import { createSignal, type JSX, Show } from 'solid-js'
import type { Product } from '../../shared/catalog/product.ts'
import { defaultVariant } from '../../shared/catalog/variant.ts'
import { useI18n } from '../platform/i18n.tsx'
import { QuantitySelect } from './quantity-select.tsx'
import { useShopper } from './shopper-context.tsx'

/**
 * The product page's cart control: choose a quantity, put it in the cart (or set the line to it when
 * the product is already there). Works offline: the change waits in the outbox.
 */
export function AddToCart(props: { readonly product: Product }): JSX.Element {
  const { t } = useI18n()
  const shopper = useShopper()
  const variant = () => defaultVariant(props.product)
  const inCart = () => shopper.quantityOf(variant().id)
  const [chosen, setChosen] = createSignal<number | null>(null)
  const quantity = () => chosen() ?? Math.max(inCart(), 1)
  const soldOut = () => variant().stock <= 0
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    void shopper.setQuantity(props.product.id, variant().id, quantity()).then(() => setChosen(null))
  }
  return (
    <form class="add-to-cart" onSubmit={submit}>
      <QuantitySelect
        id={`quantity-${props.product.id}`}
        label={t('cart.quantity')}
        value={quantity()}
        stock={variant().stock}
        disabled={soldOut()}
        visibleLabel
        onChange={setChosen}
      />
      <button type="submit" class="button button--primary" disabled={soldOut()}>
        {inCart() > 0 ? t('cart.update') : t('cart.add')}
      </button>
      <Show when={inCart() > 0}>
        <p class="add-to-cart__note">{t('cart.inCart', { count: inCart() })}</p>
      </Show>
    </form>
  )
}
