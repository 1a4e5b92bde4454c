import { describe, expect, it } from 'vitest'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import type { CheckoutQuote, QuoteLine } from '../../shared/checkout/checkout-options.ts'
import { asProductId, asVariantId, type VariantId } from '../../shared/ids.ts'
import { canPlaceOrder, localReview, reviewLines } from './review-lines.ts'

const a = asVariantId('a')
const b = asVariantId('b')
const c = asVariantId('c')

function quoteOf(lines: QuoteLine[]): CheckoutQuote {
  return { currency: 'EUR', lines, totals: { items: 0, discount: 0, shipping: 0, tax: 0, total: 0 } }
}

const line = (variantId: VariantId, unitPrice: number, status: QuoteLine['status'] = 'ok'): QuoteLine => ({
  productId: asProductId(`product-${variantId}`),
  variantId,
  name: variantId,
  options: [],
  unitPrice,
  quantity: 2,
  inStock: status === 'ok' ? 5 : status === 'limited' ? 1 : 0,
  status,
})

describe('reviewLines', () => {
  it('flags a line whose price changed since the shopper saw it, with the old price', () => {
    const lines = reviewLines(
      [
        { variantId: a, unitPrice: 1000 },
        { variantId: b, unitPrice: 500 },
      ],
      quoteOf([line(a, 1200), line(b, 500)]),
    )
    expect(lines.map((l) => [l.variantId, l.unitPrice, l.previousPrice])).toEqual([
      [a, 1200, 1000],
      [b, 500, null],
    ])
  })

  it('shows no old price for a product the device never priced or that is no longer sold', () => {
    const lines = reviewLines(
      [
        { variantId: a, unitPrice: undefined },
        { variantId: c, unitPrice: 300 },
      ],
      quoteOf([line(a, 1200), line(c, 0, 'unavailable')]),
    )
    expect(lines.map((l) => l.previousPrice)).toEqual([null, null])
  })
})

describe('canPlaceOrder', () => {
  it.each([
    [['ok', 'ok'], true],
    [['ok', 'limited'], false],
    [['unavailable'], false],
    [[], false],
  ] as const)('%j → %s', (statuses, expected) => {
    const lines = reviewLines([], quoteOf(statuses.map((s, i) => line(asVariantId(String(i)), 100, s))))
    expect(canPlaceOrder(lines)).toBe(expected)
  })
})

describe('localReview', () => {
  it('prices the cart from the local catalog with the shared rules and marks it last known', () => {
    const variant = (id: VariantId, price: number, stock: number) =>
      ({ id, price, stock, optionValues: {} }) as unknown as ProductVariant
    const product = (id: string, price: number, stock: number) =>
      ({
        id: asProductId(id),
        name: id,
        price,
        currency: 'EUR',
        stock,
        deletedAt: null,
        options: [],
      }) as unknown as Product
    const review = localReview(
      [
        {
          productId: asProductId('a'),
          variantId: a,
          quantity: 2,
          product: product('a', 1000, 5),
          variant: variant(a, 1000, 5),
        },
        {
          productId: asProductId('b'),
          variantId: b,
          quantity: 3,
          product: product('b', 500, 1),
          variant: variant(b, 500, 1),
        },
        { productId: asProductId('c'), variantId: c, quantity: 1, product: undefined, variant: undefined },
      ],
      { shippingMethod: 'standard', country: 'DE' },
    )
    expect(review.lines.map((l) => l.status)).toEqual(['ok', 'limited', 'unavailable'])
    // 2000 + 1500 items, 495 shipping, 19 % of 3995 = 759.05 → 759.
    expect(review.totals).toEqual({ items: 3500, discount: 0, shipping: 495, tax: 759, total: 4754 })
    expect(review).toMatchObject({ currency: 'EUR', lastKnown: true })
  })

  it('charges a yen cart the yen shipping rates offline too: ¥600, free from ¥10,000', () => {
    const yenLine = (id: string, price: number, quantity: number) => ({
      productId: asProductId(id),
      variantId: asVariantId(id),
      quantity,
      product: { id: asProductId(id), name: id, price, currency: 'JPY', stock: 9, deletedAt: null, options: [] },
      variant: { id: asVariantId(id), price, stock: 9, optionValues: {} },
    })
    const under = localReview([yenLine('a', 2980, 1)] as never, { shippingMethod: 'standard', country: 'JP' })
    expect(under).toMatchObject({ currency: 'JPY', totals: { items: 2980, shipping: 600, total: 3580 } })
    const over = localReview([yenLine('a', 5000, 2)] as never, { shippingMethod: 'standard', country: 'JP' })
    expect(over.totals).toMatchObject({ items: 10_000, shipping: 0, total: 10_000 })
  })
})
