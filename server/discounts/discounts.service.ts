/**
 * Which discount a cart gets (decision 0018), for the quote (reads only) and inside the checkout's
 * transaction, where the use is taken with a conditional UPDATE after the stock, so checkouts lock
 * shopper → variants → discount, and the expiry job (order → shopper → variants → discount) agrees.
 */
import type {
  AppliedDiscount,
  DiscountEvaluation,
  DiscountLine,
  DiscountRefusal,
  DiscountRule,
} from '../../shared/discounts/discount.ts'
import { chooseDiscount, evaluateDiscount } from '../../shared/discounts/discount-rules.ts'
import { ErrorCode } from '../../shared/errors.ts'
import type { CurrencyCode } from '../../shared/money.ts'
import type { Db } from '../platform/db.ts'
import { AppError } from '../platform/http-errors.ts'
import { readCollectionMemberships } from '../storefront/storefront.service.ts'
import {
  customerUses,
  type DiscountRow,
  findActiveCode,
  holdUse,
  insertRedemption,
  listRunningPromotions,
  toRule,
} from './discounts.repository.ts'

/** Who is buying: the account, and the email (unknown for a guest's quote before the address step). */
export type DiscountCustomer = { readonly userId: string | null; readonly email: string | null }

export type ResolvedDiscount = {
  readonly applied: AppliedDiscount | null
  /** Why the code asked for does not apply (null when none was asked for, or it applies). */
  readonly refusal: DiscountRefusal | null
}

export type DiscountRequest = {
  readonly code: string | undefined
  readonly lines: readonly DiscountLine[]
  readonly currency: CurrencyCode
  readonly now: Date
  readonly customer: DiscountCustomer
  /** The order's total with a candidate discount: the best automatic promotion is the lowest. */
  readonly totalWith: (applied: AppliedDiscount) => number
}

export async function resolveDiscount(db: Db, request: DiscountRequest): Promise<ResolvedDiscount> {
  const row = request.code === undefined ? undefined : await findActiveCode(db, request.code)
  const promotions = await listRunningPromotions(db, request.now)
  const lines = await withCollections(db, request.lines, row ? [toRule(row), ...promotions] : promotions)
  const cart = { lines, currency: request.currency, now: request.now }
  let evaluation: DiscountEvaluation | null = null
  if (request.code !== undefined) {
    evaluation = row
      ? evaluateDiscount(toRule(row), { ...cart, usage: await usageOf(db, row, request.customer) })
      : { ok: false, refusal: 'DISCOUNT_UNKNOWN' }
  }
  const applied = chooseDiscount(evaluation, promotions, cart, request.totalWith)
  return { applied, refusal: evaluation && !evaluation.ok ? evaluation.refusal : null }
}

/** The lines with the collections they are in, read only when a rule in play is scoped to collections. */
async function withCollections(
  db: Db,
  lines: readonly DiscountLine[],
  rules: readonly DiscountRule[],
): Promise<readonly DiscountLine[]> {
  const collectionIds = new Set(
    rules.flatMap((rule) => (rule.scope.kind === 'collection' ? rule.scope.collectionIds : [])),
  )
  if (collectionIds.size === 0) return lines
  const memberships = await readCollectionMemberships(
    db,
    collectionIds,
    lines.map((line) => line.productId),
  )
  return lines.map((line) => ({ ...line, collectionIds: memberships.get(line.productId) ?? [] }))
}

/**
 * Checkout's version, inside its transaction: a refused code fails the checkout with its reason
 * (the shopper reviewed totals with it, so the order is never placed silently without it), and the
 * discount applied takes its use. Concurrent checkouts of a code's last uses: exactly the ones whose
 * UPDATE found a use left get it, the others are refused DISCOUNT_USAGE_LIMIT_REACHED.
 */
export async function takeDiscount(tx: Db, request: DiscountRequest): Promise<AppliedDiscount | null> {
  const { applied, refusal } = await resolveDiscount(tx, request)
  if (refusal) throw new AppError(refusal, `Discount code ${request.code} refused: ${refusal}.`)
  if (!applied) return null
  if (!(await holdUse(tx, applied.rule.id)))
    throw new AppError(
      applied.rule.code === null ? ErrorCode.DiscountExpired : ErrorCode.DiscountUsageLimitReached,
      `Discount ${applied.rule.code ?? applied.rule.id} has no use left.`,
    )
  // Counted again under the discount row's lock: another checkout of this customer may have just committed.
  if (applied.rule.code !== null) {
    const row = await findActiveCode(tx, applied.rule.code)
    const usage = row && (await usageOf(tx, row, request.customer))
    if (usage?.customerUsesLeft != null && usage.customerUsesLeft <= 0)
      throw new AppError(ErrorCode.DiscountAlreadyUsed, `Discount code ${applied.rule.code} was used by this customer.`)
  }
  return applied
}

/** Records the order's use (reserved until it is paid, released if it never is). */
export async function recordDiscountUse(
  tx: Db,
  use: { discountId: string; orderId: string; userId: string | null; email: string; amount: number },
): Promise<void> {
  await insertRedemption(tx, { ...use, email: use.email.toLowerCase() })
}

async function usageOf(db: Db, row: DiscountRow, customer: DiscountCustomer) {
  const known = customer.userId !== null || customer.email !== null
  return {
    usesLeft: row.usageLimit === null ? null : row.usageLimit - row.usesHeld,
    customerUsesLeft:
      row.perCustomerLimit === null || !known
        ? null
        : row.perCustomerLimit -
          (await customerUses(db, row.id, { userId: customer.userId, email: (customer.email ?? '').toLowerCase() })),
  }
}
