import { createEffect, createSignal, type JSX, on } from 'solid-js'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import { useI18n } from '../platform/i18n.tsx'
import { QuantitySelect } from './quantity-select.tsx'
import { useShopper } from './shopper-context.tsx'

/**
 * The product page's cart control for the chosen variant: choose a quantity, put it in the cart (or
 * set the line to it when the variant is already there). Works offline: the change waits in the
 * outbox. While an option is not chosen (`variant` undefined) the button says what to choose
 * (`prompt`) and asks for it (`onPrompt`) instead of doing nothing; a sold-out variant cannot be added.
 */
export function AddToCart(props: {
  readonly product: Product
  readonly variant: ProductVariant | undefined
  readonly prompt?: string
  readonly onPrompt?: () => void
}): JSX.Element {
  const { t } = useI18n()
  const shopper = useShopper()
  const inCart = () => (props.variant ? shopper.quantityOf(props.variant.id) : 0)
  const [chosen, setChosen] = createSignal<number | null>(null)
  createEffect(
    on(
      () => props.variant?.id,
      () => setChosen(null),
      { defer: true },
    ),
  )
  const quantity = () => chosen() ?? Math.max(inCart(), 1)
  const stock = () => props.variant?.stock ?? 0
  const soldOut = () => props.variant !== undefined && stock() <= 0
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const variant = props.variant
    if (!variant) {
      props.onPrompt?.()
      return
    }
    void shopper.addToCart(props.product.id, variant.id, quantity()).then(() => setChosen(null))
  }
  return (
    <form class="add-to-cart" onSubmit={submit}>
      <QuantitySelect
        id={`quantity-${props.product.id}`}
        label={t('cart.quantity')}
        value={quantity()}
        stock={stock()}
        disabled={soldOut() || !props.variant}
        visibleLabel
        onChange={setChosen}
      />
      <button type="submit" class="button button--primary" disabled={soldOut()}>
        {props.variant ? (inCart() > 0 ? t('cart.update') : t('cart.add')) : (props.prompt ?? t('cart.add'))}
      </button>
      {/* Always there, empty until the variant is in the cart: its line is kept, so adding moves nothing. */}
      <p class="add-to-cart__note">{inCart() > 0 ? t('cart.inCart', { count: inCart() }) : ''}</p>
    </form>
  )
}
