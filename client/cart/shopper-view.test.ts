import { describe, expect, it } from 'vitest'
import type { ProductAvailability } from '../../shared/cart/apply-mutation.ts'
import { asProductId, asVariantId } from '../../shared/ids.ts'
import type { CartOrWishlistChange, Mutation, MutationBody } from '../../shared/sync/mutation.ts'
import { applyPending } from './shopper-view.ts'

const [a, b, gone] = [asProductId('a'), asProductId('b'), asProductId('gone')]
const [va, vb, vgone] = [asVariantId('va'), asVariantId('vb'), asVariantId('vgone')]
/** Stock of the variants (cart changes) and of the products (wishlist changes). */
const stock: Record<string, ProductAvailability> = {
  a: { stock: 5, deleted: false },
  b: { stock: 10, deleted: false },
  va: { stock: 5, deleted: false },
  vb: { stock: 10, deleted: false },
}
const availability = (change: CartOrWishlistChange) =>
  stock[change.kind === 'cart.set_quantity' ? change.variantId : change.productId]

let seq = 0
function pending(...bodies: MutationBody[]): Mutation[] {
  return bodies.map((body) => ({ ...body, id: `m${++seq}`, createdAt: '2026-01-01T00:00:00Z' }))
}

describe('applyPending (what the shopper sees: server state + outbox)', () => {
  it('shows the server state when nothing is pending', () => {
    const server = { cart: [{ productId: a, variantId: va, quantity: 2, changedAt: 7 }], wishlist: [] }
    expect(applyPending(server, [], availability)).toEqual(server)
  })

  it('applies pending changes in order, setting quantities rather than adding them', () => {
    const server = { cart: [{ productId: a, variantId: va, quantity: 2, changedAt: 7 }], wishlist: [] }
    const state = applyPending(
      server,
      pending(
        { kind: 'cart.set_quantity', productId: a, variantId: va, quantity: 3 },
        { kind: 'cart.set_quantity', productId: b, variantId: vb, quantity: 1 },
        { kind: 'cart.set_quantity', productId: a, variantId: va, quantity: 4 },
      ),
      availability,
    )
    expect(state.cart.map((line) => [line.productId, line.quantity])).toEqual([
      [a, 4],
      [b, 1],
    ])
  })

  it('clamps to the last known stock and leaves out products the local catalog does not have', () => {
    const state = applyPending(
      undefined,
      pending(
        { kind: 'cart.set_quantity', productId: a, variantId: va, quantity: 9 },
        { kind: 'cart.set_quantity', productId: gone, variantId: vgone, quantity: 1 },
      ),
      availability,
    )
    expect(state.cart.map((line) => [line.productId, line.quantity])).toEqual([[a, 5]])
  })

  it('moves a product from the cart to the wishlist', () => {
    const server = { cart: [{ productId: b, variantId: vb, quantity: 2, changedAt: 3 }], wishlist: [] }
    const state = applyPending(
      server,
      pending(
        { kind: 'wishlist.add', productId: b },
        { kind: 'cart.set_quantity', productId: b, variantId: vb, quantity: 0 },
      ),
      availability,
    )
    expect(state.cart).toEqual([])
    expect(state.wishlist.map((item) => item.productId)).toEqual([b])
  })

  it('ignores pending search analytics events, which change neither list', () => {
    const server = { cart: [{ productId: a, variantId: va, quantity: 2, changedAt: 7 }], wishlist: [] }
    const state = applyPending(
      server,
      pending(
        { kind: 'search.query', query: 'hedphones', resultCount: 3 },
        { kind: 'search.click', query: 'hedphones', productId: gone, position: 1 },
      ),
      availability,
    )
    expect(state).toEqual(server)
  })
})
