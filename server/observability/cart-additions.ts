/**
 * What storefront_add_to_cart_total counts: lines (variants) whose quantity in the cart went up in one
 * push (a new line, or more of one). Quantities are set, not added (DESIGN §3), so the count comes
 * from comparing the cart before and after, never from the mutations themselves: a replayed or
 * lowered quantity is not an addition.
 */
import type { CartLine } from '../../shared/cart/cart.ts'

type Line = Pick<CartLine, 'variantId' | 'quantity'>

export function countCartAdditions(before: readonly Line[], after: readonly Line[]): number {
  const previous = new Map(before.map((line) => [line.variantId, line.quantity]))
  return after.filter((line) => line.quantity > (previous.get(line.variantId) ?? 0)).length
}
