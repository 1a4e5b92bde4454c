import { describe, expect, it } from 'vitest'
import type { Product, ProductVariant } from '../../shared/catalog/product.ts'
import type { DiscountRule } from '../../shared/discounts/discount.ts'
import { asProductId, asVariantId } from '../../shared/ids.ts'
import { type Collection, emptyCollectionRule } from '../../shared/storefront/collection.ts'
import type { CartLineView } from '../cart/shopper-view.ts'
import { discountLinesOf, previewDiscount } from './discount-preview.ts'
import { parseDiscountRule } from './parse-discount-rule.ts'

function cartLine(id: string, price: number, compareAtPrice: number | null): CartLineView {
  const variant = { id: asVariantId(`${id}-v`), price, compareAtPrice, stock: 5, optionValues: {} } as ProductVariant
  const product = {
    id: asProductId(id),
    brand: 'Acme',
    tags: [],
    categoryId: 'c',
    price,
    currency: 'EUR',
    deletedAt: null,
    variants: [variant],
  } as unknown as Product
  return {
    productId: product.id,
    variantId: variant.id,
    quantity: 1,
    product,
    variant,
    unitPrice: { amount: price, currency: 'EUR' },
  }
}

const collection = (id: string, fields: Pick<Collection, 'kind' | 'rule' | 'productIds'>): Collection => ({
  id,
  slug: id,
  title: { en: id, de: id },
  description: { en: '', de: '' },
  image: null,
  position: 0,
  ...fields,
})

const onSale = collection('sale', { kind: 'rule', rule: { ...emptyCollectionRule, onSale: true }, productIds: [] })
const picks = collection('picks', { kind: 'manual', rule: emptyCollectionRule, productIds: [asProductId('full')] })
const cart = [cartLine('sale', 1000, 1500), cartLine('full', 3000, null)]

const saleCode: DiscountRule = parseDiscountRule({
  id: 'd',
  code: 'SALE20',
  title: '20% off the sale',
  benefit: { kind: 'percentage', basisPoints: 2000 },
  scope: { kind: 'collection', collectionIds: ['sale'] },
  minimumSubtotal: {},
  startsAt: null,
  endsAt: null,
})

const preview = (collections: readonly Collection[]) =>
  previewDiscount({
    lines: discountLinesOf(cart, collections),
    currency: 'EUR',
    code: { code: 'SALE20', rule: saleCode },
    promotions: [],
    now: new Date('2026-06-01T00:00:00Z'),
    totalWith: (applied) => 4000 - applied.itemsAmount,
  })

describe('discountLinesOf', () => {
  it("gives each line the collections of the device's storefront document it is in", () => {
    expect(discountLinesOf(cart, [onSale, picks]).map((line) => line.collectionIds)).toEqual([['sale'], ['picks']])
    expect(discountLinesOf(cart, []).map((line) => line.collectionIds)).toEqual([[], []])
  })
})

describe('previewDiscount with a collection-scoped code', () => {
  it('keeps the scope of a collection rule from the server', () => {
    expect(saleCode.scope).toEqual({ kind: 'collection', collectionIds: ['sale'] })
  })

  it('discounts only the lines in the collection', () => {
    expect(preview([onSale, picks])).toMatchObject({
      refusal: null,
      applied: { itemsAmount: 200, allocation: [{ amount: 200 }, { amount: 0 }] },
    })
  })

  it('refuses it when the device knows no collection holding the cart', () => {
    expect(preview([picks])).toEqual({ applied: null, refusal: 'DISCOUNT_NOT_APPLICABLE' })
  })
})
