import { describe, expect, it } from 'vitest'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import type { CheckoutQuote, QuoteLine } from '../../shared/checkout/checkout-options.ts'
import { asProductId, asVariantId, type VariantId } from '../../shared/ids.ts'
import { canPlaceOrder, localReview, reviewLines, seenPrices } from './review-lines.ts'

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
          unitPrice: { amount: 1000, currency: 'EUR' },
        },
        {
          productId: asProductId('b'),
          variantId: b,
          quantity: 3,
          product: product('b', 500, 1),
          variant: variant(b, 500, 1),
          unitPrice: { amount: 500, currency: 'EUR' },
        },
        {
          productId: asProductId('c'),
          variantId: c,
          quantity: 1,
          product: undefined,
          variant: undefined,
          unitPrice: undefined,
        },
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
      unitPrice: { amount: price, currency: 'JPY' as const },
    })
    const under = localReview([yenLine('a', 2980, 1)] as never, { shippingMethod: 'standard', country: 'JP' })
    expect(under).toMatchObject({ currency: 'JPY', totals: { items: 2980, shipping: 600, total: 3580 } })
    const over = localReview([yenLine('a', 5000, 2)] as never, { shippingMethod: 'standard', country: 'JP' })
    expect(over.totals).toMatchObject({ items: 10_000, shipping: 0, total: 10_000 })
  })

  it('prices in the shopper’s market with its tax mode: yen lines, consumption tax included', () => {
    const product = { id: asProductId('a'), name: 'a', price: 1879, currency: 'USD', deletedAt: null, options: [] }
    const variant = { id: a, price: 1879, stock: 5, optionValues: {} }
    const review = localReview(
      [
        {
          productId: product.id,
          variantId: a,
          quantity: 2,
          product: product as unknown as Product,
          variant: variant as unknown as ProductVariant,
          unitPrice: { amount: 2840, currency: 'JPY' },
        },
      ],
      { shippingMethod: 'express', country: 'JP', taxMode: 'inclusive' },
    )
    // 5680 + ¥1,500 express = 7180, which contains 10 %: 7180 × 1000 / 11000 = 652.7 → 653.
    expect(review.totals).toEqual({ items: 5680, discount: 0, shipping: 1500, tax: 653, total: 7180 })
    expect(review.currency).toBe('JPY')
  })
})

describe('seenPrices', () => {
  const product = { id: asProductId('a'), price: 2000, currency: 'USD', deletedAt: null } as unknown as Product
  const variant = { id: a, price: 2000, compareAtPrice: null, stock: 5, marketPrices: { jp: 3300 } }
  const cartLine = {
    productId: product.id,
    variantId: a,
    quantity: 1,
    product,
    variant: variant as unknown as ProductVariant,
    unitPrice: { amount: 3300, currency: 'JPY' as const },
  }
  const gone = { ...cartLine, variantId: b, product: undefined, variant: undefined, unitPrice: undefined }
  const rates = { EUR: 920_000, JPY: 151_370_000 }

  it.each([
    ['in the quote’s market, whatever the cart was shown in', 'EUR', rates, 1799],
    ['the merchant’s price for that market', 'JPY', rates, 3300],
    ['the base price for a quote in the base currency', 'USD', rates, 2000],
    ['nothing to compare without the quote currency’s rate', 'GBP', rates, undefined],
    ['nothing to compare before any rates are known', 'EUR', null, undefined],
  ] as const)('prices what the shopper saw %s', (_name, currency, given, want) => {
    expect(seenPrices([cartLine, gone], currency, given)).toEqual([
      { variantId: a, unitPrice: want },
      { variantId: b, unitPrice: undefined },
    ])
  })
})
