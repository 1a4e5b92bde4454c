import { describe, expect, it } from 'vitest'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import { asProductId, asVariantId } from '../../shared/ids.ts'
import { cartSubtotals } from './cart-totals.ts'
import type { CartLineView } from './shopper-view.ts'

/** A line whose one variant has the product's price and stock (the fields the totals read). */
function line(id: string, quantity: number, product: Partial<Product> | undefined): CartLineView {
  const productId = asProductId(id)
  const variantId = asVariantId(`${id}-variant`)
  const full =
    product && ({ id: productId, price: 0, currency: 'EUR', stock: 5, deletedAt: null, ...product } as Product)
  const variant = full && ({ id: variantId, price: full.price, stock: full.stock } as ProductVariant)
  return { productId, variantId, quantity, product: full && { ...full, variants: variant ? [variant] : [] }, variant }
}

describe('cartSubtotals', () => {
  it.each([
    {
      name: 'sums price × quantity in minor units',
      lines: [line('a', 2, { price: 1999 }), line('b', 1, { price: 1 })],
      want: [{ currency: 'EUR', amount: 3999 }],
    },
    {
      name: 'leaves out products that are gone or sold out',
      lines: [line('a', 1, { price: 500 }), line('b', 3, undefined), line('c', 1, { price: 700, stock: 0 })],
      want: [{ currency: 'EUR', amount: 500 }],
    },
    {
      name: 'never adds two currencies',
      lines: [line('a', 1, { price: 100 }), line('b', 1, { price: 200, currency: 'USD' })],
      want: [
        { currency: 'EUR', amount: 100 },
        { currency: 'USD', amount: 200 },
      ],
    },
    { name: 'is empty for an empty cart', lines: [], want: [] },
  ])('$name', ({ lines, want }) => {
    expect(cartSubtotals(lines)).toEqual(want)
  })
})
