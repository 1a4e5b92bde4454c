import { A } from '@solidjs/router'
import { For, type JSX, Show } from 'solid-js'
import type { Product } from '../../shared/catalog/product.ts'
import { colourSwatches } from '../../shared/catalog/variant-selection.ts'
import { summarizeRatings } from '../../shared/reviews/rating-summary.ts'
import { useShopper } from '../cart/shopper-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { CatalogPrice } from '../ui/price.tsx'
import { WishlistToggle } from '../wishlist/wishlist-toggle.tsx'
import { ProductImage } from './product-image.tsx'
import { RatingLine } from './rating-line.tsx'
import { Swatch } from './variant-picker.tsx'

/** Matches the grid in styles.css: 2 columns on phones, up to ~240 px per card on wide screens. */
const cardImageSizes = '(min-width: 1100px) 240px, (min-width: 640px) 30vw, 46vw'

/**
 * A link whose accessible name is the product's name, price and (if so) stock state, and beside it
 * (buttons cannot sit inside a link) "add to cart" and the wishlist toggle.
 */
export function ProductCard(props: { readonly product: Product; readonly priority?: boolean }): JSX.Element {
  const { t } = useI18n()
  const shopper = useShopper()
  const image = () => props.product.images[0]
  const onlyVariant = () => (props.product.variants.length === 1 ? props.product.variants[0] : undefined)
  return (
    <li class="product-card">
      <A class="product-card__link" href={`/p/${props.product.slug}`}>
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
        <RatingLine {...summarizeRatings(props.product.ratingCounts)} />
        <CatalogPrice source={props.product} />
        <ColourSwatches product={props.product} />
        <Show when={props.product.stock <= 0}>
          <span class="stock stock--out">{t('stock.out')}</span>
        </Show>
      </A>
      <div class="product-card__actions">
        <Show
          when={onlyVariant()}
          fallback={
            // A product sold in several sizes or colours is chosen on its page.
            <A
              class="button product-card__add"
              href={`/p/${props.product.slug}`}
              aria-label={t('product.chooseOptionsNamed', { name: props.product.name })}
            >
              {t('product.chooseOptions')}
            </A>
          }
        >
          {(variant) => (
            <button
              type="button"
              class="button product-card__add"
              aria-label={t('cart.addNamed', { name: props.product.name })}
              disabled={variant().stock <= 0}
              onClick={() => void shopper.addOne(props.product.id, variant().id)}
            >
              {t('cart.add')}
            </button>
          )}
        </Show>
        <WishlistToggle product={props.product} compact />
      </div>
    </li>
  )
}

/** Up to this many dots; the summary still counts every colour. */
const maxCardSwatches = 6

/** The colours a product comes in, as small dots; read as "4 colours", not colour by colour. */
function ColourSwatches(props: { readonly product: Product }): JSX.Element {
  const { t } = useI18n()
  const swatches = () => colourSwatches(props.product)
  return (
    <Show when={swatches().length > 1}>
      <span class="product-card__swatches">
        <For each={swatches().slice(0, maxCardSwatches)}>
          {(value) => <Swatch value={value} class="product-card__swatch" />}
        </For>
        <span class="visually-hidden">{t('product.colourCount', { count: swatches().length })}</span>
      </span>
    </Show>
  )
}
