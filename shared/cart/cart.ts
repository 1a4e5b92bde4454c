import type { ProductId, VariantId } from '../ids.ts'

/** The most of one variant a cart line may hold, whatever the stock. */
export const maxLineQuantity = 10

/** The quantities a shopper may choose: 1 up to the line limit or the stock, whichever is lower. */
export function quantityChoices(stock: number, current = 1): number[] {
  const max = Math.max(Math.min(maxLineQuantity, stock), current, 1)
  return Array.from({ length: max }, (_, index) => index + 1)
}
/** The most lines a cart (or items a wishlist) may hold. */
export const maxCartLines = 100

/**
 * One cart line: one variant of a product (the same shoe in two sizes is two lines). `quantity` is
 * always >= 1 (a line set to 0 is removed). `changedAt` is the server receive order (a number from
 * one sequence) of the mutation that last set it: later wins (DESIGN §3).
 */
export type CartLine = {
  readonly productId: ProductId
  readonly variantId: VariantId
  readonly quantity: number
  readonly changedAt: number
}

export type WishlistItem = { readonly productId: ProductId; readonly changedAt: number }

/** The shopper's authoritative cart and wishlist; `version` grows with every change to either. */
export type ShopperState = {
  readonly cart: readonly CartLine[]
  readonly wishlist: readonly WishlistItem[]
  readonly version: number
}
