/**
 * Discounts (issue 14): codes the admin creates and automatic promotions share one rule shape, so
 * one engine (discount-rules.ts) evaluates both, in the browser for the preview and on the server
 * for the order. Amounts are integer minor units; fixed amounts and minimums are per currency so
 * markets with several currencies (issue 16) only add keys.
 */
import type { CategoryId, ProductId, VariantId } from '../ids.ts'
import type { CurrencyCode } from '../money.ts'

/** Per-currency amounts in minor units; a currency without a key is not covered. */
export type CurrencyAmounts = Readonly<Partial<Record<CurrencyCode, number>>>

/** What the discount gives. `basisPoints`: 1000 = 10 %, at most 10 000. */
export type DiscountBenefit =
  | { readonly kind: 'percentage'; readonly basisPoints: number }
  | { readonly kind: 'fixed'; readonly amounts: CurrencyAmounts }
  | { readonly kind: 'free_shipping' }

export const discountBenefitKinds = ['percentage', 'fixed', 'free_shipping'] as const

/**
 * Which cart lines the benefit applies to. `collection`: products in one of the collections (by id,
 * like products and categories, so renaming a collection's slug keeps its codes), as
 * `collectionIdsOf` (shared/storefront/collection-rules.ts) decides over the published collections.
 */
export type DiscountScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'products'; readonly productIds: readonly ProductId[] }
  | { readonly kind: 'categories'; readonly categoryIds: readonly CategoryId[] }
  | { readonly kind: 'brands'; readonly brands: readonly string[] }
  | { readonly kind: 'collection'; readonly collectionIds: readonly string[] }

export const discountScopeKinds = ['all', 'products', 'categories', 'brands', 'collection'] as const

/**
 * The public part of a discount: what a shopper's device may keep to preview totals offline. Usage
 * limits and counts stay on the server (it decides them when the order is placed).
 * `code` is null for an automatic promotion. Times are ISO strings; null means open-ended.
 */
export type DiscountRule = {
  readonly id: string
  readonly code: string | null
  /** Shown to shoppers: "10% off orders over €150". */
  readonly title: string
  readonly benefit: DiscountBenefit
  readonly scope: DiscountScope
  /** Items subtotal (whole cart, before any discount) the order must reach, per currency; empty: none. */
  readonly minimumSubtotal: CurrencyAmounts
  readonly startsAt: string | null
  readonly endsAt: string | null
}

/** A cart line as the rules see it: enough of the product to decide the scope. */
export type DiscountLine = {
  readonly productId: ProductId
  readonly variantId: VariantId
  readonly categoryId: CategoryId
  readonly brand: string
  /**
   * The published collections the product is in (`collectionIdsOf`), computed by the caller when a
   * collection-scoped rule is in play; absent: in none.
   */
  readonly collectionIds?: readonly string[]
  readonly unitPrice: number
  readonly quantity: number
}

/** How many uses the server still allows, or null where there is no limit. */
export type DiscountUsage = {
  readonly usesLeft: number | null
  readonly customerUsesLeft: number | null
}

/** Why a code is refused; each is an ErrorCode the shopper sees a message for. */
export const discountRefusals = [
  'DISCOUNT_UNKNOWN',
  'DISCOUNT_NOT_STARTED',
  'DISCOUNT_EXPIRED',
  'DISCOUNT_MINIMUM_NOT_MET',
  'DISCOUNT_NOT_APPLICABLE',
  'DISCOUNT_USAGE_LIMIT_REACHED',
  'DISCOUNT_ALREADY_USED',
] as const
export type DiscountRefusal = (typeof discountRefusals)[number]

export function isDiscountRefusal(value: unknown): value is DiscountRefusal {
  return (discountRefusals as readonly unknown[]).includes(value)
}

/** One line's share of the items discount (minor units, never above the line's total). */
export type DiscountAllocation = { readonly variantId: VariantId; readonly amount: number }

/** A discount that applies: how much comes off the items, and whether shipping is waived. */
export type AppliedDiscount = {
  readonly rule: DiscountRule
  /** Off the items, in minor units; equals the sum of `allocation`. */
  readonly itemsAmount: number
  readonly freeShipping: boolean
  /** Per line, in the order of the lines given; lines out of scope get 0. */
  readonly allocation: readonly DiscountAllocation[]
}

export type DiscountEvaluation =
  | { readonly ok: true; readonly applied: AppliedDiscount }
  | { readonly ok: false; readonly refusal: DiscountRefusal }

/**
 * A code as shoppers type it: trimmed, upper case (codes are stored upper case, so "save10" and
 * "SAVE10" are one code).
 */
export function normalizeDiscountCode(code: string): string {
  return code.trim().toUpperCase()
}

/** Codes the admin may create: letters, digits, dash and underscore, 3 to 32 characters. */
export const discountCodePattern = /^[A-Z0-9_-]{3,32}$/
