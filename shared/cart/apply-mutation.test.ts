import { describe, expect, it } from 'vitest'
import { asProductId, asVariantId } from '../ids.ts'
import type { Mutation, MutationBody } from '../sync/mutation.ts'
import {
  applyMutation,
  type CartAndWishlist,
  mergeCartAndWishlist,
  type ProductAvailability,
} from './apply-mutation.ts'
import { maxCartLines } from './cart.ts'

const a = asProductId('00000000-0000-4000-8000-00000000000a')
const b = asProductId('00000000-0000-4000-8000-00000000000b')
/** Two sizes of product `a`, and the one variant of `b`. */
const a42 = asVariantId('00000000-0000-4000-8000-0000000000a1')
const a43 = asVariantId('00000000-0000-4000-8000-0000000000a2')
const bOnly = asVariantId('00000000-0000-4000-8000-0000000000b1')
const empty: CartAndWishlist = { cart: [], wishlist: [] }
const inStock: ProductAvailability = { stock: 5, deleted: false }

function mutation(body: MutationBody, id = 'm1'): Mutation {
  return { ...body, id, createdAt: '2026-11-28T10:00:00Z' }
}

describe('applyMutation', () => {
  const cases: {
    name: string
    state: CartAndWishlist
    body: MutationBody
    product: ProductAvailability
    cart: { productId: string; quantity: number }[]
    wishlist?: string[]
    outcome: Record<string, unknown>
  }[] = [
    {
      name: 'adds a new line with the quantity asked',
      state: empty,
      body: { kind: 'cart.set_quantity', productId: a, variantId: a42, quantity: 2 },
      product: inStock,
      cart: [{ productId: a, quantity: 2 }],
      outcome: { status: 'applied' },
    },
    {
      name: 'sets, never adds, the quantity of an existing line',
      state: { cart: [{ productId: a, variantId: a42, quantity: 3, changedAt: 1 }], wishlist: [] },
      body: { kind: 'cart.set_quantity', productId: a, variantId: a42, quantity: 2 },
      product: inStock,
      cart: [{ productId: a, quantity: 2 }],
      outcome: { status: 'applied' },
    },
    {
      name: 'clamps a quantity above the stock and says so',
      state: empty,
      body: { kind: 'cart.set_quantity', productId: a, variantId: a42, quantity: 9 },
      product: inStock,
      cart: [{ productId: a, quantity: 5 }],
      outcome: { status: 'adjusted', code: 'QUANTITY_LIMITED', quantity: 5 },
    },
    {
      name: 'keeps two sizes of one product as two lines',
      state: { cart: [{ productId: a, variantId: a42, quantity: 1, changedAt: 1 }], wishlist: [] },
      body: { kind: 'cart.set_quantity', productId: a, variantId: a43, quantity: 2 },
      product: inStock,
      cart: [
        { productId: a, quantity: 1 },
        { productId: a, quantity: 2 },
      ],
      outcome: { status: 'applied' },
    },
    {
      name: 'removes one size and keeps the other',
      state: {
        cart: [
          { productId: a, variantId: a42, quantity: 1, changedAt: 1 },
          { productId: a, variantId: a43, quantity: 2, changedAt: 1 },
        ],
        wishlist: [],
      },
      body: { kind: 'cart.set_quantity', productId: a, variantId: a42, quantity: 0 },
      product: inStock,
      cart: [{ productId: a, quantity: 2 }],
      outcome: { status: 'applied' },
    },
    {
      name: 'rejects an out-of-stock product and keeps the cart',
      state: empty,
      body: { kind: 'cart.set_quantity', productId: a, variantId: a42, quantity: 1 },
      product: { stock: 0, deleted: false },
      cart: [],
      outcome: { status: 'rejected', code: 'OUT_OF_STOCK' },
    },
    {
      name: 'rejects an unknown product',
      state: empty,
      body: { kind: 'cart.set_quantity', productId: a, variantId: a42, quantity: 1 },
      product: undefined,
      cart: [],
      outcome: { status: 'rejected', code: 'PRODUCT_UNAVAILABLE' },
    },
    {
      name: 'rejects a deleted product on the wishlist',
      state: empty,
      body: { kind: 'wishlist.add', productId: a },
      product: { stock: 3, deleted: true },
      cart: [],
      wishlist: [],
      outcome: { status: 'rejected', code: 'PRODUCT_UNAVAILABLE' },
    },
    {
      name: 'removes a line at quantity 0 even when the product was deleted',
      state: { cart: [{ productId: a, variantId: a42, quantity: 1, changedAt: 1 }], wishlist: [] },
      body: { kind: 'cart.set_quantity', productId: a, variantId: a42, quantity: 0 },
      product: { stock: 3, deleted: true },
      cart: [],
      outcome: { status: 'applied' },
    },
    {
      name: 'adds to the wishlist once, however often it is asked',
      state: { cart: [], wishlist: [{ productId: a, changedAt: 1 }] },
      body: { kind: 'wishlist.add', productId: a },
      product: inStock,
      cart: [],
      wishlist: [a],
      outcome: { status: 'applied' },
    },
    {
      name: 'removes from the wishlist',
      state: { cart: [], wishlist: [{ productId: a, changedAt: 1 }] },
      body: { kind: 'wishlist.remove', productId: a },
      product: undefined,
      cart: [],
      wishlist: [],
      outcome: { status: 'applied' },
    },
  ]

  it.each(cases)('$name', ({ state, body, product, cart, wishlist, outcome }) => {
    const result = applyMutation(state, mutation(body), product, 7)
    expect(result.cart.map(({ productId, quantity }) => ({ productId, quantity }))).toEqual(cart)
    if (wishlist) expect(result.wishlist.map((item) => item.productId)).toEqual(wishlist)
    expect(result.outcome).toEqual({ id: 'm1', ...outcome })
  })

  it.each<MutationBody>([
    { kind: 'search.query', query: 'hedphones', resultCount: 12 },
    { kind: 'search.click', query: 'hedphones', productId: a, position: 3, searchId: 'm0' },
  ])('applies the analytics event $kind without touching the cart or wishlist', (body) => {
    const state: CartAndWishlist = {
      cart: [{ productId: a, variantId: a42, quantity: 2, changedAt: 1 }],
      wishlist: [{ productId: b, changedAt: 1 }],
    }
    const result = applyMutation(state, mutation(body), undefined, 7)
    expect(result).toEqual({ ...state, outcome: { id: 'm1', status: 'applied' } })
    expect(result.cart).toBe(state.cart)
    expect(result.wishlist).toBe(state.wishlist)
  })

  it('stamps the lines it changes with the receive order', () => {
    const result = applyMutation(
      empty,
      mutation({ kind: 'cart.set_quantity', productId: a, variantId: a42, quantity: 1 }),
      inStock,
      42,
    )
    expect(result.cart[0]?.changedAt).toBe(42)
  })

  it('rejects a new line when the cart is full but still changes an existing one', () => {
    const cart = Array.from({ length: maxCartLines }, (_, i) => ({
      productId: asProductId(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`),
      variantId: asVariantId(`00000000-0000-4000-9000-${String(i).padStart(12, '0')}`),
      quantity: 1,
      changedAt: 1,
    }))
    const full = { cart, wishlist: [] }
    const add = applyMutation(
      full,
      mutation({ kind: 'cart.set_quantity', productId: a, variantId: a42, quantity: 1 }),
      inStock,
      2,
    )
    expect(add.outcome).toEqual({ id: 'm1', status: 'rejected', code: 'CART_FULL' })
    const first = cart[0]!
    const change = applyMutation(
      full,
      mutation({ kind: 'cart.set_quantity', productId: first.productId, variantId: first.variantId, quantity: 3 }),
      inStock,
      2,
    )
    expect(change.cart[0]?.quantity).toBe(3)
  })
})

describe('mergeCartAndWishlist', () => {
  it('keeps, per variant, the line changed last and never sums quantities', () => {
    const account: CartAndWishlist = {
      cart: [
        { productId: a, variantId: a42, quantity: 1, changedAt: 10 },
        { productId: b, variantId: bOnly, quantity: 4, changedAt: 30 },
      ],
      wishlist: [{ productId: a, changedAt: 10 }],
    }
    const guest: CartAndWishlist = {
      cart: [
        { productId: a, variantId: a42, quantity: 2, changedAt: 20 },
        { productId: b, variantId: bOnly, quantity: 1, changedAt: 5 },
      ],
      wishlist: [
        { productId: a, changedAt: 20 },
        { productId: b, changedAt: 21 },
      ],
    }
    const merged = mergeCartAndWishlist(account, guest)
    expect(merged.cart.map((l) => [l.productId, l.quantity])).toEqual([
      [a, 2],
      [b, 4],
    ])
    expect(merged.wishlist.map((i) => i.productId)).toEqual([a, b])
  })

  it('keeps the account and guest lines of different sizes of one product apart', () => {
    const account: CartAndWishlist = {
      cart: [{ productId: a, variantId: a42, quantity: 1, changedAt: 10 }],
      wishlist: [],
    }
    const guest: CartAndWishlist = { cart: [{ productId: a, variantId: a43, quantity: 3, changedAt: 5 }], wishlist: [] }
    const merged = mergeCartAndWishlist(account, guest)
    expect(merged.cart.map((l) => [l.variantId, l.quantity])).toEqual([
      [a42, 1],
      [a43, 3],
    ])
  })

  it('merging the same guest cart twice changes nothing the second time', () => {
    const guest: CartAndWishlist = {
      cart: [{ productId: a, variantId: a42, quantity: 2, changedAt: 20 }],
      wishlist: [],
    }
    const once = mergeCartAndWishlist(empty, guest)
    expect(mergeCartAndWishlist(once, guest)).toEqual(once)
  })
})
