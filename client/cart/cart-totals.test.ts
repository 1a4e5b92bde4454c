import { describe, expect, it } from 'vitest'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import { asProductId, asVariantId } from '../../shared/ids.ts'
import { markets } from '../../shared/markets/market.ts'
import { cartIncludedTax, cartSubtotals } from './cart-totals.ts'
import type { CartLineView } from './shopper-view.ts'

/** A line whose one variant has the product's price and stock (the fields the totals read). */
function line(id: string, quantity: number, product: Partial<Product> | undefined): CartLineView {
  const productId = asProductId(id)
  const variantId = asVariantId(`${id}-variant`)
  const full =
    product && ({ id: productId, price: 0, currency: 'EUR', stock: 5, deletedAt: null, ...product } as Product)
  const variant = full && ({ id: variantId, price: full.price, stock: full.stock } as ProductVariant)
  return {
    productId,
    variantId,
    quantity,
    product: full && { ...full, variants: variant ? [variant] : [] },
    variant,
    unitPrice: full && { amount: full.price, currency: full.currency },
  }
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

describe('cartIncludedTax', () => {
  it.each([
    ['€119.00 in Germany contains €19.00 of VAT at 19 %', 11_900, 'eu', 'DE', { rate: 1900, amount: 1900 }],
    ['€100.00 in France contains €16.67 at 20 %', 10_000, 'eu', 'FR', { rate: 2000, amount: 1667 }],
    ['¥5,680 in Japan contains ¥516 of consumption tax at 10 %', 5680, 'jp', 'JP', { rate: 1000, amount: 516 }],
    ['£0.00 contains nothing', 0, 'uk', 'GB', { rate: 2000, amount: 0 }],
    ['nothing in a market that adds tax at checkout', 11_900, 'us', 'US', null],
  ] as const)('%s', (_name, amount, market, country, want) => {
    expect(cartIncludedTax(amount, markets[market], country)).toEqual(want)
  })
})
