/**
 * What the shopper sees after adding to the cart, wherever they added from (the shopper store's
 * `added`): a panel with the line (image, name, options, quantity and price), the cart's subtotal,
 * "View cart" and "Checkout". Non-modal: the page stays usable around it, so it does not trap focus,
 * but focus moves into it, Escape or "Close" dismisses it and focus returns to the button that added.
 * It closes on navigation. `CartAnnouncement` says the same to screen readers from the always-present
 * toast region, so the header count never changes silently. Works offline: it reads the local cart.
 */
import { A, useLocation } from '@solidjs/router'
import { createEffect, For, type JSX, on, onCleanup, onMount, Show } from 'solid-js'
import { ProductImage } from '../catalog/product-image.tsx'
import { PricesInNote } from '../markets/prices-in-note.tsx'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { Price, TaxIncludedNote } from '../ui/price.tsx'
import { lineImage, lineOptionsText } from './cart-line-text.ts'
import { cartSubtotals } from './cart-totals.ts'
import { FreeShippingProgress } from './free-shipping-progress.tsx'
import { useShopper } from './shopper-context.tsx'
import type { CartLineView } from './shopper-view.ts'

/** The line the last add put in the cart, once the local cart shows it. */
function useAddedLine(): () => CartLineView | undefined {
  const shopper = useShopper()
  return () => {
    const added = shopper.added()
    return added ? shopper.view().cart.find((line) => line.variantId === added.variantId) : undefined
  }
}

export function CartDrawer(): JSX.Element {
  const { t } = useI18n()
  const { network } = useOffline()
  const shopper = useShopper()
  const location = useLocation()
  const line = useAddedLine()
  const close = (returnFocus: boolean) => {
    const opener = shopper.added()?.opener
    shopper.dismissAdded()
    if (!returnFocus) return
    if (opener?.isConnected) opener.focus()
    else document.getElementById('main')?.focus()
  }
  // A new page has its own focus (the main landmark): the drawer just goes.
  createEffect(
    on(
      () => location.pathname,
      () => shopper.dismissAdded(),
      { defer: true },
    ),
  )
  createEffect(
    on(shopper.added, (added) => {
      if (!added) return
      const onKey = (event: KeyboardEvent) => {
        if (event.key === 'Escape') close(true)
      }
      document.addEventListener('keydown', onKey)
      onCleanup(() => document.removeEventListener('keydown', onKey))
    }),
  )

  return (
    <Show when={line()}>
      {(current) => (
        <div
          class="cart-drawer"
          role="dialog"
          aria-labelledby="cart-drawer-title"
          tabindex="-1"
          // Into the panel once it is on the page, so "Close", "View cart" and "Checkout" are next.
          ref={(element) => onMount(() => element.focus())}
        >
          <div class="cart-drawer__header">
            <h2 id="cart-drawer-title" class="cart-drawer__title">
              {t('cartDrawer.title')}
            </h2>
            <button type="button" class="button button--small" onClick={() => close(true)}>
              {t('cartDrawer.close')}
            </button>
          </div>
          <AddedLine line={current()} lastKnown={!network.isOnline()} />
          <dl class="cart-drawer__totals">
            <For each={cartSubtotals(shopper.view().cart)}>
              {(subtotal) => (
                <div class="cart-summary__row">
                  <dt>
                    {t('cart.subtotal')} <TaxIncludedNote />
                  </dt>
                  <dd>
                    <Price amount={subtotal.amount} currency={subtotal.currency} lastKnown={!network.isOnline()} />
                  </dd>
                </div>
              )}
            </For>
          </dl>
          <FreeShippingProgress />
          <PricesInNote />
          <div class="cart-drawer__actions">
            <A class="button" href="/cart">
              {t('cartDrawer.viewCart')}
            </A>
            <A class="button button--primary" href="/checkout">
              {t('cartDrawer.checkout')}
            </A>
          </div>
        </div>
      )}
    </Show>
  )
}

function AddedLine(props: { readonly line: CartLineView; readonly lastKnown: boolean }): JSX.Element {
  const { t } = useI18n()
  const image = () => lineImage(props.line)
  const options = () => lineOptionsText(props.line)
  return (
    <div class="cart-drawer__line">
      <Show when={image()} fallback={<span class="cart-line__image cart-line__image--empty" />}>
        {(img) => <ProductImage class="cart-line__image" image={img()} alt="" sizes="5rem" />}
      </Show>
      <div class="cart-drawer__details">
        <span class="cart-drawer__name">{props.line.product?.name ?? props.line.productId}</span>
        <Show when={options()}>
          <span class="cart-line__options">{options()}</span>
        </Show>
        <span>{t('cartDrawer.quantity', { count: props.line.quantity })}</span>
        <Show when={props.line.unitPrice}>
          {(unitPrice) => (
            <Price
              amount={unitPrice().amount * props.line.quantity}
              currency={unitPrice().currency}
              lastKnown={props.lastKnown}
            />
          )}
        </Show>
      </div>
    </div>
  )
}

/**
 * "Added … to your cart" for screen readers, inside the toast region (polite, and in the DOM from the
 * start, so the words are announced when they change). Emptied when the drawer closes, so adding the
 * same product again is announced again.
 */
export function CartAnnouncement(): JSX.Element {
  const { t } = useI18n()
  const line = useAddedLine()
  return (
    <p class="visually-hidden">{line() ? t('cartDrawer.announcement', { name: line()?.product?.name ?? '' }) : ''}</p>
  )
}
