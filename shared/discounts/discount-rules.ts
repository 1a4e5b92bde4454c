/**
 * The discount engine, pure: whether a rule applies to a cart now (else a stable refusal), how much
 * it takes off, and how that amount splits over the lines in integer minor units (the split is what
 * an order line keeps, so a refund of one line returns what was paid for it).
 *
 * Rounding: a percentage is taken once, of the eligible lines' sum, rounded half up; the split is
 * proportional to each eligible line's total, floors first, then the leftover minor units go one by
 * one to the lines with the largest remainders (ties: the earlier line). So the split always adds
 * up to the discount exactly and no line is discounted below zero.
 */
import type { CurrencyCode } from '../money.ts'
import type {
  AppliedDiscount,
  DiscountAllocation,
  DiscountEvaluation,
  DiscountLine,
  DiscountRule,
  DiscountScope,
  DiscountUsage,
} from './discount.ts'

export type DiscountCart = {
  readonly lines: readonly DiscountLine[]
  readonly currency: CurrencyCode
  readonly now: Date
  /** The server's counts; absent in a preview (the device cannot know them). */
  readonly usage?: DiscountUsage
}

/** Whether `line` is one the rule's scope covers. */
export function isLineInScope(scope: DiscountScope, line: DiscountLine): boolean {
  switch (scope.kind) {
    case 'all':
      return true
    case 'products':
      return scope.productIds.includes(line.productId)
    case 'categories':
      return scope.categoryIds.includes(line.categoryId)
    case 'brands':
      return scope.brands.some((brand) => brand.toLowerCase() === line.brand.toLowerCase())
    case 'collection':
      return scope.collectionIds.some((id) => line.collectionIds?.includes(id) === true)
  }
}

/**
 * Applies `rule` to `cart`, or says why not. Amounts are per currency and never converted: a rule
 * covers a cart in a currency its fixed amount (if fixed) and its minimum (if any) name, so a rule
 * made in euros applies to euro orders only until the merchant adds the yen amounts. Checks run in the order a shopper can act on: the
 * dates, then the usage limits, then the minimum (add more), then the scope (add the right items).
 */
export function evaluateDiscount(rule: DiscountRule, cart: DiscountCart): DiscountEvaluation {
  const now = cart.now.getTime()
  if (rule.startsAt !== null && now < Date.parse(rule.startsAt)) return refuse('DISCOUNT_NOT_STARTED')
  if (rule.endsAt !== null && now >= Date.parse(rule.endsAt)) return refuse('DISCOUNT_EXPIRED')
  if (cart.usage?.usesLeft != null && cart.usage.usesLeft <= 0) return refuse('DISCOUNT_USAGE_LIMIT_REACHED')
  if (cart.usage?.customerUsesLeft != null && cart.usage.customerUsesLeft <= 0) return refuse('DISCOUNT_ALREADY_USED')
  const subtotal = cart.lines.reduce((sum, line) => sum + lineTotal(line), 0)
  const minimum = rule.minimumSubtotal[cart.currency]
  // A minimum set only in other currencies cannot be converted here (as a fixed amount cannot): the
  // rule does not cover this cart, rather than applying to yen carts with no minimum at all.
  if (minimum === undefined && Object.keys(rule.minimumSubtotal).length > 0) return refuse('DISCOUNT_NOT_APPLICABLE')
  if (minimum !== undefined && subtotal < minimum) return refuse('DISCOUNT_MINIMUM_NOT_MET')
  const weights = cart.lines.map((line) => (isLineInScope(rule.scope, line) ? lineTotal(line) : 0))
  const eligible = weights.reduce((sum, w) => sum + w, 0)
  if (eligible === 0) return refuse('DISCOUNT_NOT_APPLICABLE')
  const benefit = rule.benefit
  let itemsAmount = 0
  if (benefit.kind === 'percentage') itemsAmount = percentageOf(eligible, benefit.basisPoints)
  else if (benefit.kind === 'fixed') {
    const amount = benefit.amounts[cart.currency]
    // A fixed amount in another currency cannot be converted here: the code does not cover this cart.
    if (amount === undefined) return refuse('DISCOUNT_NOT_APPLICABLE')
    itemsAmount = Math.min(amount, eligible)
  }
  const shares = allocateProportionally(itemsAmount, weights)
  const allocation: DiscountAllocation[] = cart.lines.map((line, i) => ({
    variantId: line.variantId,
    amount: shares[i] ?? 0,
  }))
  return { ok: true, applied: { rule, itemsAmount, freeShipping: benefit.kind === 'free_shipping', allocation } }
}

/** Round half up of `amount × basisPoints / 10 000`, capped at 100 %, in integers. */
export function percentageOf(amount: number, basisPoints: number): number {
  const capped = Math.min(Math.max(basisPoints, 0), 10_000)
  return Number((2n * BigInt(amount) * BigInt(capped) + 10_000n) / 20_000n)
}

/**
 * Splits `amount` over `weights` in proportion (largest remainder), in integers: the parts add up to
 * `amount` exactly, a zero weight gets 0, and no part exceeds its weight when `amount ≤ Σ weights`.
 */
export function allocateProportionally(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0)
  if (total === 0 || amount === 0) return weights.map(() => 0)
  const big = BigInt(amount)
  const sum = BigInt(total)
  const parts = weights.map((w) => Number((big * BigInt(w)) / sum))
  const remainders = weights.map((w, index) => ({ index, remainder: (big * BigInt(w)) % sum }))
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1))
  let left = amount - parts.reduce((s, p) => s + p, 0)
  for (const { index } of remainders) {
    if (left === 0) break
    parts[index] = (parts[index] ?? 0) + 1
    left--
  }
  return parts
}

/**
 * The one discount an order gets (decision 0018): a code the shopper entered, when it applies,
 * replaces the automatic promotions; else the automatic promotion that makes the total lowest
 * (`totalWith` prices a candidate; ties: the first rule given).
 */
export function chooseDiscount(
  code: DiscountEvaluation | null,
  automatic: readonly DiscountRule[],
  cart: DiscountCart,
  totalWith: (applied: AppliedDiscount) => number,
): AppliedDiscount | null {
  if (code?.ok) return code.applied
  let best: { applied: AppliedDiscount; total: number } | null = null
  for (const rule of automatic) {
    if (rule.code !== null) continue
    const evaluation = evaluateDiscount(rule, cart)
    if (!evaluation.ok) continue
    const total = totalWith(evaluation.applied)
    if (!best || total < best.total) best = { applied: evaluation.applied, total }
  }
  return best?.applied ?? null
}

function lineTotal(line: DiscountLine): number {
  return line.unitPrice * line.quantity
}

function refuse(refusal: Extract<DiscountEvaluation, { ok: false }>['refusal']): DiscountEvaluation {
  return { ok: false, refusal }
}
