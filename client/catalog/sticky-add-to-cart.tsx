import { createSignal, type JSX, onCleanup, onMount, Show } from 'solid-js'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import type { MarketPriceShown } from '../../shared/markets/price-in-market.ts'
import { useShopper } from '../cart/shopper-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { Price } from '../ui/price.tsx'

/** Phones and narrow windows: the width up to which the bar is offered (as in styles.css). */
const narrowScreen = '(max-width: 48rem)'

/**
 * On a phone, once the product's own cart control has scrolled away above the screen, a bar fixed
 * at the bottom keeps the product's name, the chosen variant's price and its button at hand. The
 * button submits the page's own add-to-cart form (`actions()` holds it), so it does exactly what
 * that button does, quantity and "choose a size" prompt included. Fixed, so it moves nothing when it
 * comes and goes; not in the document while not shown, so assistive technology (and a search of
 * the page) meets the product's name, price and button once.
 * The server renders no bar: it is shown only after scrolling, long after the app took over.
 */
export function StickyAddToCart(props: {
  readonly product: Product
  readonly variant: ProductVariant | undefined
  /** The selection's price in the shopper's market (shared/markets/price-in-market.ts). */
  readonly price: MarketPriceShown
  /** What the page's button asks for while an option is not chosen ("Choose a size"). */
  readonly prompt: string | undefined
  /** The element around the page's add-to-cart form, watched for leaving the screen. */
  readonly actions: () => HTMLElement | undefined
}): JSX.Element {
  const { t } = useI18n()
  const shopper = useShopper()
  const [scrolledPast, setScrolledPast] = createSignal(false)
  const [narrow, setNarrow] = createSignal(false)
  onMount(() => {
    const target = props.actions()
    if (!target || typeof IntersectionObserver === 'undefined') return
    const media = window.matchMedia(narrowScreen)
    const onMedia = () => setNarrow(media.matches)
    onMedia()
    media.addEventListener('change', onMedia)
    // Past means above the top of the screen: a button still below the fold is one to scroll to.
    // The root reaches far below the screen, so the button leaves it only upwards, and a jump from
    // below the fold to above it (a long fling, the End key) is a change the observer reports.
    const observer = new IntersectionObserver(
      ([entry]) => {
        if (entry) setScrolledPast(!entry.isIntersecting && entry.boundingClientRect.bottom < 0)
      },
      { rootMargin: '0px 0px 100000px 0px' },
    )
    observer.observe(target)
    onCleanup(() => {
      observer.disconnect()
      media.removeEventListener('change', onMedia)
    })
  })
  const soldOut = () => props.variant !== undefined && props.variant.stock <= 0
  const label = () => {
    if (!props.variant) return props.prompt ?? t('product.chooseOptions')
    return shopper.quantityOf(props.variant.id) > 0 ? t('cart.update') : t('cart.add')
  }
  const submitMain = () => props.actions()?.querySelector<HTMLFormElement>('form.add-to-cart')?.requestSubmit()
  return (
    <Show when={narrow() && scrolledPast()}>
      <div class="sticky-cart">
        <p class="sticky-cart__summary">
          <span class="sticky-cart__name">{props.product.name}</span>
          <Price
            amount={props.price.amount}
            currency={props.price.currency}
            from={props.price.from}
            compareAt={props.price.compareAt}
          />
        </p>
        <button
          type="button"
          class="button button--primary sticky-cart__button"
          disabled={soldOut()}
          onClick={submitMain}
        >
          {label()}
        </button>
      </div>
    </Show>
  )
}
