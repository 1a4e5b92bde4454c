/**
 * The shopper's cart and wishlist for every component: one live query over Dexie (server state +
 * outbox), shared through context, and the actions that change them. An action writes its mutations
 * to the outbox in one transaction and pokes the sync engine; it never waits for the network.
 *
 * Every way of putting something in the cart (a card, the product page, the wishlist, any later
 * button) goes through an add action here, which says so: `added` opens the cart drawer
 * (cart-drawer.tsx) and its announcement. Changing a quantity on the cart page does not.
 */
import { type Accessor, createContext, createMemo, createSignal, type JSX, useContext } from 'solid-js'
import { maxLineQuantity } from '../../shared/cart/cart.ts'
import type { ProductId, VariantId } from '../../shared/ids.ts'
import type { MutationBody } from '../../shared/sync/mutation.ts'
import { isQuotaExceededError } from '../local-data/local-db.ts'
import { useMarket } from '../markets/market-context.tsx'
import { useOffline } from '../offline/offline-context.tsx'
import { useI18n } from '../platform/i18n.tsx'
import { createLiveQuery } from '../platform/live-query.ts'
import { emptyShopperView, readShopperView, type ShopperView } from './shopper-view.ts'

/** The last add to the cart, while the shopper has not dismissed it. */
export type AddedToCart = {
  readonly productId: ProductId
  readonly variantId: VariantId
  /** What had focus when the shopper added (the button): focus goes back there on dismiss. */
  readonly opener: HTMLElement | null
}

export type Shopper = {
  readonly view: Accessor<ShopperView>
  /** False until the first read of Dexie. */
  readonly ready: Accessor<boolean>
  /** Units of this variant in the cart. */
  readonly quantityOf: (variantId: VariantId) => number
  readonly isWishlisted: (productId: ProductId) => boolean
  /** Set the variant's line quantity (0 removes it). */
  readonly setQuantity: (productId: ProductId, variantId: VariantId, quantity: number) => Promise<void>
  /** Put `quantity` units of the variant in the cart (the line is set to it), and say so (`added`). */
  readonly addToCart: (productId: ProductId, variantId: VariantId, quantity: number) => Promise<void>
  /** One more unit of the variant, up to the line limit, and say so (`added`). */
  readonly addOne: (productId: ProductId, variantId: VariantId) => Promise<void>
  readonly toggleWishlist: (productId: ProductId) => Promise<void>
  /** The line leaves the cart; its product goes on the wishlist. */
  readonly moveToWishlist: (productId: ProductId, variantId: VariantId) => Promise<void>
  /** The product leaves the wishlist; the chosen variant goes in the cart, and that is said (`added`). */
  readonly moveToCart: (productId: ProductId, variantId: VariantId) => Promise<void>
  /** The last add, until dismissed; null when there is nothing to tell. */
  readonly added: Accessor<AddedToCart | null>
  readonly dismissAdded: () => void
}

export function createShopper(): Shopper {
  const { db, shopperSync } = useOffline()
  const { locale } = useI18n()
  const market = useMarket()
  // Reading the language and the market's price function here makes a language, market or rates
  // change re-read the cart (offline too).
  const query = createLiveQuery(() => {
    const language = locale()
    const price = market.offerPricing()
    return () => readShopperView(db, language, price)
  }, emptyShopperView)
  const quantities = createMemo(() => new Map(query.value().cart.map((line) => [line.variantId, line.quantity])))
  const wishlisted = createMemo(() => new Set(query.value().wishlist.map((item) => item.productId)))
  const quantityOf = (variantId: VariantId) => quantities().get(variantId) ?? 0
  const isWishlisted = (productId: ProductId) => wishlisted().has(productId)

  const [added, setAdded] = createSignal<AddedToCart | null>(null)

  /** False when the change could not be stored (the shopper was told why). */
  async function change(bodies: readonly MutationBody[]): Promise<boolean> {
    try {
      await shopperSync.queue(bodies)
      return true
    } catch (error) {
      if (isQuotaExceededError(error)) shopperSync.notify('QUOTA_EXCEEDED')
      else {
        console.error('saving a cart change failed', error)
        shopperSync.notify('INTERNAL')
      }
      return false
    }
  }

  /** Stores an add and, once it is stored (so the drawer shows the new line), tells the shopper. */
  async function add(productId: ProductId, variantId: VariantId, bodies: readonly MutationBody[]): Promise<void> {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (await change(bodies)) setAdded({ productId, variantId, opener })
  }

  return {
    view: query.value,
    ready: query.ready,
    quantityOf,
    isWishlisted,
    setQuantity: async (productId, variantId, quantity) => {
      await change([{ kind: 'cart.set_quantity', productId, variantId, quantity }])
    },
    addToCart: (productId, variantId, quantity) =>
      add(productId, variantId, [{ kind: 'cart.set_quantity', productId, variantId, quantity }]),
    addOne: (productId, variantId) =>
      add(productId, variantId, [
        {
          kind: 'cart.set_quantity',
          productId,
          variantId,
          quantity: Math.min(quantityOf(variantId) + 1, maxLineQuantity),
        },
      ]),
    toggleWishlist: async (productId) => {
      await change([{ kind: isWishlisted(productId) ? 'wishlist.remove' : 'wishlist.add', productId }])
    },
    moveToWishlist: async (productId, variantId) => {
      await change([
        { kind: 'wishlist.add', productId },
        { kind: 'cart.set_quantity', productId, variantId, quantity: 0 },
      ])
    },
    moveToCart: (productId, variantId) =>
      add(productId, variantId, [
        { kind: 'cart.set_quantity', productId, variantId, quantity: Math.max(quantityOf(variantId), 1) },
        { kind: 'wishlist.remove', productId },
      ]),
    added,
    dismissAdded: () => setAdded(null),
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
