/**
 * What the shopper sees as their cart and wishlist: the last server state with the pending outbox
 * applied on top, in order, by the same rules the server runs (shared/cart/apply-mutation.ts), with
 * stock from the local catalog. Derived on every read, never stored: Dexie holds one copy of each.
 */
import { applyMutation, type CartAndWishlist, type ProductAvailability } from '../../shared/cart/apply-mutation.ts'
import type { ShopperState } from '../../shared/cart/cart.ts'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import { findVariant } from '../../shared/catalog/variant.ts'
import type { Locale } from '../../shared/i18n/locales.ts'
import type { ProductId, VariantId } from '../../shared/ids.ts'
import { offerOf, type PricedOffer } from '../../shared/markets/price-in-market.ts'
import type { Money } from '../../shared/money.ts'
import { type CartOrWishlistChange, isCartOrWishlistChange, type Mutation } from '../../shared/sync/mutation.ts'
import { localizedProduct } from '../catalog/localized-catalog.ts'
import type { LocalDb } from '../local-data/local-db.ts'
import { listPendingMutations } from '../local-data/outbox.ts'
import { readShopperState } from '../local-data/shopper-state.ts'

/**
 * A line with its product and variant from the local catalog; either is undefined if it is not (or
 * no longer) there.
 */
export type CartLineView = {
  readonly productId: ProductId
  readonly variantId: VariantId
  readonly quantity: number
  readonly product: Product | undefined
  readonly variant: ProductVariant | undefined
  /** The variant's price in the shopper's market now (undefined without a variant on this device). */
  readonly unitPrice: Money | undefined
}

export type WishlistItemView = { readonly productId: ProductId; readonly product: Product | undefined }

export type ShopperView = {
  readonly cart: readonly CartLineView[]
  readonly wishlist: readonly WishlistItemView[]
  /** Units in the cart (the header's count). */
  readonly itemCount: number
}

export const emptyShopperView: ShopperView = { cart: [], wishlist: [], itemCount: 0 }

/** Pending lines are newer than anything the server has stamped. */
const pendingChangedAt = Number.MAX_SAFE_INTEGER

/**
 * Apply `pending` over `server`. A pending change the rules refuse locally (say, a product that went
 * out of stock in the last catalog sync) is left out here, as the server will refuse it too.
 */
export function applyPending(
  server: CartAndWishlist | undefined,
  pending: readonly Mutation[],
  availability: (change: CartOrWishlistChange) => ProductAvailability,
): CartAndWishlist {
  let state: CartAndWishlist = { cart: server?.cart ?? [], wishlist: server?.wishlist ?? [] }
  for (const mutation of pending) {
    const product = isCartOrWishlistChange(mutation) ? availability(mutation) : undefined
    const next = applyMutation(state, mutation, product, pendingChangedAt)
    state = { cart: next.cart, wishlist: next.wishlist }
  }
  return state
}

/** A catalog offer's price as the shopper sees it: the market store's `price`. */
export type OfferPricing = (offer: PricedOffer) => Money

/**
 * A Dexie querier for `createLiveQuery`: re-runs when the server state, the outbox or a listed
 * product changes, and is made anew with a new `locale` or `price` when the shopper's language,
 * market or rates change. Lines and wishlist items show their product in `locale`
 * (client/catalog/localized-catalog.ts).
 */
export async function readShopperView(db: LocalDb, locale: Locale, price: OfferPricing): Promise<ShopperView> {
  const [server, pending] = await Promise.all([readShopperState(db), listPendingMutations(db)])
  const products = await loadProducts(db, server, pending, locale)
  const availability = (change: CartOrWishlistChange): ProductAvailability => {
    const product = products.get(change.productId)
    if (!product) return undefined
    const deleted = product.deletedAt !== null
    if (change.kind !== 'cart.set_quantity') return { stock: product.stock, deleted }
    const variant = findVariant(product, change.variantId)
    return variant && { stock: variant.stock, deleted }
  }
  const state = applyPending(server, pending, availability)
  const cart = state.cart.map((line): CartLineView => {
    const product = products.get(line.productId)
    const variant = product && findVariant(product, line.variantId)
    return {
      productId: line.productId,
      variantId: line.variantId,
      quantity: line.quantity,
      product,
      variant,
      unitPrice: product && variant && price(offerOf(product, variant)),
    }
  })
  const wishlist = state.wishlist.map((item) => ({ productId: item.productId, product: products.get(item.productId) }))
  return { cart, wishlist, itemCount: cart.reduce((sum, line) => sum + line.quantity, 0) }
}

async function loadProducts(
  db: LocalDb,
  server: ShopperState | undefined,
  pending: readonly Mutation[],
  locale: Locale,
): Promise<Map<ProductId, Product>> {
  const ids = new Set<ProductId>()
  for (const line of server?.cart ?? []) ids.add(line.productId)
  for (const item of server?.wishlist ?? []) ids.add(item.productId)
  for (const mutation of pending) if (isCartOrWishlistChange(mutation)) ids.add(mutation.productId)
  const rows = await db.products.bulkGet([...ids])
  const products = new Map<ProductId, Product>()
  for (const row of rows) if (row) products.set(row.id, localizedProduct(row, locale))
  return products
}
