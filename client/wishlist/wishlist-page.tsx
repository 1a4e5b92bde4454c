import { A } from '@solidjs/router'
import { For, type JSX, Match, Show, Switch } from 'solid-js'
import { useShopper } from '../cart/shopper-context.tsx'
import type { WishlistItemView } from '../cart/shopper-view.ts'
import { ProductImage } from '../catalog/product-image.tsx'
import { useOffline } from '../offline/offline-context.tsx'
import { useDocumentTitle } from '../platform/document-title.ts'
import { useI18n } from '../platform/i18n.tsx'
import { CatalogPrice } from '../ui/price.tsx'

/** Saved products, each with "move to cart" and "remove"; works offline like the cart. */
export function WishlistPage(): JSX.Element {
  const { t } = useI18n()
  const shopper = useShopper()
  const items = () => shopper.view().wishlist
  useDocumentTitle(() => t('wishlist.title'))

  return (
    <section class="wishlist" aria-labelledby="wishlist-title">
      <h1 id="wishlist-title">{t('wishlist.title')}</h1>
      <Switch>
        <Match when={!shopper.ready()}>
          <div class="skeleton skeleton--lines" role="progressbar" aria-busy="true" aria-label={t('wishlist.title')} />
        </Match>
        <Match when={items().length === 0}>
          <div class="notice-page">
            <p>{t('wishlist.empty')}</p>
            <A class="button button--primary" href="/">
              {t('cart.continueShopping')}
            </A>
          </div>
        </Match>
        <Match when={true}>
          <ul class="cart-lines">
            <For each={items()}>{(item) => <WishlistRow item={item} />}</For>
          </ul>
        </Match>
      </Switch>
    </section>
  )
}

function WishlistRow(props: { readonly item: WishlistItemView }): JSX.Element {
  const { t } = useI18n()
  const { network } = useOffline()
  const shopper = useShopper()
  const name = () => props.item.product?.name ?? props.item.productId
  const image = () => props.item.product?.images[0]
  const buyable = () => (props.item.product?.stock ?? 0) > 0 && props.item.product?.deletedAt === null
  // A product sold in several sizes or colours moves to the cart from its page, where one is chosen.
  const onlyVariant = () => (props.item.product?.variants.length === 1 ? props.item.product.variants[0] : undefined)
  return (
    <li class="cart-line">
      <Show when={image()} fallback={<span class="cart-line__image cart-line__image--empty" />}>
        {(img) => <ProductImage class="cart-line__image" image={img()} alt="" sizes="5rem" />}
      </Show>
      <div class="cart-line__details">
        <Show when={props.item.product} fallback={<span class="cart-line__name">{name()}</span>}>
          {(product) => (
            <>
              <A class="cart-line__name" href={`/p/${product().slug}`}>
                {product().name}
              </A>
              <CatalogPrice source={product()} lastKnown={!network.isOnline()} />
            </>
          )}
        </Show>
        <Show when={!buyable()}>
          <p class="cart-line__problem">{props.item.product ? t('stock.out') : t('cart.unavailable')}</p>
        </Show>
      </div>
      <div class="cart-line__controls">
        <div class="cart-line__buttons">
          <Show
            when={onlyVariant() || !props.item.product}
            fallback={
              <A
                class="button button--small button--primary"
                href={`/p/${props.item.product?.slug}`}
                aria-label={t('product.chooseOptionsNamed', { name: name() })}
              >
                {t('product.chooseOptions')}
              </A>
            }
          >
            <button
              type="button"
              class="button button--small button--primary"
              aria-label={t('wishlist.moveToCartNamed', { name: name() })}
              disabled={!buyable()}
              onClick={() => {
                const variant = onlyVariant()
                if (variant) void shopper.moveToCart(props.item.productId, variant.id)
              }}
            >
              {t('wishlist.moveToCart')}
            </button>
          </Show>
          <button
            type="button"
            class="button button--small"
            aria-label={t('wishlist.removeNamed', { name: name() })}
            onClick={() => void shopper.toggleWishlist(props.item.productId)}
          >
            {t('cart.remove')}
          </button>
        </div>
      </div>
    </li>
  )
}
