/**
 * The shopper's cart and wishlist for every component: one live query over Dexie (server state +
 * outbox), shared through context, and the actions that change them. An action writes its mutations
 * to the outbox in one transaction and pokes the sync engine; it never waits for the network.
 */
import { type Accessor, createContext, createMemo, type JSX, useContext } from 'solid-js'
import { maxLineQuantity } from '../../shared/cart/cart.ts'
import type { ProductId, VariantId } from '../../shared/ids.ts'
import type { MutationBody } from '../../shared/sync/mutation.ts'
import { isQuotaExceededError } from '../offline/local-db.ts'
import { useOffline } from '../offline/offline-context.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { emptyShopperView, readShopperView, type ShopperView } from './shopper-view.ts'

export type Shopper = {
  readonly view: Accessor<ShopperView>
  /** False until the first read of Dexie. */
  readonly ready: Accessor<boolean>
  /** Units of this variant in the cart. */
  readonly quantityOf: (variantId: VariantId) => number
  readonly isWishlisted: (productId: ProductId) => boolean
  /** Set the variant's line quantity (0 removes it). */
  readonly setQuantity: (productId: ProductId, variantId: VariantId, quantity: number) => Promise<void>
  /** One more unit of the variant, up to the line limit. */
  readonly addOne: (productId: ProductId, variantId: VariantId) => Promise<void>
  readonly toggleWishlist: (productId: ProductId) => Promise<void>
  /** The line leaves the cart; its product goes on the wishlist. */
  readonly moveToWishlist: (productId: ProductId, variantId: VariantId) => Promise<void>
  /** The product leaves the wishlist; the chosen variant goes in the cart. */
  readonly moveToCart: (productId: ProductId, variantId: VariantId) => Promise<void>
}

export function createShopper(): Shopper {
  const { db, shopperSync } = useOffline()
  const query = createLiveQuery(() => () => readShopperView(db), emptyShopperView)
  const quantities = createMemo(() => new Map(query.value().cart.map((line) => [line.variantId, line.quantity])))
  const wishlisted = createMemo(() => new Set(query.value().wishlist.map((item) => item.productId)))
  const quantityOf = (variantId: VariantId) => quantities().get(variantId) ?? 0
  const isWishlisted = (productId: ProductId) => wishlisted().has(productId)

  async function change(bodies: readonly MutationBody[]): Promise<void> {
    try {
      await shopperSync.queue(bodies)
    } catch (error) {
      if (isQuotaExceededError(error)) shopperSync.notify('QUOTA_EXCEEDED')
      else {
        console.error('saving a cart change failed', error)
        shopperSync.notify('INTERNAL')
      }
    }
  }

  return {
    view: query.value,
    ready: query.ready,
    quantityOf,
    isWishlisted,
    setQuantity: (productId, variantId, quantity) =>
      change([{ kind: 'cart.set_quantity', productId, variantId, quantity }]),
    addOne: (productId, variantId) =>
      change([
        {
          kind: 'cart.set_quantity',
          productId,
          variantId,
          quantity: Math.min(quantityOf(variantId) + 1, maxLineQuantity),
        },
      ]),
    toggleWishlist: (productId) =>
      change([{ kind: isWishlisted(productId) ? 'wishlist.remove' : 'wishlist.add', productId }]),
    moveToWishlist: (productId, variantId) =>
      change([
        { kind: 'wishlist.add', productId },
        { kind: 'cart.set_quantity', productId, variantId, quantity: 0 },
      ]),
    moveToCart: (productId, variantId) =>
      change([
        { kind: 'cart.set_quantity', productId, variantId, quantity: Math.max(quantityOf(variantId), 1) },
        { kind: 'wishlist.remove', productId },
      ]),
  }
}

const ShopperContext = createContext<Shopper>()

/** Mount inside the OfflineProvider; creates the one shared live query. */
export function ShopperProvider(props: { readonly children: JSX.Element }): JSX.Element {
  const shopper = createShopper()
  return <ShopperContext.Provider value={shopper}>{props.children}</ShopperContext.Provider>
}

export function useShopper(): Shopper {
  const shopper = useContext(ShopperContext)
  if (!shopper) throw new Error('useShopper needs a <ShopperProvider> above it')
  return shopper
}
