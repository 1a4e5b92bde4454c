import { useNavigate } from '@solidjs/router'
import { type JSX, Show } from 'solid-js'
import type { Product } from '../../shared/catalog/product.ts'
import { useShopper } from '../cart/shopper-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { Price } from '../ui/price.tsx'
import { WishlistToggle } from '../wishlist/wishlist-toggle.tsx'
import { ProductImage } from './product-image.tsx'

/** Matches the grid in styles.css: 2 columns on phones, up to ~240 px per card on wide screens. */
const cardImageSizes = '(min-width: 1100px) 240px, (min-width: 640px) 30vw, 46vw'

/**
 * A link whose accessible name is the product's name, price and (if so) stock state, and beside it
 * (buttons cannot sit inside a link) "add to cart" and the wishlist toggle.
 */
export function ProductCard(props: { readonly product: Product; readonly priority?: boolean }): JSX.Element {
  const { t } = useI18n()
  const shopper = useShopper()
  const navigate = useNavigate()
  const image = () => props.product.images[0]
  return (
    <li class="product-card">
      <a class="product-card__link" href={`/p/${props.product.slug}`}>
        <Show when={image()} fallback={<span class="product-card__image product-card__image--empty" />}>
          {(img) => (
            <ProductImage
              class="product-card__image"
              image={img()}
              alt=""
              sizes={cardImageSizes}
              priority={props.priority}
            />
          )}
        </Show>
        <span class="product-card__name">{props.product.name}</span>
        <Price amount={props.product.price} currency={props.product.currency} />
        <Show when={props.product.stock <= 0}>
          <span class="stock stock--out">{t('stock.out')}</span>
        </Show>
      </a>
      <div class="product-card__actions">
        <button
          type="button"
          class="button product-card__add"
          aria-label={t('cart.addNamed', { name: props.product.name })}
          disabled={props.product.stock <= 0}
          onClick={() => {
            // A product sold in several sizes or colours is chosen on its page.
            const [only] = props.product.variants
            if (only && props.product.variants.length === 1) void shopper.addOne(props.product.id, only.id)
            else navigate(`/p/${props.product.slug}`)
          }}
        >
          {t('cart.add')}
        </button>
        <WishlistToggle product={props.product} compact />
      </div>
    </li>
  )
}
