/**
 * The discount the device expects (decision 0018): the shared engine run on the local cart with the
 * code's last-known rule and the promotions kept on the device. A preview only — usage limits are
 * the server's to decide — so the totals it feeds are marked as last known / to be confirmed.
 */
import type { AppliedDiscount, DiscountLine, DiscountRefusal, DiscountRule } from '../../shared/discounts/discount.ts'
import { chooseDiscount, evaluateDiscount } from '../../shared/discounts/discount-rules.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import type { Collection } from '../../shared/storefront/collection.ts'
import { collectionIdsOf } from '../../shared/storefront/collection-rules.ts'
import type { CartLineView } from '../cart/shopper-view.ts'
import type { AppliedCode } from '../local-data/local-db.ts'

/**
 * The cart lines that can be bought, as the discount rules see them. Their collections come from the
 * device's storefront document (`collections`) and catalog by the server's rule, so a
 * collection-scoped code previews as the order will get it (unless the catalog changed meanwhile).
 */
export function discountLinesOf(cart: readonly CartLineView[], collections: readonly Collection[]): DiscountLine[] {
  return cart.flatMap((line) => {
    const { product, variant, unitPrice } = line
    if (!product || !variant || !unitPrice || product.deletedAt !== null || variant.stock <= 0) return []
    return [
      {
        productId: line.productId,
        variantId: line.variantId,
        categoryId: product.categoryId,
        brand: product.brand,
        collectionIds: collectionIdsOf(product, collections),
        unitPrice: unitPrice.amount,
        quantity: line.quantity,
      },
    ]
  })
}

export type DiscountPreview = {
  readonly applied: AppliedDiscount | null
  /** The code's refusal by the rules the device knows (dates, minimum, scope). */
  readonly refusal: DiscountRefusal | null
}

export function previewDiscount(input: {
  readonly lines: readonly DiscountLine[]
  readonly currency: CurrencyCode
  readonly code: AppliedCode | undefined
  readonly promotions: readonly DiscountRule[]
  readonly now: Date
  readonly totalWith: (applied: AppliedDiscount) => number
}): DiscountPreview {
  const cart = { lines: input.lines, currency: input.currency, now: input.now }
  const evaluation = input.code?.rule ? evaluateDiscount(input.code.rule, cart) : null
  return {
    applied: chooseDiscount(evaluation, input.promotions, cart, input.totalWith),
    refusal: evaluation && !evaluation.ok ? evaluation.refusal : null,
  }
}
