import { ErrorCode } from '../errors.ts'
import type { ProductId, VariantId } from '../ids.ts'
import type { Mutation, MutationOutcome } from '../sync/mutation.ts'
import { type CartLine, maxCartLines, type WishlistItem } from './cart.ts'

export type CartAndWishlist = { readonly cart: readonly CartLine[]; readonly wishlist: readonly WishlistItem[] }

/**
 * What the rules need to know of what a mutation names — the variant of a cart change, the product of
 * a wishlist change; `undefined` when it is unknown (or the variant is not the named product's).
 */
export type ProductAvailability = { readonly stock: number; readonly deleted: boolean } | undefined

export type MutationApplied = CartAndWishlist & { readonly outcome: MutationOutcome }

/**
 * Applies one mutation. The same function runs optimistically in the browser (against the last
 * known catalog) and authoritatively on the server (against the live stock), in server receive
 * order: each accepted mutation overwrites the line, so the last writer wins and a quantity is set,
 * never added. `changedAt` is the receive-order number stamped on the lines it touches.
 *
 * Removals always succeed, even for withdrawn products: a shopper must be able to clear them out.
 * Search analytics events (`search.*`) are no-ops here; the server records them elsewhere.
 */
export function applyMutation(
  state: CartAndWishlist,
  mutation: Mutation,
  product: ProductAvailability,
  changedAt: number,
): MutationApplied {
  const { id } = mutation
  switch (mutation.kind) {
    case 'wishlist.remove':
      return { ...state, wishlist: withoutItem(state.wishlist, mutation.productId), outcome: { id, status: 'applied' } }
    case 'wishlist.add': {
      if (!isAvailable(product)) return rejected(state, id, ErrorCode.ProductUnavailable)
      if (hasItem(state.wishlist, mutation.productId)) return { ...state, outcome: { id, status: 'applied' } }
      if (state.wishlist.length >= maxCartLines) return rejected(state, id, ErrorCode.CartFull)
      const wishlist = [...state.wishlist, { productId: mutation.productId, changedAt }]
      return { ...state, wishlist, outcome: { id, status: 'applied' } }
    }
    case 'cart.set_quantity':
      return setQuantity(state, mutation, product, changedAt)
    case 'search.query':
    case 'search.click':
      // Analytics events share the outbox but change neither list: applied, and nothing moves.
      return { ...state, outcome: { id, status: 'applied' } }
  }
}

function setQuantity(
  state: CartAndWishlist,
  mutation: Extract<Mutation, { kind: 'cart.set_quantity' }>,
  variant: ProductAvailability,
  changedAt: number,
): MutationApplied {
  const { id, productId, variantId, quantity } = mutation
  if (quantity === 0) return { ...state, cart: withoutLine(state.cart, variantId), outcome: { id, status: 'applied' } }
  if (!isAvailable(variant)) return rejected(state, id, ErrorCode.ProductUnavailable)
  if (variant.stock === 0) return rejected(state, id, ErrorCode.OutOfStock)
  if (!hasLine(state.cart, variantId) && state.cart.length >= maxCartLines)
    return rejected(state, id, ErrorCode.CartFull)
  const kept = Math.min(quantity, variant.stock)
  const cart = upsertLine(state.cart, { productId, variantId, quantity: kept, changedAt })
  const outcome: MutationOutcome =
    kept < quantity
      ? { id, status: 'adjusted', code: ErrorCode.QuantityLimited, quantity: kept }
      : { id, status: 'applied' }
  return { ...state, cart, outcome }
}

/**
 * Merges a guest's cart and wishlist into the account's on sign-in. Per variant the line changed
 * last (higher `changedAt`) wins — quantities are never summed, so signing in twice or on two
 * devices cannot double them. Wishlists are unioned. The result keeps the account's order first.
 */
export function mergeCartAndWishlist(account: CartAndWishlist, guest: CartAndWishlist): CartAndWishlist {
  const cart = new Map(account.cart.map((line) => [line.variantId, line]))
  for (const line of guest.cart) {
    const current = cart.get(line.variantId)
    if (!current || line.changedAt > current.changedAt) cart.set(line.variantId, line)
  }
  const wishlist = new Map(account.wishlist.map((item) => [item.productId, item]))
  for (const item of guest.wishlist) if (!wishlist.has(item.productId)) wishlist.set(item.productId, item)
  return {
    cart: [...cart.values()].slice(0, maxCartLines),
    wishlist: [...wishlist.values()].slice(0, maxCartLines),
  }
}

function isAvailable(product: ProductAvailability): product is { stock: number; deleted: false } {
  return product !== undefined && !product.deleted
}

function rejected(state: CartAndWishlist, id: string, code: ErrorCode): MutationApplied {
  return { ...state, outcome: { id, status: 'rejected', code } }
}

function hasItem(items: readonly { productId: ProductId }[], productId: ProductId): boolean {
  return items.some((item) => item.productId === productId)
}

function withoutItem<T extends { productId: ProductId }>(items: readonly T[], productId: ProductId): readonly T[] {
  return items.filter((item) => item.productId !== productId)
}

function hasLine(cart: readonly CartLine[], variantId: VariantId): boolean {
  return cart.some((line) => line.variantId === variantId)
}

function withoutLine(cart: readonly CartLine[], variantId: VariantId): readonly CartLine[] {
  return cart.filter((line) => line.variantId !== variantId)
}

function upsertLine(cart: readonly CartLine[], line: CartLine): readonly CartLine[] {
  return hasLine(cart, line.variantId)
    ? cart.map((existing) => (existing.variantId === line.variantId ? line : existing))
    : [...cart, line]
}
